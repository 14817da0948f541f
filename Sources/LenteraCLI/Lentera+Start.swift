import ArgumentParser
import Foundation
import LenteraDiagnostics

extension Lentera {
    /// The entry of the `lentera` executable: chooses the language of every message —
    /// `--lang` anywhere on the command line, else `LENTERA_LANG`, else Indonesian — before
    /// the arguments are parsed, so that the help and the parser's own errors written from
    /// the catalogues are in it too; then runs the command.
    public static func start(_ arguments: [String] = Array(CommandLine.arguments.dropFirst()),
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> Never {
        Language.current = Language.fromEnvironment(environment)
        switch LanguageArgument.scan(arguments) {
        case .chosen(let language, let rest):
            if let language { Language.current = language }
            main(rest)
            Foundation.exit(0)
        case .invalid(let value):
            exit(withError: ValidationError(Message("cli.invalid-lang", ["value": .text(value)]).text()))
        case .missingValue:
            exit(withError: ValidationError(Message("cli.missing-value", ["option": "--lang"]).text()))
        }
    }
}

/// `--lang en`, `--lang=en`: found before `--` and taken out of the arguments.
enum LanguageArgument: Equatable {
    case chosen(Language?, rest: [String])
    case invalid(String)
    case missingValue

    static func scan(_ arguments: [String]) -> LanguageArgument {
        var rest: [String] = []
        var chosen: Language?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            var value: String?
            if argument == "--lang" {
                guard index + 1 < arguments.count else { return .missingValue }
                value = arguments[index + 1]
                index += 2
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
                index += 1
            } else {
                rest.append(argument)
                index += 1
                continue
            }
            guard let value, let language = language(value) else { return .invalid(value ?? "") }
            chosen = language
        }
        return .chosen(chosen, rest: rest)
    }

    /// `id`, `en`, or a locale of one of them (`en_US.UTF-8`, `id-ID`); not `english`.
    static func language(_ value: String) -> Language? {
        let lowered = value.lowercased()
        guard lowered.count == 2 || ["_", "-", "."].contains(lowered.dropFirst(2).first) else { return nil }
        return Language(code: lowered)
    }
}
