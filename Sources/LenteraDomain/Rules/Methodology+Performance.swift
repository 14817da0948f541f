extension Methodology {
    /// The rules of this area as the Metodologi page lists them, built from the tables the
    /// computations read.
    public static var performance: [RuleDescription] {
        let version = PerformanceScore.table.current
        let scale = version.value
        let decree = "Kepmendagri 100-1077/2017"
        let silent = "Keputusan tidak memberi rumus penyelesaian target; rumus ini cara Lentera membacanya."
        let assessors = AssessingOfficials.table.current
        return [
            RuleDescription(
                id: "kinerja-nilai", section: section, title: "Nilai penyelesaian target kinerja",
                statement: "Penyelesaian target setiap indikator dinyatakan dengan nilai dan kategori menurut tabel keputusan.",
                source: version.source,
                reading: "Penyelesaian dibulatkan ke persen bulat (setengah ke atas) lalu dicocokkan dengan tabel. Di atas \(scale.highestCompletion)% ditampilkan apa adanya dan dinilai sebagai \(scale.highestCompletion)%. Di bawah \(scale.lowestCompletion)% tabel tidak memberi nilai: indikator ditulis di luar skala, tanpa nilai dan kategori, tidak pernah \"\(PerformanceCategory.kurang.rawValue)\".",
                figures: .init(header: ["Penyelesaian target", "Nilai", "Kategori"],
                               rows: scale.bands.map { ["\($0.completion.lowerBound)% – \($0.completion.upperBound)%", "\($0.score)", $0.category.rawValue] }),
                appliesFrom: version.from),
            rule(.atLeast, title: "Target makin tinggi makin baik",
                 statement: "Penyelesaian target = realisasi ÷ target × 100 (target lebih dari nol). Target berupa rentang (94–98%) dinilai dengan batas bawahnya.",
                 reading: silent),
            rule(.atMost, title: "Target paling banyak (makin rendah makin baik)",
                 statement: "Untuk target seperti \"Tidak ada pelanggaran terhadap Permendagri No. 76 Tahun 2015\" (Lampiran II.C.1.a) atau \"Tidak ada pungutan\": realisasi paling banyak sama dengan target berarti penyelesaian 100%; di atasnya, penyelesaian = target ÷ realisasi × 100. Dengan target 0: realisasi 0 berarti 100%, realisasi 1 atau lebih berarti 0% (di luar skala).",
                 reading: "Keputusan menulis target nol tanpa rumus, dan pembagian dengan nol tidak bermakna: Lentera menilai target nol sebagai terpenuhi (100%) atau tidak (0%)."),
            rule(.delivered, title: "Target berupa laporan (disampaikan atau tidak)",
                 statement: "Untuk target seperti \"Laporan hasil pelayanan Dukcapil per keluaran/output\" (Lampiran II.C.1.b): laporan disampaikan berarti penyelesaian 100%, belum disampaikan berarti 0% (di luar skala).",
                 reading: silent),
            rule(.count, title: "Target berupa jumlah",
                 statement: "Untuk target seperti \"Jenis dan jumlah inovasi\" (Lampiran II.C.1.b): penyelesaian = jumlah yang dicapai ÷ jumlah target × 100, dalam bilangan bulat. Yang dihitung (jenisnya) dapat didaftar; bila didaftar, jumlahnya harus sama dengan realisasi.",
                 reading: "Keputusan tidak menetapkan jumlah; target jumlah diambil dari perjanjian kinerja unit. " + silent),
            RuleDescription(
                id: "kinerja-ringkasan", section: section, title: "Ringkasan per periode",
                statement: "Jumlah indikator per kategori, di luar skala dan belum dilaporkan; lalu rata-rata penyelesaian yang telah dinilai (persen bulat, dibatasi \(scale.highestCompletion)%) dinilai dengan tabel yang sama.",
                source: RuleSource(decree + ", Lampiran II.D.2", standing: .reading, note: "Keputusan menilai setiap indikator dan tidak menjumlahkannya."),
                reading: "Ringkasan ini cara Lentera, bukan bagian keputusan."),
            RuleDescription(
                id: "kinerja-periode", section: section, title: "Periode penilaian",
                statement: "Kinerja unit dinilai dua kali setahun, pada 30 Juni dan 31 Desember: periode adalah semester (2026-S1, 2026-S2) atau tahun. Suatu periode dinilai dengan tabel yang berlaku pada hari terakhirnya.",
                source: RuleSource(decree + ", Lampiran II.D.3")),
            RuleDescription(
                id: "kinerja-penilai", section: section, title: "Pejabat penilai dan pejabat yang dinilai",
                statement: "Menteri Dalam Negeri menilai, dengan delegasi kepada Direktur Jenderal Kependudukan dan Pencatatan Sipil dan kepada Kepala Daerah. Portal mencantumkan jabatan penilai dan yang dinilai, bukan nama orang.",
                source: assessors.source,
                figures: .init(header: ["Pejabat yang dinilai", "Pejabat penilai"], rows: assessors.value.map { [$0.assessed, $0.assessor] }),
                appliesFrom: assessors.from),
        ]
    }

    static let performanceSection = "Kinerja"

    /// The Metodologi entry of a target kind's completion rule: `kinerja-paling-banyak`.
    public static func performanceRuleID(_ kind: TargetKind) -> String {
        "kinerja-" + String(kind.rawValue.map { $0 == "_" ? "-" : $0 })
    }

    private static var section: String { performanceSection }

    private static func rule(_ kind: TargetKind, title: String, statement: String, reading: String) -> RuleDescription {
        RuleDescription(id: performanceRuleID(kind), section: section, title: title, statement: statement,
                        source: RuleSource("Kepmendagri 100-1077/2017, Lampiran II.C.1 dan II.D.2", standing: .reading,
                                           note: "Keputusan menulis targetnya; cara menghitung penyelesaiannya tidak."),
                        reading: reading)
    }
}
