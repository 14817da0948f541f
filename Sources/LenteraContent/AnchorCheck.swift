import Yams

/// Content files take no YAML anchors and aliases (`&name`, `*name`, merge keys `<<: *name`):
/// nothing in the format needs them, and an alias repeats a value wherever it stands, so a
/// few kilobytes of them expand into gigabytes ("billion laughs").
///
/// Yams resolves an alias to the anchored node and keeps no trace of the anchor, but the
/// copy keeps the anchored node's mark. In a tree composed from text, every node starts at
/// or after the node before it in document order, so the first node whose mark goes back
/// is the first alias. The walk stops there, before following it further: it costs what the
/// file holds, not what it would expand to.
enum AnchorCheck {
    /// The first alias's node (its mark is the anchored value's place); nil when none.
    static func firstAlias(in root: Node) -> Node? {
        var stack = [root]
        var last: (line: Int, column: Int) = (0, 0)
        while let node = stack.popLast() {
            if let mark = node.mark {
                if (mark.line, mark.column) < last { return node }
                last = (mark.line, mark.column)
            }
            switch node {
            case .scalar, .alias: break
            case .sequence(let sequence): stack.append(contentsOf: sequence.reversed())
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { stack.append(value); stack.append(key) }
            }
        }
        return nil
    }
}
