import Foundation

extension LineDifference {
    /// The lines of `old` and `new` in file order: each line of `old` that is not in `new` as
    /// `removed`, each line of `new` that was not in `old` as `added`, the rest `same`;
    /// within a place that changed, the removed lines come before the added ones.
    ///
    /// The standard library's `CollectionDifference` (`difference(from:)`, Myers' algorithm)
    /// finds the fewest insertions and removals; this function only puts them back in the
    /// order of the files. Lines are compared with their line end and given without their
    /// `\n`: a `\r` before it stays (a file changed only from CRLF to LF line ends shows
    /// every line changed), and a last line without a line end differs from the same line
    /// with one.
    public static func between(_ old: String, _ new: String) -> [DiffLine] {
        let before = lines(of: old), after = lines(of: new)
        let difference = after.map(\.compared).difference(from: before.map(\.compared))
        var removed = Set<Int>(), inserted = Set<Int>()
        for step in difference {
            switch step {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // The lines kept pair up in order: walk both files, emitting what was removed from
        // the old one before each kept line, then what was added before it in the new one.
        var result: [DiffLine] = []
        result.reserveCapacity(before.count + inserted.count)
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, removed.contains(i) {
                result.append(.removed(before[i].text)); i += 1
            } else if j < after.count, inserted.contains(j) {
                result.append(.added(after[j].text)); j += 1
            } else if i < before.count, j < after.count {
                result.append(.same(before[i].text)); i += 1; j += 1
            } else {
                // Unreachable when the difference is consistent; kept total all the same.
                if i < before.count { result.append(.removed(before[i].text)); i += 1 }
                if j < after.count { result.append(.added(after[j].text)); j += 1 }
            }
        }
        return result
    }

    /// A text's lines: each without its `\n` (`text`) and with it (`compared`, for the last
    /// line only when the text ends with one). "" has no lines, and a final `\n` ends the last
    /// line rather than starting an empty one.
    static func lines(of text: String) -> [(text: String, compared: String)] {
        // Split by bytes: as Characters, `\r\n` is one grapheme and never equals `\n`.
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return [] }
        var parts = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let ended = bytes.last == UInt8(ascii: "\n")
        if ended { parts.removeLast() }
        return parts.enumerated().map { index, part in
            let line = String(decoding: part, as: UTF8.self)
            return (line, index < parts.count - 1 || ended ? line + "\n" : line)
        }
    }
}

extension FileDifference {
    /// The difference of a file's two versions as read (nil: the file was not there).
    /// A version holding a NUL byte or not in UTF-8 makes a binary difference, without lines.
    init(path: String, before: Data?, after: Data?) {
        let status: Status = before == nil ? .added : after == nil ? .removed : .changed
        func text(_ data: Data?) -> String?? {
            guard let data else { return .some(nil) }
            guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { return nil }
            return .some(text)
        }
        guard let old = text(before), let new = text(after) else {
            self.init(path: path, lines: [], status: status, binary: true)
            return
        }
        self.init(path: path, lines: LineDifference.between(old ?? "", new ?? ""), status: status)
    }

    /// The same from texts (the log's records).
    init(path: String, before: String?, after: String?) {
        let status: Status = before == nil ? .added : after == nil ? .removed : .changed
        self.init(path: path, lines: LineDifference.between(before ?? "", after ?? ""), status: status)
    }
}
