import LenteraDomain
import LenteraTesting
import Testing

/// A dated table gives the version in force on a day: a new version never changes how an
/// earlier day is judged.
@Suite struct DatedTableTests {
    let table = DatedTable([
        .init(from: CalendarDate(year: 2024, month: 3, day: 1)!, source: RuleSource("B"), value: "baru"),
        .init(from: CalendarDate(year: 2017, month: 1, day: 1)!, source: RuleSource("A", standing: .secondary), value: "lama"),
    ])

    @Test func versionsAreKeptOldestFirst() {
        #expect(table.versions.map(\.value) == ["lama", "baru"])
        #expect(table.current.value == "baru")
    }

    @Test(arguments: [
        ("2024-02-29", "lama"), ("2024-03-01", "baru"), ("2030-01-01", "baru"), ("2017-01-01", "lama"),
        ("2010-06-30", "lama"),   // before every version: the oldest one
    ])
    func versionInForce(day: String, expected: String) {
        #expect(table.inForce(on: CalendarDate(iso: day)!).value == expected)
    }

    @Test func captionsSayWhatIsNotPrimary() {
        #expect(RuleSource("SE MenPANRB 04/2023").caption == "SE MenPANRB 04/2023")
        #expect(RuleSource("PermenPANRB 90/2021", standing: .secondary).caption == "PermenPANRB 90/2021 (sumber sekunder)")
        #expect(RuleSource("Lentera", standing: .reading).caption == "Lentera (tafsiran Lentera)")
    }
}

/// The reader of the tables in docs/ that the rule tests compare with the code.
@Suite struct DocumentedTableTests {
    @Test func aMissingMarkerIsAnError() {
        #expect(throws: DocumentedTable.Missing.self) { try DocumentedTable.named("no-such-table") }
    }

    @Test func cellsAreTrimmed() {
        #expect(DocumentedTable.cells("| 88,31 – 100,00 |  A | `x` |") == ["88,31 – 100,00", "A", "`x`"])
    }
}
