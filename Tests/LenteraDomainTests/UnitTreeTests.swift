import Testing
@testable import LenteraDomain

@Suite struct UnitTreeTests {
    let agencies = [Instansi(slug: "kota", name: "Pemerintah Kota"), Instansi(slug: "prov", name: "Pemerintah Provinsi")]

    func unit(_ slug: String, parent: String? = nil, instansi: String? = nil, order: Int? = nil) -> WorkUnit {
        WorkUnit(slug: slug, name: slug.uppercased(), kind: .dinas, parent: parent, instansi: instansi, order: order)
    }

    @Test func subUnitsInheritTheirInstansiToAnyDepth() {
        let (tree, problems) = UnitTree.build(units: [
            unit("setda", instansi: "kota"), unit("bagian", parent: "setda"), unit("subbag", parent: "bagian"),
            unit("dinas", instansi: "prov"),
        ], instansi: agencies)
        #expect(problems.isEmpty)
        #expect(tree.instansiOf["subbag"] == "kota")
        #expect(tree.roots["kota"] == ["setda"])
        #expect(tree.roots["prov"] == ["dinas"])
        #expect(tree.ancestors(of: "subbag").map(\.slug) == ["setda", "bagian"])
        #expect(tree.subtree(of: "setda") == ["setda", "bagian", "subbag"])
    }

    @Test func siblingsFollowTheGivenOrderThenTheName() {
        let (tree, _) = UnitTree.build(units: [
            unit("root", instansi: "kota"), unit("b", parent: "root"), unit("a", parent: "root"), unit("z", parent: "root", order: 1),
        ], instansi: agencies)
        #expect(tree.children["root"] == ["z", "a", "b"])
    }

    @Test func reportsUnknownParentsAndAgencies() {
        let (tree, problems) = UnitTree.build(units: [
            unit("a", parent: "nowhere"), unit("b", instansi: "unknown"), unit("c"),
        ], instansi: agencies)
        #expect(problems.contains(.unknownParent(unit: "a", parent: "nowhere")))
        #expect(problems.contains(.unknownInstansi(unit: "b", instansi: "unknown")))
        #expect(problems.contains(.missingParentAndInstansi(unit: "c")))
        #expect(tree.unitsBySlug.isEmpty)
    }

    @Test func reportsEachUnitOfACycleOnce() {
        let (_, problems) = UnitTree.build(units: [
            unit("a", parent: "b"), unit("b", parent: "a"), unit("below", parent: "a"),
        ], instansi: agencies)
        #expect(problems.count == 2)
        #expect(problems.contains(.cycle(unit: "a", path: ["a", "b", "a"])))
        #expect(problems.contains(.cycle(unit: "b", path: ["b", "a", "b"])))
    }

    @Test func aSubUnitCannotNameAnotherInstansiThanItsParent() {
        let (_, problems) = UnitTree.build(units: [unit("root", instansi: "kota"), unit("sub", parent: "root", instansi: "prov")], instansi: agencies)
        #expect(problems == [.instansiDiffersFromParent(unit: "sub", instansi: "prov", parentInstansi: "kota")])
    }

    @Test func standardsSummaryCountsCompletenessCostAndTime() {
        let full = ServiceStandardTests.all
        var partial = full
        partial[.evaluasiKinerja] = nil
        partial[.biaya] = .cost(.fees([Fee(description: "Legalisasi", amount: Rupiah(5000))], legalBasis: "Perda"))
        partial[.jangkaWaktu] = .duration(CompletionTime(text: "5 hari kerja", duration: .workingDays(5)))
        var unreadable = full
        unreadable[.jangkaWaktu] = .duration(CompletionTime(text: "segera", duration: nil))
        let summary = StandardsSummary(units: ["a", "b", "empty"], services: [
            ServiceStandard(slug: "1", unit: "a", name: "1", components: full),
            ServiceStandard(slug: "2", unit: "a", name: "2", components: partial),
            ServiceStandard(slug: "3", unit: "b", name: "3", components: unreadable),
            ServiceStandard(slug: "x", unit: "elsewhere", name: "x", components: full),
        ])
        #expect(summary.totalServices == 3)
        #expect(summary.completeServices == 2)
        #expect(summary.freeServices == 2)
        #expect(summary.freeShare == 2.0 / 3.0)
        #expect(summary.durationBands == [.withinAnHour: 1, .upToFiveDays: 1])
        #expect(summary.unknownDuration == 1)
        #expect(summary.units.map(\.services) == [2, 1, 0])
        #expect(summary.units[0].componentsStated == 27)
        #expect(summary.units[0].completeness == 27.0 / 28.0)
        #expect(summary.units[2].completeness == nil)
    }
}
