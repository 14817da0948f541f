import Foundation
import LenteraDiagnostics
import LenteraDomain

/// Compares a sheet's own figures (`SheetFigures`) with what Lentera computes from the
/// respondent rows it counted, and says where they differ beyond the rounding of what the
/// sheet wrote, with both values and the likeliest cause: a weight of 0,111 instead of
/// 1/n, means rounded before they were weighted, a weight left out, or other rows summed.
/// Lentera's own figures are the ones imported, whatever the sheet says.
public enum SheetCrossCheck {
    /// Why a sheet's figure differs from Lentera's.
    public enum Cause: String, Sendable, CaseIterable {
        /// Each mean × 0,111, the weight 1/9 rounded to three decimals.
        case roundedWeight = "weight-0111"
        /// The means rounded (to 1, 2 or 3 decimals) before they were weighted and added.
        case roundedMeans = "rounded-means"
        /// Both at once.
        case roundedMeansAndWeight = "rounded-means-0111"
        /// The means added without a weight.
        case missingWeight = "missing-weight"
        /// The sheet's sums differ from Lentera's: it summed other rows.
        case otherRows = "other-rows"
        case unknown
    }

    /// What the check found: the warnings, and how many of the sheet's figures it compared
    /// (rows of figures it could read), so that agreement is said only when there was some.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var compared = 0
    }

    /// Means, weights and indices are compared to at least 2 decimals (`3` is not 3,4).
    static let fractionDecimals = 2

    public static func check(_ figures: SheetFigures, result: SurveyResult, elements: [SurveyElement], weights: [Double],
                             displayPath: String) -> Report {
        guard !figures.isEmpty, result.kind == .skm, let score = IKMScore(result: result, elements: elements, weights: weights) else { return Report() }
        var diagnostics: [Diagnostic] = []
        var compared = 0
        let nrr = score.elements.map(\.nrr)
        let totals = elements.map { result.elements[$0.code]?.total ?? 0 }
        func at(_ row: SheetFigures.Row) -> SourceLocation { SourceLocation(file: displayPath, line: row.line) }
        /// `exact`: a stored number must be the figure itself (a weight of 0,111 is not 1/9,
        /// however it is displayed).
        func differences(_ row: SheetFigures.Row, _ ours: [Double], decimals: Int, exact: Bool = false) -> [String] {
            let minimum = decimals == 0 ? 0 : fractionDecimals
            return row.values.keys.sorted().compactMap { index in
                guard let sheet = row.values[index] else { return nil }
                let same = exact && sheet.stored ? abs(sheet.value - ours[index]) <= 1e-9 : sheet.matches(ours[index], minimumDecimals: minimum)
                guard !same else { return nil }
                // A stored number is shown as precisely as Lentera's, not as the cell displays it.
                let written = sheet.stored ? number(sheet.value, decimals: decimals) : sheet.text
                return "\(elements[index].code) \(written) ≠ \(number(ours[index], decimals: decimals))"
            }
        }
        // Whether the sheet summed other rows than Lentera counted: its own sums say so.
        let totalsDiffer = figures.rows.contains { $0.kind == .totals && !differences($0, totals, decimals: 0).isEmpty }

        for row in figures.rows {
            let readable = row.kind == .category ? (row.text ?? row.first?.text).flatMap(Self.mutu(named:)) != nil
                : row.kind == .respondents || row.kind == .index ? (row.first ?? row.values.values.first) != nil : !row.values.isEmpty
            if readable { compared += 1 }
            switch row.kind {
            case .respondents:
                guard let sheet = row.first, !sheet.matches(Double(result.respondents)) else { continue }
                diagnostics.append(.warning("import.check.respondents", at: at(row),
                                            Message("import.check.respondents", ["sheet": .text(sheet.text), "ours": .text(String(result.respondents))]),
                                            advice: Message("import.check.respondents.hint")))
            case .totals:
                let list = differences(row, totals, decimals: 0)
                guard !list.isEmpty else { continue }
                diagnostics.append(.warning("import.check.totals", at: at(row),
                                            Message("import.check.totals", ["label": .text(row.label), "list": .text(list.joined(separator: "; "))]),
                                            advice: Message("import.check.cause.other-rows")))
            case .means:
                let list = differences(row, nrr, decimals: 3)
                guard !list.isEmpty else { continue }
                diagnostics.append(.warning("import.check.means", at: at(row),
                                            Message("import.check.means", ["label": .text(row.label), "list": .text(list.joined(separator: "; "))]),
                                            advice: Message(totalsDiffer ? "import.check.cause.other-rows" : "import.check.cause.unknown")))
            case .weights:
                let list = differences(row, weights, decimals: 4, exact: true)
                guard !list.isEmpty else { continue }
                let rounded = row.values.values.allSatisfy { abs($0.value - 0.111) < 1e-9 }
                diagnostics.append(.warning("import.check.weights", at: at(row),
                                            Message("import.check.weights", ["label": .text(row.label), "list": .text(list.joined(separator: "; "))]),
                                            advice: Message(rounded ? "import.check.cause.weight-0111" : "import.check.cause.unknown")))
            case .weighted:
                let ours = score.elements.map(\.weighted)
                let list = differences(row, ours, decimals: 4)
                guard !list.isEmpty else { continue }
                var cause = Cause.unknown
                if row.values.allSatisfy({ $0.value.matches(nrr[$0.key] * 0.111, minimumDecimals: fractionDecimals) }) {
                    cause = .roundedWeight
                } else if row.values.allSatisfy({ $0.value.matches(nrr[$0.key], minimumDecimals: fractionDecimals) }) {
                    cause = .missingWeight
                } else if totalsDiffer {
                    cause = .otherRows
                }
                diagnostics.append(.warning("import.check.weighted", at: at(row),
                                            Message("import.check.weighted", ["label": .text(row.label), "list": .text(list.joined(separator: "; "))]),
                                            advice: Message("import.check.cause.\(cause.rawValue)")))
            case .index:
                guard let sheet = row.first ?? row.values.values.first else { continue }
                // On the scale of 1–4 or converted (× 25): the sheet's value says which.
                let converted = sheet.value > 4.0001
                let factor = converted ? 25.0 : 1.0
                let ours = score.index * factor
                guard !sheet.matches(ours, minimumDecimals: fractionDecimals) else { continue }
                let cause = Self.cause(sheet: sheet, nrr: nrr, weights: weights, factor: factor, totalsDiffer: totalsDiffer)
                let written = sheet.stored ? number(sheet.value, decimals: converted ? 3 : 4) : sheet.text
                diagnostics.append(.warning("import.check.index", at: at(row),
                                            Message("import.check.index", ["label": .text(row.label), "sheet": .text(written),
                                                                           "ours": .text(number(ours, decimals: converted ? 3 : 4))]),
                                            advice: Message("import.check.cause.\(cause.rawValue)")))
            case .category:
                guard let text = row.text ?? row.first?.text, let named = Self.mutu(named: text), named != score.mutu else { continue }
                diagnostics.append(.warning("import.check.category", at: at(row),
                                            Message("import.check.category", ["sheet": .text(text), "ours": .text("\(score.mutu.rawValue) (\(score.mutu.performance))")]),
                                            advice: Message("import.check.category.hint")))
            }
        }
        return Report(diagnostics: diagnostics, compared: compared)
    }

    /// The likeliest cause of an index that is not Lentera's: the first known mistake whose
    /// arithmetic, applied to Lentera's own means, gives the sheet's value.
    public static func cause(sheet: SheetNumber, nrr: [Double], weights: [Double], factor: Double, totalsDiffer: Bool) -> Cause {
        func index(_ means: [Double], _ weight: (Int) -> Double) -> Double {
            means.indices.reduce(0) { $0 + means[$1] * weight($1) } * factor
        }
        func matches(_ value: Double) -> Bool { sheet.matches(value, minimumDecimals: fractionDecimals) }
        if matches(index(nrr, { _ in 0.111 })) { return .roundedWeight }
        for decimals in [2, 3, 1] {
            let rounded = nrr.map { roundedHalfUp($0, decimals) }
            if matches(index(rounded, { weights[$0] })) { return .roundedMeans }
            if matches(index(rounded, { _ in 0.111 })) { return .roundedMeansAndWeight }
        }
        if matches(index(nrr, { _ in 1 })) || matches(index(nrr, { _ in 1 }) / factor) { return .missingWeight }
        return totalsDiffer ? .otherRows : .unknown
    }

    /// The category a sheet's text names: a letter (`A`), a label of the table (`Sangat Baik`),
    /// or both (`A (Sangat Baik)`); nil for anything else.
    static func mutu(named text: String) -> Mutu? {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard !words.isEmpty else { return nil }
        // The longest label first: "kurang baik" and "tidak baik" before "baik".
        let labels = Mutu.allCases.map { ($0, $0.performance.lowercased()) }.sorted { $0.1.count > $1.1.count }
        let joined = words.joined(separator: " ")
        for (mutu, label) in labels where joined == label || joined.hasSuffix(" " + label) || joined.hasPrefix(label + " ") || joined.contains(" \(label) ") {
            return mutu
        }
        if words.count <= 3, let letter = words.first(where: { $0.count == 1 }), let mutu = Mutu(rawValue: letter.uppercased()) { return mutu }
        return nil
    }

    static func roundedHalfUp(_ value: Double, _ decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// Indonesian decimals: a comma and exactly `decimals` of them, so that the sheet's
    /// figure and Lentera's line up (`0,3866 ≠ 0,3870`).
    static func number(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
