import CCmark

/// The levels of a text's headings on its page: the text stands under a heading of level
/// `base` (the page's `<h1>`, a section's `<h2>`), so its headings start one level below,
/// whatever level they are written at (`#` or `##` for the first, as editors do either),
/// keep their order, and never skip a level going down (an `<h2>` followed by an `<h4>`
/// fails WCAG's heading order, and axe reports it).
///
/// The levels written are ranked (the smallest is the first level below `base`, the next
/// smallest one below that…), then each heading is kept at most one level below the one
/// before it. Levels stop at 6.
enum HeadingLevels {
    static func apply(to document: OpaquePointer, base: Int) {
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            headings.append(node)
        }
        cmark_iter_free(iterator)
        let written = headings.map { Int(cmark_node_get_heading_level($0)) }
        for (node, level) in zip(headings, levels(written, base: base)) {
            cmark_node_set_heading_level(node, Int32(level))
        }
    }

    /// The levels on the page of headings written at `written`, in order, under `base`.
    static func levels(_ written: [Int], base: Int) -> [Int] {
        let ranks = Dictionary(uniqueKeysWithValues: Set(written).sorted().enumerated().map { ($0.element, $0.offset) })
        var previous = base
        return written.map { level in
            let placed = min(base + 1 + ranks[level]!, previous + 1, 6)
            previous = placed
            return max(placed, 1)
        }
    }
}
