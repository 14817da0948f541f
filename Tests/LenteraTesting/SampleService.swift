/// A service standard with all 14 components and a decree, as a Markdown file, with
/// ways to change one thing at a time.
///
/// Layout, so that tests can name lines: line 1 `---`, line 2 `nama:`, then the `extra`
/// lines, then `ditetapkan` and the components in the regulation's order.
public enum SampleService {
    /// Each component as the YAML a content file holds, in the regulation's order.
    public static let components: [(key: String, yaml: String)] = [
        ("persyaratan", "persyaratan:\n  - Surat permohonan\n  - Fotokopi KTP"),
        ("prosedur", "prosedur:\n  - Pemohon mengisi formulir\n  - Petugas memeriksa berkas\n  - Petugas menyerahkan surat"),
        ("jangka_waktu", "jangka_waktu: 30 menit"),
        ("biaya", "biaya: Gratis"),
        ("produk", "produk:\n  - Surat keterangan"),
        ("pengaduan", "pengaduan:\n  - Kotak saran di loket layanan"),
        ("dasar_hukum", "dasar_hukum:\n  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"),
        ("sarana_prasarana", "sarana_prasarana:\n  - Ruang tunggu"),
        ("kompetensi_pelaksana", "kompetensi_pelaksana:\n  - Memahami prosedur pelayanan"),
        ("pengawasan_internal", "pengawasan_internal:\n  - Atasan langsung"),
        ("jumlah_pelaksana", "jumlah_pelaksana: 2 orang"),
        ("jaminan_pelayanan", "jaminan_pelayanan:\n  - Pelayanan sesuai standar"),
        ("jaminan_keamanan", "jaminan_keamanan:\n  - Kerahasiaan data pemohon terjaga"),
        ("evaluasi_kinerja", "evaluasi_kinerja:\n  - Evaluasi setiap tahun"),
    ]

    public static let decree = """
        ditetapkan:
          nomor: Peraturan Wali Kota Contoh Nomor 1 Tahun 2020
          tanggal: 2020-01-02
        """

    /// - Parameters:
    ///   - extra: front-matter lines placed right after `nama:` (from line 3 on).
    ///   - replacing: component key → the YAML written instead of the sample's (may
    ///     use another key, or several lines).
    ///   - removing: component keys left out.
    ///   - enacted: whether `ditetapkan` is written.
    public static func markdown(
        name: String = "Layanan Contoh", extra: String? = nil, replacing: [String: String] = [:],
        removing: Set<String> = [], enacted: Bool = true, body: String = "Keterangan layanan contoh."
    ) -> String {
        var lines = ["---", "nama: \(name)"]
        if let extra { lines.append(extra) }
        if enacted { lines.append(decree) }
        for (key, yaml) in components where !removing.contains(key) {
            lines.append(replacing[key] ?? yaml)
        }
        lines += ["---", "", body, ""]
        return lines.joined(separator: "\n")
    }
}
