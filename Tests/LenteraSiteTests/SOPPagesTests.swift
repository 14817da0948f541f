import Foundation
import LenteraDomain
import LenteraRender
import LenteraTesting
import Testing

/// SOPs in the built site: the SOP page and its table, the list on the unit page, and
/// the open data.
@Suite struct SOPPagesTests {
    static let folder = "units/\(TestPortal.unit)/sop"

    static let pk = """
        judul: SOP Penyusunan Perjanjian Kinerja
        nomor: "800/012/SOP/Kec"
        urutan: 1
        hari: kerja
        penetapan:
          nomor: Keputusan Camat Contoh Nomor 1 Tahun 2023
          tanggal: 2023-01-02
          oleh: Camat Contoh
        pelaksana: [Camat, Sekretaris, Staf]
        langkah:
          - kegiatan: Memerintahkan untuk menyusun Penetapan Kinerja
            pelaksana: Camat
            kelengkapan: Struktur organisasi
            waktu: 10 menit
            output: Draft Anggota Tim
          - kegiatan: Rapat Tim
            pelaksana: Sekretaris
            waktu: 1 jam
            output: Notulensi rapat
            keterangan: SOP Penyusunan RKA
            sop: penyusunan-rka
          - kegiatan: Mengetik hasil rapat
            pelaksana: Staf
            waktu: 1 hari
          - kegiatan: Memeriksa konsep
            pelaksana: Sekretaris
            waktu: 2 hari kerja
          - kegiatan: Menandatangani
            pelaksana: Camat
            waktu: 55 menit
          - kegiatan: Mengarsipkan
            pelaksana: Staf
            waktu: sesuai jadwal

        """

    static let rka = """
        judul: SOP Penyusunan RKA
        urutan: 2
        penetapan: { nomor: Keputusan Camat Contoh Nomor 2 Tahun 2023, tanggal: 2023-01-03, oleh: Camat Contoh }
        pelaksana: [Camat]
        langkah:
          - { kegiatan: Memberi tanda tangan, pelaksana: Camat, waktu: 30 menit, sop: penyusunan-pk }

        """

    static let portal = TestPortal()
        .with("\(folder)/penyusunan-pk.yaml", pk)
        .with("\(folder)/penyusunan-rka.json", #"{"judul": "SOP Penyusunan RKA", "urutan": 2, "penetapan": {"nomor": "Keputusan Camat Contoh Nomor 2 Tahun 2023", "tanggal": "2023-01-03", "oleh": "Camat Contoh"}, "pelaksana": ["Camat"], "langkah": [{"kegiatan": "Memberi tanda tangan", "pelaksana": "Camat", "waktu": "30 menit", "sop": "penyusunan-pk"}]}"#)

    static let page = "unit/\(TestPortal.unit)/sop/penyusunan-pk/index.html"

    @Test func theSOPPageHasTheTableWithTheActorNamedInItsCell() throws {
        let site = try build(Self.portal)
        let main = try site.main(Self.page)
        #expect(main.contains("<h1>SOP Penyusunan Perjanjian Kinerja</h1>"))
        #expect(main.contains("<a href=\"../../../../unit/dinas-contoh/\">Dinas Contoh</a>"))
        #expect(main.contains("<div><dt>Ditetapkan dengan</dt><dd>Keputusan Camat Contoh Nomor 1 Tahun 2023</dd></div>"))
        #expect(main.contains("<div><dt>Tanggal penetapan</dt><dd>2 Januari 2023</dd></div>"))
        #expect(main.contains("<div><dt>Ditetapkan oleh</dt><dd>Camat Contoh</dd></div>"))
        #expect(main.contains("<caption>Langkah-langkah SOP Penyusunan Perjanjian Kinerja: pelaksana dan mutu baku (kelengkapan, waktu, output) setiap kegiatan</caption>"))
        #expect(main.contains("<th scope=\"colgroup\" colspan=\"3\">Pelaksana</th>"))
        #expect(main.contains("<tr><th scope=\"col\" class=\"sop-actor-head\">Camat</th><th scope=\"col\" class=\"sop-actor-head\">Sekretaris</th><th scope=\"col\" class=\"sop-actor-head\">Staf</th><th scope=\"col\">Kelengkapan</th>"))
        // Step 2 is done by the Sekretaris: the second actor cell names them, the others are empty.
        let empty = "<td class=\"sop-actor\" data-label=\"Pelaksana\"></td>"
        let acting = "<td class=\"sop-actor sop-acting\" data-label=\"Pelaksana\"><span class=\"sop-mark\" aria-hidden=\"true\">●</span> Sekretaris</td>"
        #expect(main.contains("<tr><td class=\"num\" data-label=\"Langkah\">2</td><th scope=\"row\" data-label=\"Kegiatan\">Rapat Tim</th>" + empty + acting + empty
                              + "<td data-label=\"Kelengkapan\"></td><td data-label=\"Waktu\">1 jam</td><td data-label=\"Output\">Notulensi rapat</td>"))
        #expect(main.contains("<td data-label=\"Waktu\">sesuai jadwal <span class=\"note\">(tidak terbaca)</span></td>"))
    }

    @Test func theTotalCarriesMinutesIntoHoursAndKeepsDaysApart() throws {
        let main = try build(Self.portal).main(Self.page)
        // 10 menit + 1 jam + 1 hari + 2 hari kerja + 55 menit; (3 × 450 + 125) ÷ 450 = 3,28 working days.
        #expect(main.contains("<p class=\"sop-total\"><strong>Jumlah waktu:</strong> 3 hari kerja 2 jam 5 menit; setara 3,28 hari kerja (7,5 jam sehari).</p>"))
        #expect(main.contains("<p class=\"note\">Waktu langkah 6 tidak dapat dibaca sebagai lama waktu, sehingga tidak termasuk dalam jumlah ini.</p>"))
        // The file says its plain `hari` are working days (`hari: kerja`), and the page says so.
        #expect(main.contains("<p class=\"note\">Menurut SOP ini, &quot;hari&quot; berarti hari kerja.</p>"))
    }

    @Test func calendarDaysAreTheirOwnSumWithoutAnEquivalent() throws {
        let text = Self.pk.replacingOccurrences(of: "hari: kerja", with: "hari: kalender")
        let main = try build(Self.portal.with("\(Self.folder)/penyusunan-pk.yaml", text)).main(Self.page)
        #expect(main.contains("<p class=\"sop-total\"><strong>Jumlah waktu:</strong> 2 hari kerja + 1 hari kalender + 2 jam 5 menit.</p>"))
        #expect(main.contains("<p class=\"note\">Hari kalender dijumlahkan tersendiri dan tidak disetarakan dengan hari kerja.</p>"))
        #expect(!main.contains("; setara "))
    }

    @Test func aRemarkThatNamesAnotherSOPLinksIt() throws {
        let site = try build(Self.portal)
        let main = try site.main(Self.page)
        #expect(main.contains("<td data-label=\"Keterangan\"><a href=\"../../../../unit/dinas-contoh/sop/penyusunan-rka/\">SOP Penyusunan RKA</a></td>"))
        #expect(main.contains("<p><a href=\"../../../../unit/dinas-contoh/\">Kembali ke Dinas Contoh</a></p>"))
        // Without a remark, the link is named by the other SOP's title.
        let rka = try site.main("unit/\(TestPortal.unit)/sop/penyusunan-rka/index.html")
        #expect(rka.contains("<td data-label=\"Keterangan\"><a href=\"../../../../unit/dinas-contoh/sop/penyusunan-pk/\">SOP Penyusunan Perjanjian Kinerja</a></td>"))
    }

    @Test func theUnitPageListsItsSOPsWithStepsAndTotal() throws {
        let unit = try build(Self.portal).main(Pages.unit)
        let list = try #require(unit.offset(of: "<h2 id=\"sop\">Standar operasional prosedur (SOP)</h2>"))
        let services = try #require(unit.offset(of: "<h2 id=\"layanan\">Layanan</h2>"))
        #expect(services < list)
        #expect(unit.contains("<li><a class=\"card-title\" href=\"../../unit/dinas-contoh/sop/penyusunan-pk/\">SOP Penyusunan Perjanjian Kinerja</a><p class=\"meta\">6 langkah · jumlah waktu 3 hari kerja 2 jam 5 menit</p></li>"))
        #expect(unit.contains("<li><a class=\"card-title\" href=\"../../unit/dinas-contoh/sop/penyusunan-rka/\">SOP Penyusunan RKA</a><p class=\"meta\">1 langkah · jumlah waktu 30 menit</p></li>"))
        let pk = try #require(unit.offset(of: "SOP Penyusunan Perjanjian Kinerja</a>"))
        let rka = try #require(unit.offset(of: "SOP Penyusunan RKA</a>"))
        #expect(pk < rka)
    }

    @Test func aUnitWithoutSOPsHasNoSOPSection() throws {
        let unit = try build(TestPortal()).main(Pages.unit)
        #expect(!unit.contains("id=\"sop\""))
    }

    @Test func theOpenDataHasOneRowPerSOP() throws {
        let site = try build(Self.portal)
        let csv = try site.page("data/sop-durasi.csv")
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "instansi,unit,nama_unit,sop,judul,langkah,langkah_tanpa_waktu,hari_kerja,hari_kalender,hari,menit,menit_kerja,jumlah_waktu,setara_hari_kerja,langkah_bersamaan,arti_hari,kolom_mutu_baku,direkonstruksi,catatan_rekonstruksi,nomor_penetapan,tanggal_penetapan")
        #expect(lines[1] == "kota-contoh,dinas-contoh,Dinas Contoh,penyusunan-pk,SOP Penyusunan Perjanjian Kinerja,6,1,3.00,0.00,0.00,125.0,1475.0,3 hari kerja 2 jam 5 menit,3.2778,,kerja,Kelengkapan; Waktu; Output,,,Keputusan Camat Contoh Nomor 1 Tahun 2023,2023-01-02")
        #expect(lines[2] == "kota-contoh,dinas-contoh,Dinas Contoh,penyusunan-rka,SOP Penyusunan RKA,1,0,0.00,0.00,0.00,30.0,30.0,30 menit,0.0667,,,Kelengkapan; Waktu; Output,,,Keputusan Camat Contoh Nomor 2 Tahun 2023,2023-01-03")
        let json = try site.page("data/sop-durasi.json")
        #expect(json.contains("\"sop\": \"penyusunan-pk\""))
        #expect(json.contains("\"menit_kerja\": 1475.0"))
        let package = try site.page("data/datapackage.json")
        #expect(package.contains("\"path\": \"sop-durasi.csv\""))
        #expect(site.files["sitemap.xml"].map { String(decoding: $0, as: UTF8.self) }?.contains("unit/dinas-contoh/sop/penyusunan-pk/") == true)
    }

    @Test func totalsAreWrittenInTheirOwnUnits() {
        func sum(_ times: [String], days: SOPDayKind) -> SOPTotalDuration {
            SOPTotalDuration(times.enumerated().map { (number: $0.offset + 1, time: SOPTime(CompletionTime(text: $0.element, duration: Duration.parse($0.element)), plainDays: days)) })
        }
        func total(_ times: [String], days: SOPDayKind = .working) -> String { Formatting.sopTotal(sum(times, days: days)) }
        #expect(total(["10 menit", "1 jam", "1 hari", "2 hari kerja", "55 menit"]) == "3 hari kerja 2 jam 5 menit")
        #expect(total(["30 menit", "30 menit"]) == "1 jam")
        #expect(total(["8 jam", "16 jam"]) == "24 jam")
        #expect(total(["0,5 hari", "1,5 jam", "2,5 menit"]) == "0,5 hari kerja 1 jam 32,5 menit")
        // Plain `hari` the SOP does not explain is its own sum; kinds of days are joined by `+`.
        #expect(total(["14 hari", "3 hari", "60 menit"], days: .unstated) == "17 hari 1 jam")
        #expect(total(["1 hari", "2 hari kerja", "55 menit", "10 menit"], days: .unstated) == "2 hari kerja + 1 hari + 1 jam 5 menit")
        #expect(total(["1 hari", "2 hari kerja"], days: .calendar) == "2 hari kerja + 1 hari kalender")
        #expect(Formatting.sopWorkingDays(sum(["1 hari", "30 menit"], days: .unstated)) == nil)
        #expect(Formatting.sopWorkingDays(sum(["1 hari", "225 menit"], days: .working)) == "1,5 hari kerja")
        // A zero time is refused where it is read (`sop.time-out-of-range`); the formatter still says it.
        #expect(Duration.parse("0 menit") == nil)
        #expect(Formatting.sopTotal(SOPTotalDuration([(number: 1, time: .minutes(0))])) == "0 menit")
        #expect(total(["segera"]) == "tidak dapat dihitung")
    }

    /// The SPP/IKM SOP of seed 002 as the example writes it: steps 4 and 5 one window, plain
    /// `hari`, the actors reconstructed, the third column headed "Input".
    static let spp = """
        judul: SOP Pelaporan SPP dan IKM
        penetapan: { nomor: Keputusan Camat Contoh Nomor 3 Tahun 2023, tanggal: 2023-01-04, oleh: Camat Contoh }
        kolom_mutu_baku: { output: Input }
        rekonstruksi:
          - bagian: pelaksana
            catatan: Pelaksana direkonstruksi oleh penyusun contoh; dokumen sumber tidak memuat tanda pelaksana.
          - bagian: penetapan
            catatan: Data contoh; sumber tidak memuat keputusan penetapannya.
        pelaksana: [Camat, Staf, Masyarakat]
        langkah:
          - { kegiatan: Menerima surat, pelaksana: Staf, waktu: 5 menit, output: surat yang sudah diagenda }
          - { kegiatan: Memeriksa, pelaksana: Camat, waktu: 10 menit }
          - { kegiatan: Memerintahkan penggandaan blangko, pelaksana: Camat, waktu: 10 menit }
          - { kegiatan: Memberikan blangko IKM kepada masyarakat, pelaksana: Staf, waktu: 14 hari }
          - { kegiatan: Pengisian blangko IKM, pelaksana: Masyarakat, waktu: 14 hari, bersamaan_dengan: 4 }
          - { kegiatan: Mengumpulkan blangko, pelaksana: Staf, waktu: 60 menit }
          - { kegiatan: Pengerjaan SPP dan IKM, pelaksana: Staf, waktu: 3 hari }
          - { kegiatan: Mengoreksi, pelaksana: Camat, waktu: 60 menit }
          - { kegiatan: Penandatanganan, pelaksana: Camat, waktu: 10 menit }

        """

    @Test func parallelStepsCountOnceAndPlainHariStaysHari() throws {
        let site = try build(TestPortal().with("\(Self.folder)/pelaporan-spp.yaml", Self.spp))
        let main = try site.main("unit/\(TestPortal.unit)/sop/pelaporan-spp/index.html")
        // 14 + 3 hari (the window once), 155 minutes; not 31 hari kerja, and no working-day equivalent.
        #expect(main.contains("<p class=\"sop-total\"><strong>Jumlah waktu:</strong> 17 hari 2 jam 35 menit.</p>"))
        #expect(!main.contains("31 hari"))
        #expect(main.contains("<p class=\"note\">Langkah 4 dan 5 berjalan bersamaan: dihitung sekali, dengan waktu terpanjang (langkah 4, 14 hari).</p>"))
        #expect(main.contains("<td data-label=\"Waktu\">14 hari <span class=\"note\">(bersamaan dengan langkah 5)</span></td>"))
        #expect(main.contains("<td data-label=\"Waktu\">14 hari <span class=\"note\">(bersamaan dengan langkah 4)</span></td>"))
        #expect(main.contains("SOP ini menulis &quot;hari&quot; tanpa menyatakan hari kerja atau hari kalender"))
        // The rule is the Metodologi page's, with its source: Lentera's reading.
        let rule = try #require(Methodology.sop.first { $0.id == "sop-jumlah-waktu" })
        #expect(rule.source.standing == .reading)
        #expect(main.contains("<p class=\"note\"><span lang=\"id\">\(rule.statement)</span> Sumber: <span lang=\"id\">\(rule.source.caption)</span>. <a href=\"../../../../metodologi/#sop-jumlah-waktu\">Metodologi</a>. Data:"))
        #expect(main.contains("(tafsiran Lentera)"))
        let csv = try site.page("data/sop-durasi.csv").components(separatedBy: "\r\n")
        #expect(csv[1].contains(",9,0,0.00,0.00,17.00,155.0,,17 hari 2 jam 35 menit,,4+5,,Kelengkapan; Waktu; Input,pelaksana; penetapan,"))
    }

    @Test func reconstructedPartsAndSourceColumnHeadingsAreShownWhereTheyApply() throws {
        let site = try build(TestPortal().with("\(Self.folder)/pelaporan-spp.yaml", Self.spp))
        let main = try site.main("unit/\(TestPortal.unit)/sop/pelaporan-spp/index.html")
        #expect(main.contains("<p class=\"note reconstructed\"><strong>Pelaksana direkonstruksi:</strong> Pelaksana direkonstruksi oleh penyusun contoh; dokumen sumber tidak memuat tanda pelaksana.</p>"))
        #expect(main.contains("<th scope=\"colgroup\" colspan=\"3\">Pelaksana (direkonstruksi)</th>"))
        #expect(main.contains("<td class=\"sop-actor sop-acting\" data-label=\"Pelaksana (direkonstruksi)\">"))
        #expect(main.contains("<div><dt>Penetapan direkonstruksi</dt><dd>Data contoh; sumber tidak memuat keputusan penetapannya.</dd></div>"))
        // The third mutu-baku column is headed as the source heads it.
        #expect(main.contains("<th scope=\"col\">Kelengkapan</th><th scope=\"col\">Waktu</th><th scope=\"col\">Input</th></tr>"))
        #expect(main.contains("<td data-label=\"Input\">surat yang sudah diagenda</td>"))
        #expect(!main.contains(">Output</th>"))
        #expect(main.contains("mutu baku (kelengkapan, waktu, input) setiap kegiatan</caption>"))
        let unit = try site.main(Pages.unit)
        #expect(unit.contains("9 langkah · jumlah waktu 17 hari 2 jam 35 menit · pelaksana, penetapan direkonstruksi</p>"))
        // An SOP without marks shows none.
        let plain = try build(Self.portal).main(Self.page)
        #expect(!plain.contains("direkonstruksi"))
        #expect(plain.contains("<th scope=\"colgroup\" colspan=\"3\">Pelaksana</th>"))
    }
}
