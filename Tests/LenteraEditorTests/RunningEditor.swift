import Foundation
import HTTPTypes
import NIOCore
import HummingbirdTesting
import LenteraDiagnostics
import LenteraServe
import LenteraTesting
@testable import LenteraEditor

/// `lentera serve --edit` started for real (the preview with the editor's add-on) on a port
/// the system chooses, over a portal written into a temporary folder with `pengguna.yaml`
/// beside it; requests go over TCP through Hummingbird's test client.
final class RunningEditor: Sendable {
    let folder: URL
    let content: URL
    let port: Int
    private let task: Task<Void, any Error>

    static let password = "kata-sandi-uji-123"

    private init(folder: URL, content: URL, port: Int, task: Task<Void, any Error>) {
        self.folder = folder
        self.content = content
        self.port = port
        self.task = task
    }

    /// `accounts`: name → (role, units); each with `password`.
    static func start(_ portal: TestPortal, accounts: [String: (Role, [String])], behindTLS: Bool = false,
                      language: Language = .id) async throws -> RunningEditor {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lentera-editor-test-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("content")
        try portal.write(to: content)
        var book = try AccountBook.load(AccountBook.file(besideContent: content))
        book.accounts = accounts.sorted { $0.key < $1.key }.map { name, access in
            Account(name: name, fullName: "Petugas \(name)", email: nil, role: access.0, units: access.1, passwordHash: PasswordHash.make(password))
        }
        try book.save(to: AccountBook.file(besideContent: content))

        var options = PreviewOptions(content: content.path, templates: Repository.templates.path, host: "127.0.0.1", port: 0, language: .id)
        options.pollInterval = .milliseconds(50)
        options.addOns = [BrowserEditor(options: EditorOptions(content: content, language: language, behindTLS: behindTLS))]
        let address = Locked<String?>(nil)
        let settings = options
        let task = Task {
            try await PreviewServer.run(settings, signals: []) { event in
                if case .listening(let listening, _) = event { address.withLock { $0 = listening } }
            }
        }
        let deadline = ContinuousClock.now + .seconds(600)
        while ContinuousClock.now < deadline {
            if let listening = address.withLock({ $0 }), let port = Int(listening.split(separator: ":").last!.dropLast()) {
                return RunningEditor(folder: folder, content: content, port: port, task: task)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        task.cancel()
        throw Failure(description: "the editor did not start")
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    func stop() async {
        task.cancel()
        _ = await task.result
        try? FileManager.default.removeItem(at: folder)
    }

    func file(_ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }

    /// A browser: keeps the session cookie as the server sets it.
    func browser() -> Browser { Browser(port: port) }
}

struct Page: Sendable {
    let status: Int
    let headers: HTTPFields
    let body: String

    var location: String? { headers[.location] }
    /// Every `Set-Cookie` header.
    var cookies: [String] { headers[values: .setCookie] }

    /// The value of the hidden `_csrf` field of the page's (first) form.
    var csrf: String? { Form.pairs(in: body).first { $0.name == "_csrf" }?.value }
}

final class Browser: Sendable {
    let port: Int
    let cookie = Locked<String?>(nil)

    init(port: Int) { self.port = port }

    func get(_ path: String) async throws -> Page {
        try await send(TestClient.Request(path, method: .get, authority: "127.0.0.1:\(port)", headers: headers([:])))
    }

    /// A GET with the `Host` (authority) a browser would send after reaching the port by
    /// another name (`penyerang.example:8080`, as a page whose name was re-pointed at
    /// 127.0.0.1 would).
    func get(_ path: String, host: String) async throws -> Page {
        try await send(TestClient.Request(path, method: .get, authority: host, headers: headers([:])))
    }

    /// A GET with extra header fields, as they are.
    func get(_ path: String, extra: HTTPFields) async throws -> Page {
        try await send(TestClient.Request(path, method: .get, authority: "127.0.0.1:\(port)", headers: extra))
    }

    /// A POST of `body` as it is, with `contentType`, from a page of the editor.
    func post(_ path: String, raw body: [UInt8], contentType: String) async throws -> Page {
        var fields: HTTPFields = [.origin: "http://127.0.0.1:\(port)", .contentType: contentType]
        fields = headers(fields)
        var buffer = ByteBuffer()
        buffer.writeBytes(body)
        return try await send(TestClient.Request(path, method: .post, authority: "127.0.0.1:\(port)", headers: fields, body: buffer))
    }

    /// A form sent as `application/x-www-form-urlencoded` (or `multipart/form-data`), from
    /// a page of the editor (`origin`), or from elsewhere.
    /// `files`: uploads (field name, file name, bytes), sent as `multipart/form-data`.
    func post(_ path: String, _ pairs: [(name: String, value: String)], multipart: Bool = false,
              files: [(name: String, fileName: String, bytes: [UInt8])] = [],
              origin: String? = "same", extra: HTTPFields = [:]) async throws -> Page {
        var fields = extra
        if origin == "same" { fields[.origin] = "http://127.0.0.1:\(port)" } else if let origin { fields[.origin] = origin }
        var body = ByteBuffer()
        if multipart || !files.isEmpty {
            let boundary = "----lentera-uji-\(UUID().uuidString)"
            fields[.contentType] = "multipart/form-data; boundary=\(boundary)"
            for pair in pairs {
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(pair.name)\"\r\n\r\n\(pair.value.replacingOccurrences(of: "\n", with: "\r\n"))\r\n")
            }
            for file in files {
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                body.writeBytes(file.bytes)
                body.writeString("\r\n")
            }
            body.writeString("--\(boundary)--\r\n")
        } else {
            fields[.contentType] = "application/x-www-form-urlencoded"
            body.writeString(pairs.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&"))
        }
        return try await send(TestClient.Request(path, method: .post, authority: "127.0.0.1:\(port)", headers: headers(fields), body: body))
    }

    private func headers(_ fields: HTTPFields) -> HTTPFields {
        var fields = fields
        if let cookie = cookie.withLock({ $0 }) { fields[.cookie] = "\(Sessions.cookieName)=\(cookie)" }
        return fields
    }

    private func send(_ request: TestClient.Request) async throws -> Page {
        try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(120))) { client in
            let response = try await client.execute(request)
            let page = Page(status: Int(response.status.code), headers: response.headers, body: response.body.map { String(buffer: $0) } ?? "")
            for header in page.cookies where header.hasPrefix(Sessions.cookieName + "=") {
                let value = String(header.dropFirst(Sessions.cookieName.count + 1).prefix { $0 != ";" })
                self.cookie.withLock { $0 = value.isEmpty || header.contains("Max-Age=0") ? nil : value }
            }
            return page
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")) ?? ""
    }

    /// Signs in (the sign-in page first, for its session and token).
    func signIn(_ name: String, password: String = RunningEditor.password) async throws -> Page {
        let form = try await get(Editor.prefix + "/masuk")
        return try await post(Editor.prefix + "/masuk", [("_csrf", form.csrf ?? ""), ("nama", name), ("sandi", password)])
    }
}

/// What a browser would send for a page's form: every field with its value as shown
/// (inputs other than files, unchecked boxes and buttons; textareas; the selected option).
enum Form {
    static func pairs(in html: String) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        let pattern = #"<input\b([^>]*)>|<textarea\b([^>]*)>(.*?)</textarea>|<select\b([^>]*)>(.*?)</select>"#
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let text = html as NSString
        for match in expression.matches(in: html, range: NSRange(location: 0, length: text.length)) {
            func group(_ index: Int) -> String? {
                let range = match.range(at: index)
                return range.location == NSNotFound ? nil : text.substring(with: range)
            }
            if let attributes = group(1) {
                let type = attribute("type", in: attributes) ?? "text"
                if ["file", "submit", "button", "reset", "image"].contains(type) { continue }
                if ["checkbox", "radio"].contains(type), !attributes.contains("checked") { continue }
                guard let name = attribute("name", in: attributes) else { continue }
                pairs.append((name, attribute("value", in: attributes) ?? (type == "checkbox" ? "on" : "")))
            } else if let attributes = group(2), let name = attribute("name", in: attributes) {
                var value = unescape(group(3) ?? "")
                if value.hasPrefix("\n") { value.removeFirst() }
                pairs.append((name, value))
            } else if let attributes = group(4), let name = attribute("name", in: attributes) {
                let options = group(5) ?? ""
                let option = try! NSRegularExpression(pattern: #"<option\b([^>]*)>"#)
                let all = option.matches(in: options, range: NSRange(location: 0, length: (options as NSString).length))
                    .map { (options as NSString).substring(with: $0.range(at: 1)) }
                if let chosen = all.first(where: { $0.contains("selected") }) ?? all.first {
                    pairs.append((name, attribute("value", in: chosen) ?? ""))
                }
            }
        }
        return pairs
    }

    /// `pairs` with the value of `name` replaced.
    static func setting(_ name: String, to value: String, in pairs: [(name: String, value: String)]) -> [(name: String, value: String)] {
        pairs.map { $0.name == name ? (name: name, value: value) : $0 }
    }

    static func attribute(_ name: String, in attributes: String) -> String? {
        let expression = try! NSRegularExpression(pattern: #"(?:^|\s)"# + name + #"="([^"]*)""#)
        let text = attributes as NSString
        guard let match = expression.firstMatch(in: attributes, range: NSRange(location: 0, length: text.length)) else { return nil }
        return unescape(text.substring(with: match.range(at: 1)))
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&amp;", with: "&")
    }
}
