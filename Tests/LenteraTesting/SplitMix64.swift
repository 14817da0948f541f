/// A small deterministic random generator (SplitMix64): the same seed gives the same
/// numbers on every machine and every Swift version, so a seed printed by a failing
/// property test replays the same run. (The standard library's `random(in:using:)` makes
/// no such promise about how it draws from a generator, so the helpers here draw by hand.)
public struct SplitMix64 {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<count` (`count` > 0).
    public mutating func below(_ count: Int) -> Int {
        precondition(count > 0)
        return Int(next() % UInt64(count))
    }

    /// A number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One of `items` (not empty).
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// One of `items` by weight: each `(weight, item)`; the weights add up to more than 0.
    public mutating func pick<T>(weighted items: [(Int, T)]) -> T {
        var rest = below(items.reduce(0) { $0 + $1.0 })
        for (weight, item) in items {
            if rest < weight { return item }
            rest -= weight
        }
        return items[items.count - 1].1
    }

    /// `items` in a random order.
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        guard items.count > 1 else { return items }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
        return items
    }
}
