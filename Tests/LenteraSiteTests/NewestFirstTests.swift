import LenteraDomain
@testable import LenteraRender
import LenteraTesting
import Testing

/// The feed's bounded selection of the newest entries: the same entries in the same order
/// as sorting every candidate (newest first, ties by id, then in the order offered) and
/// taking the first ones, without holding more than the limit.
@Suite struct NewestFirstTests {
    /// What sorting everything gives: the feed's order before the selection was bounded.
    static func sortedPrefix(_ candidates: [(updated: CalendarDate, id: String, item: Int)], limit: Int) -> [Int] {
        let sorted = candidates.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.updated != y.updated { return x.updated > y.updated }
            if x.id != y.id { return x.id < y.id }
            return a.offset < b.offset
        }
        return sorted.prefix(limit).map(\.element.item)
    }

    @Test(arguments: [0, 1, 3, 50])
    func keepsWhatSortingEverythingKeeps(limit: Int) {
        var numbers = SplitMix64(seed: UInt64(limit))
        for round in 0..<200 {
            // Few days and few ids, so that many candidates tie on the day, and some on both.
            let candidates = (0..<numbers.below(120)).map { item in
                (updated: CalendarDate(year: 2024, month: 1 + numbers.below(3), day: 1 + numbers.below(3))!,
                 id: "https://contoh.go.id/\(numbers.below(12))/", item: item)
            }
            var newest = NewestFirst<Int>(limit: limit)
            for candidate in candidates {
                newest.offer(candidate.updated, id: { candidate.id }, candidate.item)
                #expect(newest.kept.count <= limit)
            }
            #expect(newest.kept.map(\.item) == Self.sortedPrefix(candidates, limit: limit), "round \(round)")
        }
    }

    @Test func anOlderCandidateIsTurnedAwayWithoutItsId() {
        var newest = NewestFirst<Int>(limit: 2)
        let day = CalendarDate(year: 2025, month: 6, day: 1)!
        newest.offer(day, id: { "b" }, 1)
        newest.offer(day, id: { "c" }, 2)
        var asked = false
        newest.offer(CalendarDate(year: 2025, month: 5, day: 31)!, id: { asked = true; return "a" }, 3)
        #expect(!asked)
        newest.offer(day, id: { "a" }, 4)
        #expect(newest.kept.map(\.item) == [4, 1])
    }
}
