import Foundation

extension Methodology {
    /// The document the example SOPs come from: seed 002, the SOP tables of a kecamatan
    /// office that does not name itself. It gives each step's time; it gives no totals.
    static let sopDocument = "Dokumen SOP sebuah kantor kecamatan, kolom mutu baku Waktu"

    /// The total of an SOP, the steps run at the same time, plain `hari`, the working-day
    /// equivalent, reconstructed parts and column headings: what `SOPTotalDuration`,
    /// `SOPParallelSteps`, `SOPTime` and the SOP page apply.
    public static var sop: [RuleDescription] {
        let day = Duration.minutesPerWorkingDay
        let hoursPerDay = indonesianNumber(day / 60)
        return [
            RuleDescription(
                id: "sop-jumlah-waktu", section: "SOP", title: "Jumlah waktu SOP",
                statement: "Jumlah waktu SOP adalah jumlah waktu langkah-langkahnya, disusun Lentera: dokumen SOP hanya memuat waktu setiap langkah, tanpa jumlah. Menit dijumlahkan menjadi jam (60 menit = 1 jam); hari dijumlahkan tersendiri, dan jam tidak pernah diubah menjadi hari. Langkah yang waktunya tidak dapat dibaca tidak dijumlahkan, dan halaman SOP menyebutkannya.",
                source: RuleSource(sopDocument, standing: .reading, note: "Sumber tidak memuat jumlah waktu; jumlah adalah susunan Lentera.")),
            RuleDescription(
                id: "sop-langkah-bersamaan", section: "SOP", title: "Langkah yang berjalan bersamaan",
                statement: "Langkah yang ditandai berjalan bersamaan dengan langkah lain (isian bersamaan_dengan) membentuk satu kelompok; langkah yang bersambung (5 dengan 4, 6 dengan 5) menjadi satu kelompok. Setiap kelompok dihitung sekali dalam jumlah waktu, dengan waktu langkahnya yang terpanjang; untuk memilih yang terpanjang saja, satu hari dianggap \(hoursPerDay) jam.",
                source: RuleSource(sopDocument, standing: .reading, note: "Pada SOP Pelaporan SPP dan IKM, langkah 4 (membagikan blangko, 14 hari) dan langkah 5 (masyarakat mengisi blangko, 14 hari) adalah satu rentang waktu yang sama dilihat dari dua pihak; sumber tidak menyatakannya, pembacaan ini milik Lentera.")),
            RuleDescription(
                id: "sop-hari", section: "SOP", title: "\"hari\" dan \"hari kerja\"",
                statement: "\"hari kerja\" dan \"hari kalender\" dibaca sebagaimana tertulis. \"hari\" saja tidak diubah menjadi hari kerja kecuali SOP menyatakannya (isian hari: kerja atau kalender); tanpa pernyataan itu, \"hari\" dijumlahkan tersendiri sebagai \"hari\". Jenis hari yang berbeda tidak pernah dijumlahkan menjadi satu angka.",
                source: RuleSource(sopDocument, standing: .reading, note: "Dokumen SOP menulis \"hari\" tanpa menyatakan hari kerja atau hari kalender.")),
            RuleDescription(
                id: "sop-setara-hari-kerja", section: "SOP", title: "Setara hari kerja",
                statement: "Di samping jumlah waktu, seluruh waktu juga ditulis dalam hari kerja \(hoursPerDay) jam (\(Int(day)) menit), hanya bila semua harinya hari kerja.",
                source: RuleSource("Perpres 21/2023 tentang hari kerja dan jam kerja ASN (37,5 jam seminggu)", standing: .reading,
                                   note: "Peraturan itu tidak termasuk dokumen sumber; \(hoursPerDay) jam sehari adalah pembagian Lentera atas lima hari kerja.")),
            RuleDescription(
                id: "sop-rekonstruksi", section: "SOP", title: "Bagian SOP yang direkonstruksi",
                statement: "Bagian SOP yang tidak disalin dari dokumen sumber (isian rekonstruksi: pelaksana, penetapan, atau satu kolom langkah) ditandai \"direkonstruksi\" pada kolomnya, dengan catatan penyusunnya di atas tabel. Kolom mutu baku memakai judul yang ditulis sumber (isian kolom_mutu_baku), misalnya \"Input\" pada SOP Pelaporan SPP dan IKM.",
                source: RuleSource("Dokumen SOP sebuah kantor kecamatan", note: "Teks dokumen itu tidak memuat tanda pelaksana: setiap kolom pelaksana kosong.")),
        ]
    }
}

extension Methodology {
    /// `7,5`, `60`: a number as an Indonesian sentence writes it.
    static func indonesianNumber(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}
