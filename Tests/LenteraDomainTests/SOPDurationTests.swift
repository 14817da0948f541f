import Testing
@testable import LenteraDomain

/// The total time of an SOP: minutes carried into hours, days kept apart, and the
/// working-day equivalent at 7,5 hours a day.
@Suite struct SOPDurationTests {
    /// The total of step times as published, numbered from 1; plain `hari` means what `days` says.
    func total(_ times: [String], days: SOPDayKind = .working, groups: [[Int]] = []) -> SOPTotalDuration {
        SOPTotalDuration(times.enumerated().map { (number: $0.offset + 1, time: SOPTime(CompletionTime(text: $0.element, duration: Duration.parse($0.element)), plainDays: days)) },
                         groups: groups)
    }

    func sop(_ times: [String], parallel: [Int: Int] = [:], days: SOPDayKind = .unstated) -> StandardOperatingProcedure {
        let steps = times.enumerated().map { index, text in
            SOPStep(activity: "Kegiatan", actor: "Camat", time: CompletionTime(text: text, duration: Duration.parse(text)), parallelWith: parallel[index + 1])
        }
        return StandardOperatingProcedure(unit: "u", slug: "s", title: "SOP", enactment: SOPEnactment(number: "1", date: CalendarDate(year: 2023, month: 1, day: 2)!, enactedBy: "Camat"),
                                          actors: ["Camat"], steps: steps, plainDays: days)
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
        let equivalent = minutesOfWork / Duration.minutesPerWorkingDay
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

    @Test func plainHariIsAWorkingDayOnlyWhereTheSOPSaysSo() {
        let stated = total(["1 hari", "2 hari kerja", "14 hari"], days: .working)
        #expect(stated.workingDays == 17)
        #expect(stated.unstatedDays == 0)
        #expect(stated.minutes == 0)
        // Unstated: plain `hari` is its own sum, never added to the working days.
        let unstated = total(["1 hari", "2 hari kerja", "14 hari"], days: .unstated)
        #expect(unstated.workingDays == 2)
        #expect(unstated.unstatedDays == 15)
        #expect(unstated.calendarDays == 0)
        #expect(unstated.dayParts.map(\.kind) == [.working, .unstated])
        #expect(!unstated.hasOnlyWorkingDays)
        #expect(unstated.minutesOfWork == nil)
        #expect(unstated.workingDayEquivalent == nil)
        // Calendar: plain `hari` joins `hari kalender`; `hari kerja` stays apart.
        let calendar = total(["1 hari", "2 hari kerja", "3 hari kalender"], days: .calendar)
        #expect(calendar.calendarDays == 4)
        #expect(calendar.workingDays == 2)
        #expect(calendar.unstatedDays == 0)
    }

    @Test func theDaysATextWritesAreRead() {
        #expect(Duration.writtenDays("14 hari") == .plain)
        #expect(Duration.writtenDays("1hari") == .plain)
        #expect(Duration.writtenDays("5 (lima) hari kerja") == .working)
        #expect(Duration.writtenDays("2 Hari Kerja") == .working)
        #expect(Duration.writtenDays("3 hari  kalender") == .calendar)
        #expect(Duration.writtenDays("30 menit") == nil)
        #expect(Duration.writtenDays("2 jam") == nil)
        #expect(Duration.writtenDays("segera") == nil)
        #expect(Duration.writtenDays("0 hari") == nil)
        // Services still read every day as a working day.
        #expect(Duration.parse("14 hari") == .workingDays(14))
        #expect(Duration.parse("3 hari kalender") == .workingDays(3))
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

    @Test func theSourcesSPPAndIKMProcedureCountsItsFourteenDayWindowOnce() {
        // Seed 002 l. 167–168, "SOP Pelaporan SPP dan IKM": steps 4 and 5 are one 14-day
        // window; its "hari" are not said to be working days. 155 minutes and 17 days, not 31.
        let times = ["5 menit", "10 menit", "10 menit", "14 hari", "14 hari", "60 menit", "3 hari", "60 menit", "10 menit"]
        let sum = sop(times, parallel: [5: 4]).totalDuration
        #expect(sum.unstatedDays == 17)
        #expect(sum.workingDays == 0)
        #expect(sum.hours == 2)
        #expect(sum.remainingMinutes == 35)
        #expect(sum.parallelGroups == [SOPParallelGroup(steps: [4, 5], counted: 4)])
        #expect(sum.readSteps == 8)
        // Without the mark both windows are added.
        #expect(sop(times).totalDuration.unstatedDays == 31)
    }

    @Test func aUnitsSOPsAreListedByOrderThenTitle() {
        var first = sop(["1 jam"]); first.title = "B"; first.order = 1
        var second = sop(["1 jam"]); second.title = "A"
        var third = sop(["1 jam"]); third.title = "C"; third.order = 0
        #expect([first, second, third].inDisplayOrder().map(\.title) == ["C", "B", "A"])
    }
}
