import Yams

extension FastYAML {
    /// Where two trees differ (kind, text, tag, style or mark of any node, keys included),
    /// or nil when they are the same. `Node`'s own `==` compares text and tags only.
    static func difference(_ left: Node, _ right: Node, at path: String = "$") -> String? {
        func show(_ mark: Mark?) -> String { mark.map { "\($0.line):\($0.column)" } ?? "none" }
        // Tags are compared as stored: asking a node for `tag` would resolve (change) it.
        func tagName(_ tag: Tag) -> String { tag.rawValue }
        guard show(left.mark) == show(right.mark) else { return "\(path): mark \(show(left.mark)) ≠ \(show(right.mark))" }
        switch (left, right) {
        case let (.scalar(a), .scalar(b)):
            if a.string != b.string { return "\(path): text \(a.string.debugDescription) ≠ \(b.string.debugDescription)" }
            if tagName(a.tag) != tagName(b.tag) { return "\(path): tag \(tagName(a.tag)) ≠ \(tagName(b.tag))" }
            if a.style != b.style { return "\(path): style \(a.style) ≠ \(b.style)" }
            if (a.anchor == nil) != (b.anchor == nil) { return "\(path): anchor" }
            return nil
        case let (.mapping(a), .mapping(b)):
            if tagName(a.tag) != tagName(b.tag) { return "\(path): tag \(tagName(a.tag)) ≠ \(tagName(b.tag))" }
            if a.style != b.style { return "\(path): style \(a.style) ≠ \(b.style)" }
            if a.count != b.count { return "\(path): \(a.count) ≠ \(b.count) pairs" }
            for (index, (x, y)) in zip(a, b).enumerated() {
                if let found = difference(x.key, y.key, at: "\(path).key[\(index)]") { return found }
                if let found = difference(x.value, y.value, at: "\(path).\(x.key.scalar?.string ?? "[\(index)]")") { return found }
            }
            return nil
        case let (.sequence(a), .sequence(b)):
            if tagName(a.tag) != tagName(b.tag) { return "\(path): tag \(tagName(a.tag)) ≠ \(tagName(b.tag))" }
            if a.style != b.style { return "\(path): style \(a.style) ≠ \(b.style)" }
            if a.count != b.count { return "\(path): \(a.count) ≠ \(b.count) items" }
            for (index, (x, y)) in zip(a, b).enumerated() {
                if let found = difference(x, y, at: "\(path)[\(index)]") { return found }
            }
            return nil
        default:
            return "\(path): \(left.kindName) ≠ \(right.kindName)"
        }
    }

    /// What Yams makes of `text`, as `FastYAML.difference` compares it: nil when it is the
    /// same as `node`, else the difference (or Yams' error).
    static func differenceFromYams(_ text: String, _ node: Node) -> String? {
        do {
            guard let expected = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                return "Yams reads no document"
            }
            return difference(node, expected)
        } catch {
            return "Yams refuses the text: \(error)"
        }
    }

    #if DEBUG
    /// Debug builds (the tests among them) check every tree this reader makes against Yams,
    /// so every content file any test loads is also a comparison.
    static func audit(_ text: String, _ node: Node) {
        if let found = differenceFromYams(text, node) {
            assertionFailure("FastYAML differs from Yams (\(found)) for \(text.debugDescription)")
        }
    }
    #endif
}

private extension Node {
    var kindName: String {
        switch self {
        case .scalar: "scalar"
        case .mapping: "mapping"
        case .sequence: "sequence"
        case .alias: "alias"
        }
    }
}
