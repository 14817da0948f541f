/// The numbers of PermenPANRB 14/2017 that the IKM computations read: the mutu bands and
/// the Krejcie–Morgan constants, each in one dated table with its source. docs/rules.md
/// writes the same tables (`<!-- table: ikm-mutu -->`, `<!-- table: krejcie-morgan -->`),
/// and `IKMRulesTests` compares them; the Metodologi page prints them (`Methodology.ikm`).
public enum IKMRules {
    /// Read through secondary sources that agree with each other; the regulation's
    /// appendix, which holds the table, was not read.
    public static let source = RuleSource(
        "PermenPANRB 14/2017, lampiran", standing: .secondary,
        note: "Lampiran peraturan ini tidak dibaca sendiri; angka diambil dari sumber sekunder yang saling sesuai.")

    /// From the regulation's year: the day it was enacted was not read, so 1 January 2017
    /// is Lentera's reading (docs/rules.md says so).
    public static let regulationYear = CalendarDate(year: 2017, month: 1, day: 1)!

    public static let mutuBands = DatedTable([
        .init(from: regulationYear, source: source, value: MutuBands(bands: [
            MutuBand(mutu: .A, lowest: 88.31, highest: 100.00, performance: "Sangat Baik"),
            MutuBand(mutu: .B, lowest: 76.61, highest: 88.30, performance: "Baik"),
            MutuBand(mutu: .C, lowest: 65.00, highest: 76.60, performance: "Kurang Baik"),
            MutuBand(mutu: .D, lowest: 25.00, highest: 64.99, performance: "Tidak Baik"),
        ])),
    ])

    public static let sampleSize = DatedTable([
        .init(from: regulationYear, source: source,
              value: KrejcieMorgan(chiSquare: 3.841, proportion: 0.5, margin: 0.05)),
    ])
}

/// One mutu category on the converted scale (25–100), bounds as the table writes them.
public struct MutuBand: Sendable, Equatable {
    public var mutu: Mutu
    public var lowest: Double
    public var highest: Double
    /// Kinerja unit pelayanan ("Sangat Baik").
    public var performance: String
}

/// The mutu table: best category first.
public struct MutuBands: Sendable, Equatable {
    public var bands: [MutuBand]

    public func band(_ mutu: Mutu) -> MutuBand { bands.first { $0.mutu == mutu } ?? bands[bands.count - 1] }

    /// The category of a converted IKM (25–100). The value is first rounded to 2 decimals,
    /// half away from zero, as the table is written in 2 decimals: 88,305 is A, 88,304 is B.
    public func classify(converted: Double) -> Mutu {
        let rounded = roundedTo2(converted)
        return (bands.first { rounded >= $0.lowest - 1e-9 } ?? bands[bands.count - 1]).mutu
    }
}

/// The constants of S = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) (Krejcie & Morgan, 1970).
public struct KrejcieMorgan: Sendable, Equatable {
    /// χ² for one degree of freedom at 95 %.
    public var chiSquare: Double
    /// P, the population proportion.
    public var proportion: Double
    /// d, the margin of error.
    public var margin: Double

    /// The sample for N service users, rounded to the nearest whole respondent.
    public func sample(population: Int) -> Int {
        guard population > 0 else { return 0 }
        let n = Double(population), p = proportion, d = margin
        let s = chiSquare * n * p * (1 - p) / (d * d * (n - 1) + chiSquare * p * (1 - p))
        return Int(s.rounded(.toNearestOrAwayFromZero))
    }
}
