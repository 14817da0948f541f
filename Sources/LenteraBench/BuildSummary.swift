import Foundation

/// The counts in `lentera build`'s last line: `Built N pages (M files, C changed, R removed) into …`
/// (the changed and removed counts only when the previous tree was brought up to date; the
/// reused count when pages were taken by their fingerprints), or `Nothing changed since the
/// last build: … (N pages, M files; …)`.
public struct BuildSummary: Sendable, Equatable {
    public var pages: Int
    public var files: Int
    public var changed: Int?
    public var removed: Int?
    /// Files taken from a tree by their fingerprints rather than made again.
    public var reused: Int?

    public init(pages: Int, files: Int, changed: Int? = nil, removed: Int? = nil) {
        self.pages = pages
        self.files = files
        self.changed = changed
        self.removed = removed
    }

    public init?(parsing output: String) {
        // `Nothing changed since the last build: public/ left as it is (N pages, M files; checked in …).`
        if let line = output.split(separator: "\n").last(where: { $0.hasPrefix("Nothing changed since the last build") }),
           let open = line.firstIndex(of: "(") {
            let counts = line[line.index(after: open)...].prefix { $0 != ";" }.split(separator: ",").map { $0.split(separator: " ") }
            guard counts.count == 2, let pages = Int(counts[0].first ?? ""), let files = Int(counts[1].first ?? "") else { return nil }
            (self.pages, self.files, changed, removed, reused) = (pages, files, 0, 0, files)
            return
        }
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
        reused = counts["reused"]
    }
}
