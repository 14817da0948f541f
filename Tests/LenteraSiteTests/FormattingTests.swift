import Testing
import LenteraDomain
@testable import LenteraRender

@Suite struct FormattingTests {
    @Test func datesAreWrittenWithIndonesianMonthNames() {
        #expect(Formatting.date(CalendarDate(year: 2018, month: 11, day: 27)!) == "27 November 2018")
        #expect(Formatting.date(CalendarDate(year: 2024, month: 1, day: 5)!) == "5 Januari 2024")
        #expect(Formatting.date(CalendarDate(year: 2024, month: 8, day: 17)!) == "17 Agustus 2024")
    }

    @Test func numbersUseADecimalCommaAndFullStopsBetweenThousands() {
        #expect(Formatting.percent(6.0 / 7.0) == "85,7%")
        #expect(Formatting.percent(1) == "100%")
        #expect(Formatting.percent(0) == "0%")
        #expect(Formatting.decimal(91.475, digits: 2) == "91,48")
        // 1.005 is held as 1.00499…: published rounding still gives 1,01, as the mutu and
        // ZI comparisons round, so a figure is never shown on one side of a line and judged on the other.
        #expect(Formatting.decimal(1.005, digits: 2) == "1,01")
        #expect(Formatting.integer(12500) == "12.500")
        #expect(Formatting.integer(-1000) == "-1.000")
    }

    @Test func durationsAndCostsAtAGlance() {
        #expect(Formatting.duration(.minutes(30)) == "30 menit")
        #expect(Formatting.duration(.minutes(120)) == "2 jam")
        #expect(Formatting.duration(.workingDays(5)) == "5 hari kerja")
        #expect(Formatting.cost(.free) == "Gratis")
        let fees = [Fee(description: "b", amount: Rupiah(50000)), Fee(description: "a", amount: Rupiah(5000))]
        #expect(Formatting.cost(.fees(fees, legalBasis: "Perda")) == "Rp5.000–Rp50.000")
        #expect(Formatting.cost(.fees([fees[1]], legalBasis: "Perda")) == "Rp5.000")
    }

    @Test func chartsCarryATitleADescriptionAndEscapedLabels() {
        let chart = BarChart(id: "g", title: "Layanan <per> unit", description: "A & B",
                             bars: [.init(label: "Dinas <A>", value: 4, valueText: "4 layanan"),
                                    .init(label: "Dinas B", value: 2, valueText: "2 layanan")])
        let svg = chart.svg
        #expect(svg.contains("role=\"img\" aria-labelledby=\"g-title g-desc\""))
        #expect(svg.contains("<title id=\"g-title\">Layanan &lt;per&gt; unit</title>"))
        #expect(svg.contains("<desc id=\"g-desc\">A &amp; B</desc>"))
        #expect(svg.contains("Dinas &lt;A&gt;"))
        #expect(!svg.contains("Dinas <A>"))
        // The longest bar spans the drawing less the room for its value; the other is in proportion.
        #expect(svg.contains("width=\"288\" height=\"16\""))
        #expect(svg.contains("width=\"144\" height=\"16\""))
    }
}
