import LenteraDiagnostics
import LenteraFiles

/// A content file read from disk and parsed, or the problems that stopped it.
struct PreparedFile: @unchecked Sendable {
    let document: Document?
    /// The problems of a file that could not be used (unreadable, not UTF-8, not parsed).
    let problems: [Diagnostic]
    /// The hash of the bytes read (`ContentHasher`); nil when the file could not be read.
    let hash: UInt64?
    /// What `fstat` said of the file as it was opened; nil for bytes not read from a file.
    var stamp: ContentStamp?

    /// Reads the regular file at `path` (never a FIFO or a device, never through a link:
    /// `RegularFile`) and parses it; `display` names it in diagnostics.
    init(path: String, display: String) {
        switch RegularFile.readStamped(path) {
        case .failure(let problem):
            self.init(problems: [problem.diagnostic(at: display, area: "content")])
        case .success(let read):
            self.init(bytes: read.bytes, display: display)
            stamp = read.stamp
        }
    }

    private init(problems: [Diagnostic]) {
        document = nil
        self.problems = problems
        hash = nil
    }

    /// Parses bytes given rather than read (`ContentLoader.overlay`), as a file read from disk is.
    init(bytes: [UInt8], display: String) {
        hash = ContentHasher.hash(bytes)
        switch UTF8Text.text(of: bytes, display: display) {
        case .failure(let problem):
            document = nil
            problems = [problem.diagnostic]
        case .success(let text):
            let (document, context) = Document.parse(text: text, displayPath: display)
            self.document = document
            problems = document == nil ? context.diagnostics : []
        }
    }
}

/// A content file's text: read once as a regular file, and checked to be UTF-8.
enum UTF8Text {
    /// Why a file has no text, as the diagnostic to report.
    struct Problem: Error {
        let diagnostic: Diagnostic
    }

    static let hint = Message("content.not-utf8.hint")

    /// The text of the file at `path`, or the diagnostic that says why there is none.
    static func read(_ path: String, display: String) -> Result<String, UTF8Text.Problem> {
        switch RegularFile.read(path) {
        case .failure(let problem):
            return .failure(Problem(diagnostic: problem.diagnostic(at: display, area: "content")))
        case .success(let bytes):
            return text(of: bytes, display: display)
        }
    }

    /// The text of UTF-8 bytes, or an error at the first byte that is not UTF-8.
    static func text(of bytes: [UInt8], display: String) -> Result<String, UTF8Text.Problem> {
        if let control = firstControlCharacter(in: bytes) {
            return .failure(Problem(diagnostic: .error("content.control-character", at: SourceLocation(file: display, line: control.line, column: control.column),
                Message("content.control-character", ["byte": .text("0x" + String(control.byte, radix: 16, uppercase: true))]),
                advice: Message("content.control-character.hint"))))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        let (line, column, byte) = firstInvalidByte(in: bytes)
        return .failure(Problem(diagnostic: .error("content.not-utf8", at: SourceLocation(file: display, line: line, column: column),
                                                   Message("content.not-utf8.byte", ["byte": .text("0x" + String(byte, radix: 16, uppercase: true))]),
                                                   advice: hint)))
    }

    /// The place of the first control character (below 0x20 but tab, line feed and carriage
    /// return, or 0x7F), and the byte; nil when there is none. One pass over the bytes; the
    /// column counts characters (the bytes that do not continue a UTF-8 sequence).
    static func firstControlCharacter(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        let found = bytes.withUnsafeBufferPointer { buffer -> Int? in
            for index in 0..<buffer.count {
                let byte = buffer[index]
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return index }
            }
            return nil
        }
        guard let found else { return nil }
        var line = 1, lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for index in lineStart..<found where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<found].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column, bytes[found])
    }

    /// The line and column (1-based, in characters, a byte-order mark not counted) of the
    /// first byte that does not belong to valid UTF-8, and that byte. Only called for text
    /// known to hold one.
    static func firstInvalidByte(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8) {
        var offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, column = 1
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column, offset < bytes.count ? bytes[offset] : 0)
    }
}
