import Testing
@testable import LenteraDomain

/// The years of SPBE plans and the roadmap by year.
@Suite struct SPBEPlanTests {
    @Test(arguments: [
        ("2023", PlannedYears.year(2023)), ("2022–2026", .range(2022, 2026)), ("2022-2023", .range(2022, 2023)),
        ("2022 - 2026", .range(2022, 2026)), ("tiap tahun", .everyYear), ("Setiap tahun", .everyYear), ("2024–2024", .year(2024)),
    ])
    func plannedYearsAreRead(text: String, expected: PlannedYears) {
        #expect(PlannedYears.parse(text) == .success(expected))
    }

    @Test func wrongYearsAreNamed() {
        #expect(PlannedYears.parse("2026–2022") == .failure(.reversed(2026, 2022)))
        #expect(PlannedYears.parse("1999") == .failure(.outOfRange(1999)))
        #expect(PlannedYears.parse("2022–2201") == .failure(.outOfRange(2201)))
        #expect(PlannedYears.parse("soon") == .failure(.unreadable))
        #expect(PlannedYears.parse("22") == .failure(.unreadable))
    }

    @Test func theRoadmapIsGroupedByYearThenArea() {
        let architecture = SPBEArchitecture(unit: "u", roadmap: [
            RoadmapItem(year: 2023, area: "Teknologi", activity: "b"),
            RoadmapItem(year: 2022, area: "SDM", activity: "a"),
            RoadmapItem(year: 2022, area: "Teknologi", activity: "c"),
            RoadmapItem(year: 2022, area: "SDM", activity: "d"),
        ])
        let years = architecture.roadmapByYear
        #expect(years.map(\.year) == [2022, 2023])
        #expect(years[0].areas.map(\.area) == ["SDM", "Teknologi"])
        #expect(years[0].areas[0].activities.map(\.activity) == ["a", "d"])
    }
}
