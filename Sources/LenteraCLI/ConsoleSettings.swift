/// How this run prints: in colour or not, and whether `--quiet` leaves out everything but
/// errors and the one-line result.
///
/// The colours are three SGR sequences written here rather than taken from the Rainbow
/// package (4.2.2 is in the mirror): Rainbow decides whether to colour once for the whole
/// process, from standard output, in a mutable global, while Lentera colours standard error
/// (the diagnostics) and must follow `--color`, `NO_COLOR` and whether that stream is a
/// terminal; three escape codes do not justify a dependency that would be switched off and
/// on around every line.
struct ConsoleSettings: Sendable, Equatable {
    var colour = false
    var quiet = false

    enum Style {
        case error, warning, location, failure

        /// Select Graphic Rendition: bold red, bold yellow, bold, red.
        var code: String {
            switch self {
            case .error: "1;31"
            case .warning: "1;33"
            case .location: "1"
            case .failure: "31"
            }
        }
    }

    /// `text` in `style` when colouring; as it is otherwise.
    func style(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.code)m" + text + "\u{1B}[0m" : text
    }

    /// `--color always` colours, `never` does not; `auto` colours a terminal unless
    /// `NO_COLOR` is set to anything but the empty string (no-color.org) or `TERM` is `dumb`.
    static func colour(_ choice: ColorChoice, isTerminal: Bool, environment: [String: String]) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}

/// `--color`.
enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}
