import Testing
@testable import LenteraDomain

/// The SOP and SPBE rules the Metodologi page lists: their numbers come from the code's
/// values, and what the sources leave open is marked as Lentera's reading.
@Suite struct MethodologySOPAndSPBETests {
    @Test func eachRuleHasItsSectionAndAnAnchorOfItsOwn() {
        let rules = Methodology.sop + Methodology.spbe
        #expect(Set(rules.map(\.id)).count == rules.count)
        #expect(Methodology.sop.allSatisfy { $0.section == "SOP" && $0.id.hasPrefix("sop-") && !$0.statement.isEmpty })
        #expect(Methodology.spbe.allSatisfy { $0.section == "SPBE" && $0.id.hasPrefix("spbe-") && !$0.statement.isEmpty })
        #expect(rules.allSatisfy { rule in Methodology.all.contains { $0.id == rule.id } })
    }

    @Test func theTotalParallelStepsAndPlainHariAreLenterasReading() throws {
        for id in ["sop-jumlah-waktu", "sop-langkah-bersamaan", "sop-hari", "sop-setara-hari-kerja"] {
            let rule = try #require(Methodology.sop.first { $0.id == id })
            #expect(rule.source.standing == .reading, "\(id)")
            #expect(rule.source.caption.hasSuffix("(tafsiran Lentera)"))
        }
    }

    @Test func theNumbersAreTheCodes() throws {
        let equivalent = try #require(Methodology.sop.first { $0.id == "sop-setara-hari-kerja" })
        #expect(equivalent.statement.contains("(\(Int(Duration.minutesPerWorkingDay)) menit)"))
        #expect(equivalent.statement.contains("\(Methodology.indonesianNumber(Duration.minutesPerWorkingDay / 60)) jam"))
        let years = try #require(Methodology.spbe.first { $0.id == "spbe-tahun" })
        #expect(years.statement.contains("antara \(PlannedYears.allowed.lowerBound) dan \(PlannedYears.allowed.upperBound)"))
        #expect(Methodology.indonesianNumber(7.5) == "7,5")
        #expect(Methodology.indonesianNumber(60) == "60")
    }
}
