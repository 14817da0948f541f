import Testing
@testable import LenteraDomain

/// The total time of an SOP: minutes carried into hours, days kept apart, and the
/// working-day equivalent at 7,5 hours a day.
@Suite struct SOPDurationTests {
    /// The total of step times as published, numbered from 1.
    func total(_ times: [String]) -> SOPTotalDuration {
        SOPTotalDuration(times.enumerated().map { (number: $0.offset + 1, duration: Duration.parse($0.element)) })
    }

    func sop(_ times: [String]) -> StandardOperatingProcedure {
        let steps = times.map { SOPStep(activity: "Kegiatan", actor: "Camat", time: CompletionTime(text: $0, duration: Duration.parse($0))) }
        return StandardOperatingProcedure(unit: "u", slug: "s", title: "SOP", enactment: SOPEnactment(number: "1", date: CalendarDate(year: 2023, month: 1, day: 2)!, enactedBy: "Camat"),
                                          actors: ["Camat"], steps: steps)
    }

    @Test func theBriefsExampleAddsUpToThreeWorkingDaysTwoHoursFiveMinutes() {
        let sum = total(["10 menit", "1 jam", "1 hari", "2 hari kerja", "55 menit"])
        #expect(sum.workingDays == 3)
        #expect(sum.minutes == 125)
        #expect(sum.hours == 2)
        #expect(sum.remainingMinutes == 5)
        #expect(sum.readSteps == 5)
        #expect(sum.unreadableSteps == [])
        let minutesOfWork = 3 * 450.0 + 125
        #expect(sum.minutesOfWork == minutesOfWork)
        let equivalent = minutesOfWork / 450
        #expect(sum.workingDayEquivalent == equivalent)
    }

    @Test func minutesCarryIntoAnHourAtExactlySixty() {
        let below = total(["30 menit", "29 menit"])
        #expect(below.hours == 0)
        #expect(below.remainingMinutes == 59)
        let exactly = total(["30 menit", "30 menit"])
        #expect(exactly.hours == 1)
        #expect(exactly.remainingMinutes == 0)
        let above = total(["60 menit", "61 menit"])
        #expect(above.hours == 2)
        #expect(above.remainingMinutes == 1)
    }

    @Test func hoursAreNeverCarriedIntoDays() {
        // 8 hours is more than a 7,5-hour working day, and 24 hours a calendar day: neither becomes a day.
        let sum = total(["8 jam", "16 jam", "1 hari"])
        #expect(sum.workingDays == 1)
        #expect(sum.hours == 24)
        #expect(sum.remainingMinutes == 0)
    }

    @Test func hariAndHariKerjaAreBothWorkingDays() {
        let sum = total(["1 hari", "2 hari kerja", "14 hari"])
        #expect(sum.workingDays == 17)
        #expect(sum.minutes == 0)
    }

    @Test func decimalCommasAreRead() {
        let sum = total(["1,5 jam", "0,5 hari", "1,1 jam", "2,5 menit"])
        // 90 + 66 + 2,5 minutes = 158,5 → 2 hours 38,5 minutes; half a day stays a day.
        #expect(sum.workingDays == 0.5)
        #expect(sum.minutes == 158.5)
        #expect(sum.hours == 2)
        #expect(sum.remainingMinutes == 38.5)
    }

    @Test func unreadableTimesAreCountedNotDropped() {
        let sum = total(["10 menit", "sesuai jadwal", "1 hari", "", "5 menit"])
        #expect(sum.readSteps == 3)
        #expect(sum.unreadableSteps == [2, 4])
        #expect(sum.minutes == 15)
        #expect(sum.workingDays == 1)
        #expect(!sum.isUnknown)
        let none = total(["segera", "sesuai kebutuhan"])
        #expect(none.isUnknown)
        #expect(none.unreadableSteps == [1, 2])
    }

    @Test func anSOPsTotalNumbersItsStepsFromOne() {
        let procedure = sop(["5 menit", "tergantung", "1 jam"])
        let sum = procedure.totalDuration
        #expect(sum.unreadableSteps == [2])
        #expect(sum.hours == 1)
        #expect(sum.remainingMinutes == 5)
    }

    @Test func theSourcesSPPAndIKMProcedureAddsUp() {
        // Seed 002, "SOP Pelaporan SPP dan IKM": 155 minutes and 31 days.
        let sum = total(["5 menit", "10 menit", "10 menit", "14 hari", "14 hari", "60 menit", "3 hari", "60 menit", "10 menit"])
        #expect(sum.workingDays == 31)
        #expect(sum.hours == 2)
        #expect(sum.remainingMinutes == 35)
    }

    @Test func aUnitsSOPsAreListedByOrderThenTitle() {
        var first = sop(["1 jam"]); first.title = "B"; first.order = 1
        var second = sop(["1 jam"]); second.title = "A"
        var third = sop(["1 jam"]); third.title = "C"; third.order = 0
        #expect([first, second, third].inDisplayOrder().map(\.title) == ["C", "B", "A"])
    }
}
