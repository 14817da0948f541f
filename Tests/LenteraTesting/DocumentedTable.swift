import Foundation

/// A table of a Markdown document, found by the marker comment written on the line before
/// it (`<!-- table: ikm-mutu -->`), so that a test can compare the numbers the docs state
/// with the code's tables.
public struct DocumentedTable: Equatable, CustomStringConvertible {
    public var header: [String]
    /// Each row's cells, trimmed, with the Markdown emphasis and code marks kept.
    public var rows: [[String]]

    /// The table after `<!-- table: NAME -->` in `file` (relative to the repository's root).
    /// Fails the caller's expectation with a readable error when the marker or table is missing.
    public static func named(_ name: String, in file: String = "docs/rules.md") throws -> DocumentedTable {
        let text = try String(contentsOf: Repository.root.appendingPathComponent(file), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        guard let marker = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "<!-- table: \(name) -->" }) else {
            throw Missing(description: "\(file) has no `<!-- table: \(name) -->` marker")
        }
        let body = lines[(marker + 1)...].drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            .prefix { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }
        let cells = body.map(Self.cells)
        guard cells.count >= 2 else { throw Missing(description: "no table after the marker `\(name)` in \(file)") }
        return DocumentedTable(header: cells[0], rows: Array(cells.dropFirst(2)))
    }

    /// The cells of one `| a | b |` line.
    public static func cells(_ line: String) -> [String] {
        var text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") { text.removeLast() }
        return text.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    public var description: String {
        ([header] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
