/// Rounds to `digits` decimals, half away from zero, as published tables do — tolerant of
/// the binary error of sums such as 88.305, which a Double holds as 88.30499…. Every
/// published figure is rounded this one way: the text on the pages, the open data, and the
/// comparisons made on "the value as published" (mutu, ZI minimums), so a figure shown as
/// 3,20 is never judged below 3,20.
public func roundedForPublication(_ value: Double, digits: Int) -> Double {
    var factor = 1.0
    for _ in 0..<digits { factor *= 10 }
    return ((value * factor) + (value >= 0 ? 1e-7 : -1e-7)).rounded(.toNearestOrAwayFromZero) / factor
}

/// `roundedForPublication(value, digits: 2)`.
public func roundedTo2(_ value: Double) -> Double {
    roundedForPublication(value, digits: 2)
}
