import Foundation
import LenteraContent
import LenteraDomain
import LenteraTesting
import Testing

/// The example portal's SOPs kept to seed 002: every one says its actors are reconstructed,
/// the SPP/IKM SOP counts its 14-day window once and heads its third column "Input", and the
/// Renja and Renstra SOPs head their first "Persyaratan / Kelengkapan".
@Suite struct ExampleSOPSourceTests {
    static let sops: [StandardOperatingProcedure] = {
        let loaded = ContentLoader(root: Repository.root.appendingPathComponent("content"), displayRoot: "content").load()
        return loaded.content?.sops.filter { $0.unit == "kecamatan-contoh" } ?? []
    }()

    @Test func everyExampleSOPMarksItsActorsAsReconstructed() {
        #expect(Self.sops.count == 12)
        for sop in Self.sops {
            #expect(sop.reconstruction(of: .pelaksana) == "Pelaksana direkonstruksi oleh penyusun contoh; dokumen sumber tidak memuat tanda pelaksana.", "\(sop.slug)")
            #expect(sop.reconstruction(of: .penetapan) != nil, "\(sop.slug)")
        }
    }

    @Test func theSPPAndIKMSOPIsNoLongerThirtyOneWorkingDays() throws {
        let sop = try #require(Self.sops.first { $0.slug == "pelaporan-spp-dan-ikm" })
        #expect(sop.parallelGroups == [[4, 5]])
        let total = sop.totalDuration
        #expect(total.workingDays == 0)
        #expect(total.unstatedDays == 17)
        #expect(total.hours == 2)
        #expect(total.remainingMinutes == 35)
        #expect(sop.columns == SOPColumnLabels(output: "Input"))
    }

    @Test func theColumnHeadingsFollowTheSource() {
        let renamed = Self.sops.filter { $0.columns != SOPColumnLabels() }.map(\.slug).sorted()
        #expect(renamed == ["pelaporan-spp-dan-ikm", "penyusunan-renja", "penyusunan-renstra"])
        for sop in Self.sops where sop.slug.hasPrefix("penyusunan-ren") {
            #expect(sop.columns.requirements == "Persyaratan / Kelengkapan")
        }
        // Seed 002 writes plain "hari" and never says which days: no example SOP claims to know.
        #expect(Self.sops.allSatisfy { $0.plainDays == .unstated })
    }
}
