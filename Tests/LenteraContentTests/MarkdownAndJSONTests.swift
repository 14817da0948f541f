import LenteraContent
import LenteraDomain
import LenteraTesting
import Testing

/// docs/content.md: a service may be written in Markdown or in JSON; both mean the same.
@Suite struct MarkdownAndJSONTests {
    static let markdown = """
        ---
        nama: Legalisasi Dokumen
        ringkasan: Legalisasi salinan dokumen kependudukan.
        urutan: 3
        ditetapkan:
          nomor: Keputusan Kepala Dinas Nomor 7 Tahun 2021
          tanggal: 2021-03-04
          tentang: Standar Pelayanan
          url: https://jdih.contoh.go.id/7-2021
        persyaratan:
          - kelompok: Dokumen
            butir: [KTP asli, Kartu Keluarga]
          - Formulir permohonan
        prosedur: [Pemohon datang ke loket, Petugas memeriksa, "Petugas menyerahkan *dokumen*"]
        jangka_waktu:
          teks: Paling lama 2 (dua) hari kerja
          durasi: 2 hari kerja
        biaya:
          tarif:
            - uraian: Legalisasi, per lembar
              jumlah: 5000
          dasar_hukum: Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020
        produk: Dokumen yang dilegalisasi
        pengaduan: [Kotak saran]
        dasar_hukum: [UU 25/2009]
        sarana_prasarana:
          - kelompok: Sarana
            butir: [Ruang tunggu]
          - kelompok: Fasilitas pendukung
            butir: [Toilet, Televisi]
        kompetensi_pelaksana: [Memahami administrasi kependudukan]
        pengawasan_internal: [Atasan langsung]
        jumlah_pelaksana: 4 orang
        jaminan_pelayanan: [Sesuai standar]
        jaminan_keamanan: [Data terjaga]
        evaluasi_kinerja: [Setiap tahun]
        ---

        Legalisasi untuk **keperluan** resmi.

        """

    static let json = """
        {
          "nama": "Legalisasi Dokumen",
          "ringkasan": "Legalisasi salinan dokumen kependudukan.",
          "urutan": 3,
          "ditetapkan": {
            "nomor": "Keputusan Kepala Dinas Nomor 7 Tahun 2021",
            "tanggal": "2021-03-04",
            "tentang": "Standar Pelayanan",
            "url": "https://jdih.contoh.go.id/7-2021"
          },
          "persyaratan": [
            {"kelompok": "Dokumen", "butir": ["KTP asli", "Kartu Keluarga"]},
            "Formulir permohonan"
          ],
          "prosedur": ["Pemohon datang ke loket", "Petugas memeriksa", "Petugas menyerahkan *dokumen*"],
          "jangka_waktu": {"teks": "Paling lama 2 (dua) hari kerja", "durasi": "2 hari kerja"},
          "biaya": {
            "tarif": [{"uraian": "Legalisasi, per lembar", "jumlah": 5000}],
            "dasar_hukum": "Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020"
          },
          "produk": "Dokumen yang dilegalisasi",
          "pengaduan": ["Kotak saran"],
          "dasar_hukum": ["UU 25/2009"],
          "sarana_prasarana": [
            {"kelompok": "Sarana", "butir": ["Ruang tunggu"]},
            {"kelompok": "Fasilitas pendukung", "butir": ["Toilet", "Televisi"]}
          ],
          "kompetensi_pelaksana": ["Memahami administrasi kependudukan"],
          "pengawasan_internal": ["Atasan langsung"],
          "jumlah_pelaksana": "4 orang",
          "jaminan_pelayanan": ["Sesuai standar"],
          "jaminan_keamanan": ["Data terjaga"],
          "evaluasi_kinerja": ["Setiap tahun"],
          "keterangan": "Legalisasi untuk **keperluan** resmi."
        }
        """

    func loadService(_ file: String, _ text: String) throws -> ServiceStandard {
        let loaded = try load(TestPortal().without(TestPortal.serviceFile).with(file, text))
        #expect(loaded.diagnostics == [])
        return try #require(loaded.content?.services.first)
    }

    @Test func theSameServiceInMarkdownAndInJSONLoadsToEqualValues() throws {
        let fromMarkdown = try loadService(TestPortal.servicePath("legalisasi"), Self.markdown)
        let fromJSON = try loadService(TestPortal.servicePath("legalisasi", extension: "json"), Self.json)
        #expect(fromMarkdown == fromJSON)
        // Equal, and not equal by being empty.
        #expect(fromMarkdown.isComplete)
        #expect(fromMarkdown.slug == "legalisasi")
        #expect(fromMarkdown.order == 3)
        #expect(fromMarkdown.description == "Legalisasi untuk **keperluan** resmi.")
        #expect(fromMarkdown.cost == .fees([Fee(description: "Legalisasi, per lembar", amount: Rupiah(5000))],
                                          legalBasis: "Peraturan Daerah Kota Contoh Nomor 1 Tahun 2020"))
    }
}
