import Foundation
import Hummingbird
import MultipartKit

/// A submitted form: its name/value pairs in the order sent, and the files uploaded with it.
/// Read from `application/x-www-form-urlencoded` (a form without files) or
/// `multipart/form-data` (Vapor's MultipartKit parser: the editor's forms, which may carry
/// files). Values have their line ends made `\n` (a browser sends a textarea's lines
/// joined by CR LF).
struct FormBody: Sendable {
    struct Upload: Sendable {
        let name: String
        /// The file's own name as the browser gave it, without any folder.
        let fileName: String
        let bytes: [UInt8]
    }

    var pairs: [(name: String, value: String)] = []
    var uploads: [Upload] = []

    enum Failure: Error { case unreadable, tooLarge }

    /// The most fields and files a form may send (the longest form of the table, every
    /// list long, holds a few hundred).
    static let fieldLimit = 10_000
    /// The longest field name, and the most parts (`f.a.0.b`: 4) a name may have: the
    /// deepest field of the table has fewer than ten. A longer name is no field of any
    /// form, and reading it would cost time for every prefix of its path.
    static let nameLimit = 300
    static let namePartLimit = 24

    func value(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Reads the body of `request`, at most `limit` bytes.
    static func read(_ request: Request, limit: Int) async throws(Failure) -> FormBody {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch { throw .tooLarge }
        let type = request.headers[.contentType] ?? ""
        let bytes = Array(buffer.readableBytesView)
        let body: FormBody
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = parameter("boundary", of: type), !boundary.isEmpty, boundary.utf8.count <= 200 else { throw .unreadable }
            body = try multipart(bytes, boundary: boundary)
        } else if type.isEmpty || type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            guard bytes.count(where: { $0 == UInt8(ascii: "&") }) < fieldLimit else { throw .unreadable }
            body = FormBody(pairs: urlEncoded(String(decoding: bytes, as: UTF8.self)))
        } else {
            throw .unreadable
        }
        try body.checkLimits()
        return body
    }

    /// No more than `fieldLimit` fields and files, no name longer than `nameLimit` or of
    /// more than `namePartLimit` parts: such a body is refused whole (400).
    func checkLimits() throws(Failure) {
        guard pairs.count + uploads.count <= Self.fieldLimit else { throw .unreadable }
        for name in pairs.lazy.map(\.name) + uploads.lazy.map(\.name) {
            guard name.utf8.count <= Self.nameLimit, name.utf8.count(where: { $0 == UInt8(ascii: ".") }) < Self.namePartLimit else { throw .unreadable }
        }
    }

    /// `a=1&b=x+y`: `+` is a space, `%XX` a byte of UTF-8 (the WHATWG form encoding; a
    /// dozen lines, not worth a dependency: Hummingbird's own decoder gives a Decodable
    /// value, not the pairs in order, which the forms need for lists).
    static func urlEncoded(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&").compactMap { piece in
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? { part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = decode(parts[0]), let value = parts.count > 1 ? decode(parts[1]) : "" else { return nil }
            return (name, normalised(value))
        }
    }

    static func multipart(_ bytes: [UInt8], boundary: String) throws(Failure) -> FormBody {
        let parser = MultipartParser(boundary: boundary)
        var body = FormBody()
        var headers: [(String, String)] = []
        var data: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in data += buffer.readableBytesView }
        parser.onPartComplete = {
            let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            defer { headers = []; data = [] }
            guard let name = parameter("name", of: disposition) else { return }
            if let file = parameter("filename", of: disposition) {
                let own = file.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                if !own.isEmpty, !data.isEmpty { body.uploads.append(Upload(name: name, fileName: own, bytes: data)) }
            } else {
                body.pairs.append((name, normalised(String(decoding: data, as: UTF8.self))))
            }
        }
        // A body cut short (a lost connection, a proxy's limit) ends without the closing
        // delimiter: its last fields are missing, and saving it would drop them from the
        // file. Refused whole.
        guard hasClosingDelimiter(bytes, boundary: boundary) else { throw .unreadable }
        do { try parser.execute(bytes) } catch { throw .unreadable }
        guard body.pairs.count + body.uploads.count <= fieldLimit else { throw .unreadable }
        return body
    }

    /// Whether the body holds `--<boundary>--` at its start or after a line end: the end of
    /// the last part (RFC 2046 §5.1.1; anything after it is an epilogue, ignored).
    static func hasClosingDelimiter(_ bytes: [UInt8], boundary: String) -> Bool {
        let close = Array("--\(boundary)--".utf8)
        if bytes.starts(with: close) { return true }
        let delimiter = Array("\r\n".utf8) + close
        guard bytes.count >= delimiter.count else { return false }
        var index = bytes.count - delimiter.count
        // Browsers put it last, followed by a line end at most: search from the end.
        while index >= 0 {
            if bytes[index] == delimiter[0], bytes[index..<(index + delimiter.count)].elementsEqual(delimiter) { return true }
            index -= 1
        }
        return false
    }

    /// The value of `key=` in a header such as `form-data; name="f.nama"; filename="a.pdf"`
    /// (quoted, with `\"` inside, or a bare token).
    static func parameter(_ key: String, of header: String) -> String? {
        var rest = Substring(header)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
            guard let equals = rest.firstIndex(of: "="), rest[..<equals].lowercased() == key else { continue }
            var value = rest[rest.index(after: equals)...]
            if value.first == "\"" {
                value = value.dropFirst()
                var result = ""
                var escaped = false
                for character in value {
                    if escaped { result.append(character); escaped = false }
                    else if character == "\\" { escaped = true }
                    else if character == "\"" { return result }
                    else { result.append(character) }
                }
                return result
            }
            return String(value.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static func normalised(_ value: String) -> String {
        value.replacingOccurrences(of: "\r\n", with: "\n")
    }
}
