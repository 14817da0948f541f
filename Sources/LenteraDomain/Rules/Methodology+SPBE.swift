extension Methodology {
    /// The years of an SPBE plan and what a page may credit to the architecture decree.
    public static var spbe: [RuleDescription] {
        let years = PlannedYears.allowed
        return [
            RuleDescription(
                id: "spbe-tahun", section: "SPBE", title: "Tahun rencana dan peta jalan",
                statement: "Tahun sebuah rencana perbaikan adalah satu tahun, rentang tahun, atau \"tiap tahun\", antara \(years.lowerBound) dan \(years.upperBound). Baris peta jalan dengan rentang tahun dihitung untuk setiap tahunnya; halaman menampilkan peta jalan per tahun, dikelompokkan per bidang.",
                source: RuleSource("Keputusan arsitektur SPBE unit (Perpres 95/2018); contoh: Keputusan Kepala Dinas Perpustakaan dan Kearsipan DKI Jakarta Nomor e-0049 Tahun 2022, Lampiran", standing: .reading,
                                   note: "Rentang tahun yang diterima adalah batas Lentera untuk menangkap salah ketik.")),
            RuleDescription(
                id: "spbe-rekonstruksi", section: "SPBE", title: "Bagian SPBE yang direkonstruksi",
                statement: "Kaitan aplikasi dengan layanan dan baris peta jalan yang disusun ulang oleh penyusun konten (isian rekonstruksi) ditandai \"direkonstruksi\" beserta catatannya, dan tidak ditampilkan atas nama keputusan.",
                source: RuleSource("Keputusan Kepala Dinas Perpustakaan dan Kearsipan DKI Jakarta Nomor e-0049 Tahun 2022, Lampiran",
                                   note: "Teks lampiran yang tersedia tidak memuat halaman 5–12, tabel peta jalan bidang Proses hanya berisi nomor, dan tabel aplikasi tidak mengaitkan aplikasi dengan layanan mana pun.")),
        ]
    }
}
