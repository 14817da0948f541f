/// A unit's performance indicators for one half year (`kinerja/<period>.yaml`).
enum PerformanceText {
    static let periods = ["2025-S2", "2026-S1"]

    private static let indicators: [(goal: String, indicator: String, target: Double, unit: String)] = [
        ("Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat", 82, "indeks"),
        ("Meningkatnya kualitas pelayanan publik", "Persentase layanan yang diselesaikan tepat waktu", 95, "%"),
        ("Meningkatnya kualitas pelayanan publik", "Persentase pengaduan yang ditindaklanjuti", 100, "%"),
        ("Meningkatnya akuntabilitas kinerja", "Tingkat realisasi penyerapan anggaran", 94, "%"),
        ("Meningkatnya akuntabilitas kinerja", "Jumlah inovasi pelayanan", 2, "inovasi"),
        ("Meningkatnya tata kelola digital", "Persentase layanan yang dapat diajukan secara daring", 60, "%"),
        ("Meningkatnya tata kelola digital", "Jumlah dokumen yang ditandatangani secara elektronik", 1200, "dokumen"),
    ]

    static func yaml(period: String, random: inout SplitMix64) -> String {
        var yaml = YAMLText(capacity: 1536)
        yaml.line("# Realisasi rekaan: data sintetis untuk uji kinerja.")
        yaml.field("periode", period)
        yaml.raw("data_contoh", "true")
        yaml.open("indikator")
        for (number, entry) in random.sample(indicators, random.int(3...6)).enumerated() {
            yaml.field("- kode", "IK-\(number + 1)", indent: 2)
            yaml.field("sasaran", entry.goal, indent: 4)
            yaml.field("indikator", entry.indicator, indent: 4)
            yaml.raw("target", entry.target == entry.target.rounded() ? "\(Int(entry.target))" : "\(entry.target)", indent: 4)
            yaml.raw("satuan", YAMLText.quoted(entry.unit), indent: 4)
            if random.chance(0.85) {
                let achieved = entry.target * (0.45 + 0.7 * random.unit())
                yaml.raw("realisasi", "\(Double(Int(achieved * 10)) / 10)", indent: 4)
            }
        }
        return yaml.text
    }
}
