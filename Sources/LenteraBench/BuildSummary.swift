import Foundation

/// The counts in `lentera build`'s last line: `Built N pages (M files, C changed, R removed) into …`
/// (the changed and removed counts only when the previous tree was brought up to date).
public struct BuildSummary: Sendable, Equatable {
    public var pages: Int
    public var files: Int
    public var changed: Int?
    public var removed: Int?

    public init(pages: Int, files: Int, changed: Int? = nil, removed: Int? = nil) {
        self.pages = pages
        self.files = files
        self.changed = changed
        self.removed = removed
    }

    public init?(parsing output: String) {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("Built ") }),
              let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")"),
              let pages = Int(line.dropFirst("Built ".count).prefix { $0.isNumber }) else { return nil }
        var counts: [String: Int] = [:]
        for part in line[line.index(after: open)..<close].split(separator: ",") {
            let words = part.split(separator: " ")
            guard words.count == 2, let number = Int(words[0]) else { return nil }
            counts[String(words[1])] = number
        }
        guard let files = counts["files"] else { return nil }
        self.pages = pages
        self.files = files
        changed = counts["changed"]
        removed = counts["removed"]
    }
}
