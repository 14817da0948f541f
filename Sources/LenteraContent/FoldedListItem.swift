import LenteraDiagnostics
import Yams

/// A list item indented deeper than the item above it:
///
/// ```yaml
/// persyaratan:
///   - KTP
///     - Kartu Keluarga
/// ```
///
/// is valid YAML, and means one item, `KTP - Kartu Keluarga`: a deeper line continues
/// the text above it. No parser complains, and the site would publish the two as one.
/// Found on the text (a line starting `- ` indented deeper than the line above, which is
/// not a field or a block scalar's header) and confirmed on the tree (a plain text
/// started above it holds the line).
enum FoldedListItem {
    static func check(_ yaml: String, _ root: Node, context: FileContext) {
        let candidates = candidateLines(yaml)
        guard !candidates.isEmpty else { return }
        var scalars: [(line: Int, text: String, plain: Bool)] = []
        collect(root, into: &scalars)
        for candidate in candidates {
            // The text that the candidate line continues: the last one started above it.
            guard let owner = scalars.last(where: { $0.line < candidate.line }), owner.plain,
                  owner.text.contains(candidate.text) else { continue }
            let item = candidate.text.dropFirst(candidate.text.hasPrefix("- ") ? 2 : 1)
            context.add(.error("yaml.folded-list-item", at: context.location(line: candidate.line, column: candidate.column),
                               Message("yaml.folded-list-item", ["item": .text(String(item)), "joined": .text(owner.text)]),
                               advice: Message("yaml.folded-list-item.hint", ["line": .text(String(context.location(line: owner.line).line ?? owner.line))])))
        }
    }

    /// Lines that start with `- ` (or are `-`), indented deeper than the line above them
    /// that is not a field opening a block (`key:`) or a block scalar's header (`|`, `>-`…):
    /// a continuation line of a plain text keeps the line its text started on as the one
    /// compared. One pass over the bytes (every content file goes through here).
    static func candidateLines(_ yaml: String) -> [(line: Int, column: Int, text: String)] {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> [(line: Int, column: Int, text: String)] in
            let space = UInt8(ascii: " "), dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":")
            var candidates: [(line: Int, column: Int, text: String)] = []
            var previous: (indent: Int, opens: Bool)?
            var start = 0, line = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 10 { end += 1 }
                line += 1
                defer { start = end + 1 }
                var textStart = start
                while textStart < end, bytes[textStart] == space { textStart += 1 }
                var textEnd = end
                while textEnd > textStart, bytes[textEnd - 1] == space { textEnd -= 1 }
                guard textStart < textEnd, bytes[textStart] != UInt8(ascii: "#") else { continue }
                let indent = textStart - start
                let isDash = bytes[textStart] == dash && (textStart + 1 == textEnd || bytes[textStart + 1] == space)
                if let above = previous, indent > above.indent, isDash, !above.opens {
                    candidates.append((line, indent + 1, String(decoding: UnsafeBufferPointer(rebasing: bytes[textStart..<textEnd]), as: UTF8.self)))
                    continue
                }
                let last = bytes[textEnd - 1]
                let beforeLast = textEnd - textStart >= 2 ? bytes[textEnd - 2] : 0
                let isHeader = last == UInt8(ascii: "|") || last == UInt8(ascii: ">")
                    || ((last == dash || last == UInt8(ascii: "+")) && (beforeLast == UInt8(ascii: "|") || beforeLast == UInt8(ascii: ">")))
                let opens = last == colon || isHeader
                var hasField = false
                var index = textStart
                while index + 1 < textEnd, !hasField {
                    hasField = bytes[index] == colon && bytes[index + 1] == space
                    index += 1
                }
                if previous == nil || indent <= previous!.indent || isDash || hasField || opens {
                    previous = (indent, opens)
                }
            }
            return candidates
        }
    }

    /// Every scalar of the tree with the line it starts on, in the order of the text.
    static func collect(_ node: Node, into scalars: inout [(line: Int, text: String, plain: Bool)]) {
        switch node {
        case .scalar(let scalar):
            scalars.append((node.mark?.line ?? 0, scalar.string, scalar.style == .plain))
        case .mapping(let mapping):
            for (key, value) in mapping {
                collect(key, into: &scalars)
                collect(value, into: &scalars)
            }
        case .sequence(let sequence):
            for item in sequence { collect(item, into: &scalars) }
        case .alias:
            break
        }
    }
}
