import LenteraDomain
import Testing

/// `Duration.read` at the bounds of `Limits.durationMinutes`: more than zero, at most
/// 10,000 working days, and a minus sign read as one (issue 11: `-3 jam` was added as +3).
@Suite struct DurationBoundsTests {
    @Test(arguments: [
        ("0 menit", "0", DurationUnit.menit), ("-3 jam", "-3", .jam), ("maks. -5 hari", "-5", .hari), ("\u{2212}2 hari", "-2", .hari),
        ("10000,5 hari kerja", "10000.5", .hari), ("75001 jam", "75001", .jam), ("4500001 menit", "4500001", .menit),
        ("99999999999999999999999 hari kerja", "99999999999999999999999", .hari), ("0,0 jam", "0.0", .jam),
        ("12.000 hari", "12000", .hari), ("\u{2011}3 jam", "-3", .jam), ("\u{2013}3 jam", "-3", .jam), ("-.5 jam", "-0.5", .jam), ("1" + String(repeating: "0", count: 400) + " menit", "1" + String(repeating: "0", count: 400), .menit),
    ])
    func outOfRange(text: String, number: String, unit: DurationUnit) {
        #expect(Duration.read(text) == .outOfRange(number: number, unit: unit))
        #expect(Duration.parse(text) == nil)
    }

    @Test(arguments: [
        ("10000 hari", Duration.workingDays(10_000)), ("75000 jam", .minutes(4_500_000)), ("4500000 menit", .minutes(4_500_000)),
        ("0,1 menit", .minutes(0.1)), ("1-3 hari", .workingDays(3)), ("1 - 3 hari", .workingDays(3)), ("2 s.d. -3 hari", .workingDays(3)),
        // Full stops between thousands, as Indonesian writes them (a review found `1.000 menit` read as one minute).
        ("1.000 menit", .minutes(1000)), ("2.500 hari kerja", .workingDays(2500)), ("1.500.000 menit", .minutes(1_500_000)),
        ("1.5 jam", .minutes(90)), ("0.500 jam", .minutes(30)), ("1.0000 jam", .minutes(60)),
        // A fraction without its 0 (`.5 jam` was read as 5 hours), and no number inside a word (`1e3 menit` was 3 minutes).
        (".5 jam", .minutes(30)), (",5 hari", .workingDays(0.5)), ("U1 lalu 2 jam", .minutes(120)), ("1e3 menit lalu 4 menit", .minutes(4)),
    ])
    func withinRange(text: String, duration: Duration) {
        #expect(Duration.read(text) == .duration(duration))
    }

    @Test func aNumberInsideAWordIsNoDuration() {
        #expect(Duration.read("1e3 menit") == .unreadable)
    }

    @Test func theMessageNamesTheLimitInTheUnitWritten() {
        #expect(Duration.read("-3 jam").problem?.text(in: .en) == "`-3 jam` is outside the allowed range: more than 0 and at most 75.000 jam")
        #expect(Duration.read("0 menit").problem?.text(in: .en) == "`0 menit` is outside the allowed range: more than 0 and at most 4.500.000 menit")
        #expect(Duration.read("20000 hari").problem?.text(in: .en) == "`20000 hari` is outside the allowed range: more than 0 and at most 10.000 hari")
        #expect(Duration.read("secepatnya").problem == nil)
    }
}
