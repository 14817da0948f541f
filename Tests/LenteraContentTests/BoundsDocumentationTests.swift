import Foundation
import LenteraDomain
import LenteraTesting
import Testing

/// docs/rules.md, "Bounds of numbers", states exactly the bounds `Limits` applies.
@Suite struct BoundsDocumentationTests {
    /// A bound's end as the table writes it: full stops between thousands from 10.000 on.
    static func written(_ value: Double) -> String {
        guard value == value.rounded() else { return String(value) }
        let whole = Int(value)
        guard whole.magnitude >= 10_000 else { return String(whole) }
        return (whole < 0 ? "-" : "") + Rupiah.groupingThousands(whole.magnitude)
    }

    static func row<Value>(_ bound: Limits.Bound<Value>, _ toDouble: (Value) -> Double) -> String {
        "| \(bound.what) | \(written(toDouble(bound.range.lowerBound)))–\(written(toDouble(bound.range.upperBound))) |"
    }

    @Test func theTableInRulesMatchesTheCode() throws {
        let rules = try String(contentsOf: Repository.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let section = try #require(rules.components(separatedBy: "## Bounds of numbers").last)
        let documented = section.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| what") }
        let int: (Int) -> Double = { Double($0) }
        let double: (Double) -> Double = { $0 }
        let expected = [
            Self.row(Limits.respondents, int), Self.row(Limits.count, int), Self.row(Limits.serviceUsers, int),
            Self.row(Limits.years, int), Self.row(Limits.planYears, int), Self.row(Limits.rupiah, int), Self.row(Limits.unitsPerInstansi, int),
            Self.row(Limits.order, int), Self.row(Limits.indicatorValue, double), Self.row(Limits.indicatorTarget, double),
            Self.row(Limits.replyDays, int), Self.row(Limits.weight, double),
            Self.row(Limits.durationMinutes, double),
        ]
        #expect(documented == expected)
    }
}
