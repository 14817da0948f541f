import Foundation
import LenteraDiagnostics
@testable import LenteraSite
import LenteraTesting
import Testing

/// The A–Z services index (`layanan/`, docs/search.md): services filed under the first
/// letter of their keyword, not of a generic word in front of it; letters without a
/// service are not links; `nama_singkat` files a service under its short name.
@Suite struct ServicesIndexTests {
    static func service(_ name: String, extra: String? = nil) -> String { SampleService.markdown(name: name, extra: extra) }

    static let portal = TestPortal()
        .with(TestPortal.servicePath("kk"), service("Penerbitan Kartu Keluarga"))
        .with(TestPortal.servicePath("ktp"), service("Penerbitan Kartu Tanda Penduduk Elektronik", extra: "nama_singkat: KTP-el"))
        .with(TestPortal.servicePath("legalisasi"), service("Pelayanan Legalisasi Dokumen"))
        .with(TestPortal.servicePath("pendaftaran"), service("Pendaftaran Penduduk"))
        .with(TestPortal.servicePath("izin"), service("Layanan Permohonan Izin Usaha"))

    /// The letters of the index's groups, in order, each with the text of its entries' links.
    static func groups(_ html: String) -> [String] {
        html.matches(of: /<h3 id="huruf-[a-z]+">([^<]+)<\/h3>/).map { String($0.1) }
    }

    @Test func servicesAreFiledUnderTheirKeywordNotAGenericWordInFront() throws {
        let index = try build(Self.portal).main("layanan/index.html")
        // On the former index, every one of these was under L or P.
        #expect(Self.groups(index) == ["C", "I", "K", "L", "P"])
        // The whole name is shown, its generic words set apart; within K by keyword:
        // "Kartu Keluarga" before "KTP-el".
        let k = try #require(index.firstRange(of: "<h3 id=\"huruf-k\">K</h3>").map { String(index[$0.upperBound...]) })
        let kk = try #require(k.range(of: "<span class=\"generic\">Penerbitan</span> Kartu Keluarga</a>"))
        let ktp = try #require(k.range(of: "<span class=\"generic\">Penerbitan</span> Kartu Tanda Penduduk Elektronik</a> (KTP-el)"))
        #expect(kk.lowerBound < ktp.lowerBound)
        // Two generic words in front: the keyword is what follows both.
        #expect(index.contains("<span class=\"generic\">Layanan Permohonan</span> Izin Usaha</a>"))
        // "Pendaftaran" is not a generic word: the service keeps its P.
        let p = try #require(index.firstRange(of: "<h3 id=\"huruf-p\">P</h3>").map { String(index[$0.upperBound...]) })
        #expect(p.contains(">Pendaftaran Penduduk</a>"))
    }

    @Test func lettersWithoutAServiceAreNotLinks() throws {
        let index = try build(Self.portal).main("layanan/index.html")
        #expect(index.contains("<li><a href=\"#huruf-k\">K</a></li>"))
        #expect(index.contains("<li><span class=\"letter-empty\" title=\"tidak ada layanan\">A</span></li>"))
        #expect(!index.contains("href=\"#huruf-a\""))
        // Every letter A–Z is in the jump list, each once.
        let jump = index.matches(of: /<li>(?:<a href="#huruf-[a-z]+">|<span class="letter-empty"[^>]*>)([A-Z#])</).map { String($0.1) }
        #expect(jump == (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) })
    }

    @Test func aBadShortNameIsAnErrorAtItsPosition() throws {
        func errors(_ value: String) throws -> [Diagnostic] {
            try withTemporaryFolder { folder in
                try TestPortal().with(TestPortal.serviceFile, Self.service("Penerbitan Kartu Keluarga", extra: "nama_singkat: \(value)"))
                    .write(to: folder.appendingPathComponent("content"))
                return SiteBuilder.build(options(in: folder)).diagnostics.filter { $0.severity == .error }
            }
        }
        // Line 3: below `---` and `nama:`; the value starts at column 15.
        let bracket = try errors("\"(KK)\"")
        #expect(bracket.map(\.code) == ["service.invalid-short-name"])
        #expect(bracket.first?.location?.line == 3 && bracket.first?.location?.column == 15)
        #expect(bracket.first?.summary.text(in: .id).contains("bukan `(KK)`") == true)
        #expect(bracket.first?.advice?.text(in: .id).contains("nama_singkat: KTP-el") == true)
        #expect(try errors(String(repeating: "K", count: 41)).map(\.code) == ["service.invalid-short-name"])
        #expect(try errors("KK").isEmpty)
    }
}
