/// A small, fast pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014) whose
/// whole output follows from its seed, on every machine and every Swift version: the
/// synthetic portal must be the same tree of bytes wherever it is generated.
///
/// Only this type's own helpers are used to draw numbers. The standard library's
/// `random(in:using:)` and `shuffle(using:)` are not: their algorithms are not promised
/// to stay the same between releases.
public struct SplitMix64: Sendable {
    /// The seed used when none is given: the day the benchmark was written.
    public static let defaultSeed: UInt64 = 20_261_121

    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one part of the portal (a unit, a service), seeded from this
    /// generator's seed and the part's number. Parts can then be made in any order, or
    /// concurrently, and still come out the same.
    public static func stream(_ seed: UInt64, _ part: UInt64, _ salt: UInt64 = 0) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ 0x5851_F42D_4C95_7F2D)
        _ = mixer.next()
        var generator = SplitMix64(seed: mixer.next() ^ (part &* 0x9E37_79B9_7F4A_7C15) ^ (salt &* 0xD1B5_4A32_D192_ED03))
        _ = generator.next()
        return generator
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (a negligible bias towards small values is accepted).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// A number in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// `count` different items of `items`, in a random order (fewer when there are fewer).
    public mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var pool = items
        let wanted = min(count, pool.count)
        for index in 0..<wanted {
            pool.swapAt(index, int(index...(pool.count - 1)))
        }
        return Array(pool[0..<wanted])
    }

    /// `total` split into `parts` whole numbers, each weighted by `weights` (one per part)
    /// with some noise; the parts add up to `total` exactly.
    public mutating func split(_ total: Int, weights: [Double]) -> [Int] {
        let noisy = weights.map { $0 * (0.6 + 0.8 * unit()) }
        let sum = noisy.reduce(0, +)
        var parts = noisy.map { Int(Double(total) * $0 / sum) }
        var missing = total - parts.reduce(0, +)
        var index = 0
        while missing > 0 {
            parts[index % parts.count] += 1
            missing -= 1
            index += 1
        }
        return parts
    }
}
