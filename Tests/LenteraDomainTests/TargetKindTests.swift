import Testing
@testable import LenteraDomain

/// The kinds of target Kepmendagri 100-1077/2017 writes, and Lentera's reading of their
/// completion (docs/rules.md, "Kinds of target"), at their boundaries.
@Suite struct TargetKindTests {
    static let scale = PerformanceScore.table.current.value
    static let top = Double(scale.highestCompletion)

    func completion(_ kind: TargetKind, target: Double, realisation: Double) -> Double {
        kind.completion(target: target, realisation: realisation)
    }

    @Test func atMostWithATargetOfZeroIsMetOnlyAtZero() {
        // "Tidak ada pelanggaran terhadap Permendagri No. 76 Tahun 2015": target 0.
        #expect(completion(.atMost, target: 0, realisation: 0) == 100)
        #expect(completion(.atMost, target: 0, realisation: 1) == 0)
        #expect(completion(.atMost, target: 0, realisation: 0.001) == 0)
        #expect(PerformanceAssessment(completion: completion(.atMost, target: 0, realisation: 1), scale: Self.scale).isOutsideScale)
        #expect(PerformanceAssessment(completion: completion(.atMost, target: 0, realisation: 0), scale: Self.scale).score
                == PerformanceAssessment(completion: Self.top, scale: Self.scale).score)
    }

    @Test func atMostIsMetAtOrUnderTheTargetAndSharesOverIt() {
        #expect(completion(.atMost, target: 5, realisation: 5) == 100)
        // Under the target is met, not more than met: no 250%.
        #expect(completion(.atMost, target: 5, realisation: 2) == 100)
        #expect(!PerformanceAssessment(completion: completion(.atMost, target: 5, realisation: 2), scale: Self.scale).isCapped)
        // Over it: target ÷ realisation.
        #expect(abs(completion(.atMost, target: 5, realisation: 6) - 500.0 / 6) < 1e-9)
        #expect(completion(.atMost, target: 5, realisation: 10) == 50)
    }

    @Test func aReportIsDeliveredOrNot() {
        #expect(completion(.delivered, target: 1, realisation: 1) == 100)
        #expect(completion(.delivered, target: 1, realisation: 0) == 0)
        #expect(PerformanceAssessment(completion: completion(.delivered, target: 1, realisation: 0), scale: Self.scale).isOutsideScale)
    }

    @Test func aCountIsCountOverTarget() {
        #expect(completion(.count, target: 2, realisation: 2) == 100)
        #expect(completion(.count, target: 2, realisation: 3) == 150)
        #expect(PerformanceAssessment(completion: completion(.count, target: 2, realisation: 3), scale: Self.scale).isCapped)
        #expect(completion(.count, target: 2, realisation: 1) == 50)
        #expect(completion(.count, target: 4, realisation: 0) == 0)
    }

    @Test func anIndicatorReadsItsKind() {
        let violations = PerformanceIndicator(code: "IK-2", indicator: "Pelaksanaan Permendagri 76/2015", kind: .atMost, target: 0,
                                              unitOfMeasure: "pelanggaran", realisation: 0)
        #expect(violations.completion == 100)
        let innovations = PerformanceIndicator(code: "IK-8", indicator: "Inovasi", kind: .count, target: 2, unitOfMeasure: "inovasi",
                                               realisation: 1, items: ["Layanan keliling"])
        #expect(innovations.completion == 50)
    }

    @Test func eachKindHasItsRuleOnTheMetodologiPage() {
        let rules = Methodology.performance
        for kind in TargetKind.allCases {
            let rule = rules.first { $0.id == Methodology.performanceRuleID(kind) }
            #expect(rule != nil, "no Metodologi entry for \(kind)")
            // The decree gives no formula: each completion rule is Lentera's reading.
            #expect(rule?.source.standing == .reading)
        }
        let table = rules.first { $0.id == "kinerja-nilai" }
        #expect(table?.source == PerformanceScore.table.current.source)
        #expect(table?.appliesFrom == PerformanceScore.table.current.from)
        #expect(table?.figures?.rows.count == Self.scale.bands.count)
        #expect(table?.figures?.rows.first?.last == Self.scale.bands.first?.category.rawValue)
        #expect(Set(rules.map(\.id)).count == rules.count)
    }
}
