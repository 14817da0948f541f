import Foundation

/// How two output trees differ, as lines a person can read: the paths only one holds, and
/// for a file both hold, the first line where they part, from each.
enum TreeDifference {
    static func lines(_ left: [String: Data], _ right: [String: Data], names: (String, String), limit: Int = 8) -> [String] {
        var lines: [String] = []
        for path in Set(left.keys).union(right.keys).sorted() {
            switch (left[path], right[path]) {
            case (let a?, let b?) where a != b: lines.append(contentsOf: differing(path, a, b, names: names))
            case (_?, nil): lines.append("only in \(names.0): \(path)")
            case (nil, _?): lines.append("only in \(names.1): \(path)")
            default: continue
            }
        }
        guard lines.count > limit else { return lines }
        return Array(lines.prefix(limit)) + ["… and \(lines.count - limit) more"]
    }

    /// `path` differs at line N, with that line from each side (cut around the first
    /// differing byte).
    static func differing(_ path: String, _ a: Data, _ b: Data, names: (String, String)) -> [String] {
        let (x, y) = ([UInt8](a), [UInt8](b))
        var offset = 0
        while offset < min(x.count, y.count) && x[offset] == y[offset] { offset += 1 }
        let line = x[..<offset].filter { $0 == UInt8(ascii: "\n") }.count + 1
        func excerpt(_ bytes: [UInt8]) -> String {
            var start = min(offset, bytes.count)
            while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") && offset - start < 60 { start -= 1 }
            var end = min(offset, bytes.count)
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && end - offset < 100 { end += 1 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return ["differs: \(path) (\(x.count) and \(y.count) bytes), line \(line):",
                "    \(names.0): \(excerpt(x))",
                "    \(names.1): \(excerpt(y))"]
    }
}
