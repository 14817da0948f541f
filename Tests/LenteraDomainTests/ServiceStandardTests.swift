import Testing
@testable import LenteraDomain

@Suite struct ServiceStandardTests {
    func service(_ components: [ServiceComponent: ComponentValue], enactment: Decree? = nil) -> ServiceStandard {
        ServiceStandard(slug: "s", unit: "u", name: "Layanan", enactment: enactment, components: components)
    }

    static let all: [ServiceComponent: ComponentValue] = Dictionary(uniqueKeysWithValues: ServiceComponent.allCases.map { component in
        switch component.form {
        case .list: (component, .list([.text("isi")]))
        case .duration: (component, .duration(CompletionTime(text: "30 menit", duration: .minutes(30))))
        case .cost: (component, .cost(.free))
        case .text: (component, .text("3 orang"))
        }
    })

    @Test func thereAreFourteenComponentsSixForDeliveryEightForManagement() {
        #expect(ServiceComponent.allCases.count == 14)
        #expect(ServiceComponent.allCases.filter { $0.part == .delivery }.count == 6)
        #expect(ServiceComponent.allCases.filter { $0.part == .management }.count == 8)
        #expect(ServiceComponent.allCases.map(\.key).prefix(6) == ["persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan"])
    }

    @Test func aStandardWithAllComponentsIsComplete() {
        let complete = service(Self.all)
        #expect(complete.isComplete)
        #expect(complete.missingComponents.isEmpty)
        #expect(complete.presentComponents.count == 14)
    }

    @Test func missingAndEmptyComponentsAreNamedInTheRegulationsOrder() {
        var components = Self.all
        components[.jaminanKeamanan] = nil
        components[.persyaratan] = .list([])
        let standard = service(components)
        #expect(!standard.isComplete)
        #expect(standard.missingComponents == [.persyaratan, .jaminanKeamanan])
        #expect(standard.presentComponents.count == 12)
    }

    @Test func evaluationLevelFollowsCompletenessAndEnactment() {
        #expect(service([:]).evaluationLevel == 1)
        #expect(service(Self.all).evaluationLevel == 2)
        #expect(service(Self.all, enactment: Decree(number: "Perwali 67/2018")).evaluationLevel == 3)
    }
}

@Suite struct DurationTests {
    @Test(arguments: [
        ("30 menit", Duration.minutes(30)),
        ("2 jam", .minutes(120)),
        ("1,5 jam", .minutes(90)),
        ("1 hari kerja", .workingDays(1)),
        ("maks. 5 hari kerja", .workingDays(5)),
        ("paling lama 5 (lima) hari kerja", .workingDays(5)),
        ("14 Hari", .workingDays(14)),
        ("30 menit di LPSE Kota Banjarmasin (proses di LKPP disesuaikan)", .minutes(30)),
        // Read by hand since issue 5: the leftmost number followed by a unit wins, a decimal
        // part is optional, a parenthesis may stand between number and unit.
        ("tahap 2, lalu 3 JAM", .minutes(180)),
        ("1.2.3 menit", .minutes(2.3)),
        ("2(dua)jam", .minutes(120)),
        ("7 (tujuh) kalender 3 hari", .workingDays(3)),
        ("12menit", .minutes(12)),
    ])
    func readsTheFirstDurationOfAText(text: String, expected: Duration) {
        #expect(Duration.parse(text) == expected)
    }

    @Test func textWithoutADurationReadsAsNothing() {
        #expect(Duration.parse("secepat mungkin") == nil)
        #expect(Duration.parse("") == nil)
    }

    @Test func bandsGroupDurationsOnWorkingTime() {
        #expect(Duration.minutes(30).band == .withinAnHour)
        #expect(Duration.minutes(60).band == .withinAnHour)
        #expect(Duration.minutes(61).band == .withinADay)
        #expect(Duration.workingDays(1).band == .withinADay)
        #expect(Duration.minutes(451).band == .upToFiveDays)
        #expect(Duration.workingDays(5).band == .upToFiveDays)
        #expect(Duration.workingDays(6).band == .upToFourteenDays)
        #expect(Duration.workingDays(14).band == .upToFourteenDays)
        #expect(Duration.workingDays(15).band == .longer)
    }

    @Test func aWorkingDayIsSevenAndAHalfHours() {
        #expect(Duration.workingDays(2).minutesOfWork == 900)
    }
}

@Suite struct CostTests {
    @Test(arguments: [(0, "Rp0"), (500, "Rp500"), (5000, "Rp5.000"), (50000, "Rp50.000"), (1_500_000, "Rp1.500.000"), (-2500, "-Rp2.500")])
    func rupiahIsWrittenWithFullStopsAndNoSpace(amount: Int, text: String) {
        #expect(Rupiah(amount).formatted == text)
    }

    @Test func freeWordsAreRecognised() {
        #expect(Cost.meansFree("Gratis"))
        #expect(Cost.meansFree(" gratis. "))
        #expect(Cost.meansFree("Tidak dipungut biaya"))
        #expect(Cost.meansFree("Rp0,-"))
        #expect(!Cost.meansFree("Rp5.000"))
        #expect(!Cost.meansFree("sesuai Perda"))
    }

    @Test func feesOfZeroAreFree() {
        #expect(Cost.fees([Fee(description: "x", amount: Rupiah(0))], legalBasis: nil).isFree)
        #expect(!Cost.fees([Fee(description: "x", amount: Rupiah(5000))], legalBasis: "Perda").isFree)
        #expect(Cost.free.isFree)
    }
}

@Suite struct CalendarDateTests {
    @Test func readsIsoDatesAndRejectsImpossibleOnes() {
        #expect(CalendarDate(iso: "2018-11-27") == CalendarDate(year: 2018, month: 11, day: 27))
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2018-13-01") == nil)
        #expect(CalendarDate(iso: "27-11-2018") == nil)
        #expect(CalendarDate(year: 2018, month: 11, day: 27)?.iso == "2018-11-27")
    }
}

@Suite struct OfficialTests {
    @Test func aNipHasEighteenDigits() {
        #expect(Official.isWellFormedNIP("196701151993031005"))
        #expect(Official.isWellFormedNIP("19670115 199303 1 005"))
        #expect(!Official.isWellFormedNIP("1967011519930310"))
        #expect(!Official.isWellFormedNIP("19670115199303100X"))
    }
}

/// What a large build keeps of a service once its page is written.
@Suite struct ElidedServiceTests {
    static let whole = ServiceStandard(
        slug: "izin", unit: "dinas", name: "Izin", summary: "Ringkas", description: "Panjang sekali",
        enactment: Decree(number: "Perwali 1/2024"), order: 3,
        components: [
            .persyaratan: .list([.text("KTP"), .group(title: "Berkas", items: ["a", "b"])]),
            .prosedur: .list([]),
            .jangkaWaktu: .duration(CompletionTime(text: "5 hari kerja", duration: .workingDays(5))),
            .biaya: .cost(.free),
            .produk: .list([.text("Surat izin")]),
            .dasarHukum: .text("UU 25/2009"),
        ])

    @Test func everythingOtherPagesReadIsKept() {
        let elided = Self.whole.elidingBodies()
        #expect(elided.presentComponents == Self.whole.presentComponents)
        #expect(elided.missingComponents == Self.whole.missingComponents)
        #expect(elided.evaluationLevel == Self.whole.evaluationLevel)
        #expect(elided.completionTime == Self.whole.completionTime)
        #expect(elided.cost == Self.whole.cost)
        #expect(elided.name == "Izin")
        #expect(elided.summary == "Ringkas")
        #expect(elided.order == 3)
        #expect(elided.enactment == Self.whole.enactment)
    }

    @Test func theBodiesAreLeftOut() {
        let elided = Self.whole.elidingBodies()
        #expect(elided.description == nil)
        #expect(elided.list(.persyaratan).isEmpty)
        #expect(elided.text(.dasarHukum) == nil)
        #expect(elided.components.isEmpty)
        #expect(elided.missingComponents.contains(.prosedur), "an empty component stays missing")
    }

    /// Copies share one storage (a national portal holds each standard in several lists);
    /// changing a copy must still leave every other copy as it was.
    @Test func aChangedCopyLeavesTheOthersAsTheyWere() {
        let original = Self.whole
        var copy = original
        var third = copy
        copy.name = "Izin Baru"
        copy.enactment?.number = "Perwali 2/2025"
        third.components[.prosedur] = .list([.text("Datang")])
        #expect(original.name == "Izin")
        #expect(original.enactment == Self.whole.enactment)
        #expect(original.list(.prosedur).isEmpty)
        #expect(copy.name == "Izin Baru" && copy.enactment?.number == "Perwali 2/2025" && copy.list(.prosedur).isEmpty)
        #expect(third.name == "Izin" && third.list(.prosedur) == [.text("Datang")])
        #expect(copy != original && third != original && copy != third)
        var same = original
        same.name = "Izin"
        #expect(same == original, "equal fields are equal, whatever their storage")
    }

    @Test func elidingLeavesTheWholeStandardAsItWas() {
        let whole = Self.whole
        _ = whole.elidingBodies()
        #expect(whole == Self.whole)
        #expect(whole.description != nil && !whole.components.isEmpty)
    }

    /// Where a text's bytes are (nil for a text short enough to be held inline).
    static func storage(_ text: String?) -> UnsafeRawPointer? {
        text?.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func equalDecreeTextsAreHeldOnce() {
        func made(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        func standard(_ slug: String, number: String) -> ServiceStandard {
            var decree = Decree(number: made(number), about: made("Standar Pelayanan pada Dinas Kependudukan dan Pencatatan Sipil"))
            decree.url = made("https://jdih.contoh.go.id/perwali/2024/1")
            return ServiceStandard(slug: slug, unit: "dinas", name: "Layanan \(slug)", enactment: decree)
        }
        let first = standard("a", number: "Peraturan Wali Kota Contoh Nomor 1 Tahun 2024")
        let second = standard("b", number: "Peraturan Wali Kota Contoh Nomor 1 Tahun 2024")
        let third = standard("c", number: "Peraturan Wali Kota Contoh Nomor 2 Tahun 2024")
        #expect(Self.storage(first.enactment?.about) != Self.storage(second.enactment?.about))
        let shared = second.sharingDecreeTexts(with: first)
        #expect(shared == second, "the values do not change")
        #expect(Self.storage(shared.enactment?.number) == Self.storage(first.enactment?.number))
        #expect(Self.storage(shared.enactment?.about) == Self.storage(first.enactment?.about))
        #expect(Self.storage(shared.enactment?.url) == Self.storage(first.enactment?.url))
        let other = third.sharingDecreeTexts(with: first)
        #expect(other == third)
        #expect(Self.storage(other.enactment?.number) != Self.storage(first.enactment?.number), "another decree keeps its number")
        #expect(Self.storage(other.enactment?.about) == Self.storage(first.enactment?.about))
        #expect(ServiceStandard(slug: "d", unit: "dinas", name: "D").sharingDecreeTexts(with: first).enactment == nil)
    }
}
