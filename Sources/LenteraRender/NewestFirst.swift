import LenteraDomain

/// The newest `limit` of many dated items, newest first, ties by id (ascending), and
/// among equal day and id in the order offered: what sorting every item and taking the
/// first `limit` gives, holding no more than `limit` items at any time.
///
/// The feed offers one item per standard, maklumat and survey period: a national portal
/// has hundreds of thousands of them, of which the feed keeps 50. An item older than the
/// oldest one kept is turned away on its day alone, before its id is made.
struct NewestFirst<Item> {
    let limit: Int
    /// The items kept, in feed order.
    private(set) var kept: [(updated: CalendarDate, id: String, item: Item)] = []

    init(limit: Int) {
        self.limit = limit
        kept.reserveCapacity(limit + 1)
    }

    /// Offers an item dated `updated`; `id` is asked for only when the item may be kept.
    mutating func offer(_ updated: CalendarDate, id: () -> String, _ item: @autoclosure () -> Item) {
        guard limit > 0 else { return }
        if kept.count == limit, let oldest = kept.last, updated < oldest.updated { return }
        let id = id()
        // The first position whose entry comes after the new one: later day first, then the
        // smaller id; an equal entry stays before the new one (the order offered).
        var low = 0, high = kept.count
        while low < high {
            let middle = (low + high) / 2
            let entry = kept[middle]
            if entry.updated > updated || (entry.updated == updated && entry.id <= id) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < limit else { return }
        kept.insert((updated, id, item()), at: low)
        if kept.count > limit { kept.removeLast() }
    }
}
