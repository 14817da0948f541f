import Foundation
import LenteraDomain
import LenteraSite
import LenteraTesting
import Testing

/// The example portal's pages link each threshold and reading to its own Metodologi entry
/// (not only `#ikm-mutu`), every such link lands on an entry that exists, and the wording of
/// the review of issue 13 (D5, D6, D7, D10, D11) stays fixed.
@Suite struct MethodologyLinksTests {
    static let site: BuiltSite? = try? withTemporaryFolder { folder in
        let output = folder.appendingPathComponent("public")
        let report = SiteBuilder.build(BuildOptions(content: Repository.root.appendingPathComponent("content").path,
                                                    templates: Repository.templates.path, output: output.path, date: testDay))
        return BuiltSite(report: report, files: FolderSnapshot.files(in: output))
    }

    /// `metodologi/#id` links of every page, by id.
    static func methodologyAnchors(_ site: BuiltSite) -> [String: [String]] {
        var anchors: [String: [String]] = [:]
        for (path, data) in site.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for part in html.components(separatedBy: "metodologi/#").dropFirst() {
                let id = String(part.prefix { $0 != "\"" })
                anchors[id, default: []].append(path)
            }
        }
        return anchors
    }

    @Test func everyThresholdLinksToItsOwnEntryAndEveryLinkLands() throws {
        let site = try #require(Self.site)
        #expect(site.report.succeeded)
        let methodology = try site.main("metodologi/index.html")
        let anchors = Self.methodologyAnchors(site)
        for (id, pages) in anchors {
            #expect(methodology.contains("<h3 id=\"\(id)\" lang=\"id\">"), "#\(id), linked from \(pages.sorted().prefix(2)), is no entry of the Metodologi page")
        }
        let needed = ["ikm-mutu", "ikm-rumus", "ikm-frekuensi", "zi-konversi", "zi-jendela", "zi-batas-minimal", "zi-evaluasi-mandiri",
                      "zi-pembagi-keberhasilan", "zi-pencabutan-kumulatif", "sop-jumlah-waktu", "kinerja-nilai"]
            + Obligations.all.map { "kewajiban-\($0.id)" }
        for id in needed {
            #expect(anchors[id] != nil, "no page links to #\(id)")
        }
    }

    @Test func theZIDashboardSaysWhichFiguresAreLenterasReading() throws {
        let site = try #require(Self.site)
        let zi = try site.main("zona-integritas/index.html")
        #expect(zi.contains("Tingkat keberhasilan (min. \(SelfEvaluationThresholds.table.current.value.minimumSuccessRatePercent)%; tafsiran Lentera: ditetapkan ÷ diusulkan)"))
        #expect(zi.contains("Berpredikat dari TPN, akhir tahun (tanpa yang dicabut)"))
        #expect(zi.contains("Tingkat keberhasilan usulan per tahun, Pemerintah Kota Banjarmasin (tafsiran Lentera: ditetapkan ÷ diusulkan)"))
        // Each chart's region is named with its instansi: two instansi, two distinct regions
        // (axe's landmark-unique failed on the dashboard with one name for both).
        let regions = zi.components(separatedBy: "role=\"region\" aria-label=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(regions).count == regions.count, "\(regions)")
        #expect(zi.contains("tafsiran Lentera: predikat yang dicabut tidak dihitung"))
        #expect(zi.contains("Predikat Menuju WBK hasil evaluasi mandiri ditetapkan oleh pimpinan instansi, dan hasilnya disampaikan kepada Kementerian PANRB"))
        #expect(!zi.contains("dan 0 pernyataan tambahan"))
        let datapackage = try site.page("data/datapackage.json")
        #expect(datapackage.contains("pembaginya tafsiran Lentera"))
        #expect(datapackage.contains("predikat yang dicabut tidak dihitung sejak pencabutannya"))
    }

    @Test func theUnitPageStatesTheMinimumsOnceWithTheirSourceAndTheVerdictOnlyInItsColumn() throws {
        let site = try #require(Self.site)
        let unit = try site.main("unit/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/index.html")
        let minimums = ZIMinimums.table.inForce(on: testDay)
        let wbk = minimums.value.threshold(.wbk)
        let decimal = { (value: Double) in String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",") }
        #expect(unit.contains("Rata-rata 3 bulan: IPKP ≥ \(decimal(wbk.ipkp)) dan IPAK ≥ \(decimal(wbk.ipak)) — sumber: \(minimums.source.caption)"))
        #expect(!unit.contains("\(minimums.source.caption)): "))
        #expect(!unit.contains("(\(minimums.source.caption): minimal"))
        #expect(unit.contains("Tanggal penilaian: "))
        #expect(!unit.contains("Dinilai untuk"))
        // The IKM formula names its source and the weights the portal uses.
        let count = SKMElements.standard.count
        #expect(unit.contains("IKM dihitung menurut \(IKMRules.source.caption): nilai rata-rata (NRR) tiap unsur × bobot yang sama untuk setiap unsur (tepat 1/\(count) untuk \(count) unsur)"))
    }

    @Test func dashboardsCiteTheirSourcesWithTheirStanding() throws {
        let site = try #require(Self.site)
        let surveys = try site.main("survei/index.html")
        let frequency = SurveyFrequency.table.inForce(on: testDay)
        #expect(surveys.contains("sekurang-kurangnya sekali dalam \(frequency.value) bulan — sumber: \(frequency.source.caption)."))
        let dashboard = try site.main("dasbor/index.html")
        #expect(dashboard.contains(Obligations.components.source.caption))
    }

    @Test func theMethodologyPageReadsWell() throws {
        let site = try #require(Self.site)
        let page = try site.main("metodologi/index.html")
        #expect(page.contains(">Zona Integritas: evaluasi mandiri dan penetapan</a>"))
        #expect(page.contains(">Zona Integritas: IPKP dan IPAK</a>"))
        #expect(!page.contains(">Zona Integritas</a>"))
        #expect(page.contains("Umur SKM terakhir paling lama"))
        #expect(page.contains("Tanggal penilaian tiap unit"))
        #expect(page.occurrences(of: try #require(SurveyAnalysisRule.skm.note)) == 1)
        for syntax in ["konversi_zi", "usulan[].tanggal", "<code>jumlah_unit</code>"] {
            #expect(!page.contains(syntax), "\(syntax)")
        }
    }
}
