import LenteraTesting

/// Portals with one thing wrong, written the way editors get it wrong.
enum BrokenPortals {
    /// `jabatan` indented one space too far under `kepala` (line 7).
    static let badIndentation = TestPortal().with(TestPortal.unitFile, """
        ---
        nama: Dinas Contoh
        jenis: dinas
        instansi: kota-contoh
        kepala:
          nama: Budi Santoso
           jabatan: Kepala Dinas
        ---

        Profil.

        """)

    /// `persyaratn` for `persyaratan` (line 3).
    static let misspeltField = TestPortal().with(TestPortal.serviceFile,
        SampleService.markdown(extra: "persyaratn:\n  - Surat permohonan", removing: ["persyaratan"]))

    /// A sub-unit whose `induk` names no unit (line 4).
    static let unknownParent = TestPortal().with("units/bidang-satu/unit.md", """
        ---
        nama: Bidang Satu
        jenis: bidang
        induk: dinas-kontoh
        ---

        """)

    /// The same service in Markdown and in JSON, in the same unit.
    static let sameServiceTwice = TestPortal()
        .with(TestPortal.servicePath("x"), SampleService.markdown(name: "Layanan X"))
        .with(TestPortal.servicePath("x", extension: "json"), """
            {
              "nama": "Layanan X",
              "ditetapkan": {"nomor": "Peraturan Wali Kota Contoh Nomor 1 Tahun 2020", "tanggal": "2020-01-02"},
              "persyaratan": ["Surat permohonan"], "prosedur": ["Pemohon datang ke loket"],
              "jangka_waktu": "30 menit", "biaya": "Gratis", "produk": ["Surat"], "pengaduan": ["Kotak saran"],
              "dasar_hukum": ["UU 25/2009"], "sarana_prasarana": ["Ruang tunggu"], "kompetensi_pelaksana": ["Terlatih"],
              "pengawasan_internal": ["Atasan langsung"], "jumlah_pelaksana": "2 orang", "jaminan_pelayanan": ["Sesuai standar"],
              "jaminan_keamanan": ["Data terjaga"], "evaluasi_kinerja": ["Setiap tahun"]
            }
            """)

    /// A `slug` that would leave the output folder (line 3).
    static let slugLeavingTheSite = TestPortal().with(TestPortal.serviceFile, SampleService.markdown(extra: "slug: ../../etc"))

    /// Several problems in several files.
    static let severalErrors = TestPortal()
        .with(TestPortal.unitFile, TestPortal.unitMarkdown("Dinas Contoh", jenis: "dinass", instansi: TestPortal.instansi))
        .with(TestPortal.maklumatFile, TestPortal.maklumatMD.replacingOccurrences(of: "tanggal: 2020-01-02", with: "tanggal: 2 Januari 2020"))
        .with(TestPortal.serviceFile, SampleService.markdown(replacing: ["biaya": "biaya: Murah"]))
        .with("units/bidang-satu/unit.md", TestPortal.unitMarkdown("Bidang Satu", jenis: "bidang", instansi: "kota-lain"))
}
