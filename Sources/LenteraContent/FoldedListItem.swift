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
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var candidates: [(line: Int, column: Int, text: String)] = []
        var previous: (indent: Int, text: Substring)?
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let text = line.dropFirst(indent)
            if text.isEmpty || text.first == "#" { continue }
            if let above = previous, indent > above.indent, text == "-" || text.hasPrefix("- "),
               !above.text.hasSuffix(":"), !["|", ">"].contains(where: { above.text.hasSuffix($0) || above.text.hasSuffix($0 + "-") || above.text.hasSuffix($0 + "+") }) {
                candidates.append((index + 1, indent + 1, String(text)))
                continue
            }
            // A deeper continuation line leaves the line its text started on as the one to compare.
            if previous == nil || indent <= previous!.indent || text.hasPrefix("- ") || text.contains(": ") || text.hasSuffix(":") {
                previous = (indent, text)
            }
        }
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
