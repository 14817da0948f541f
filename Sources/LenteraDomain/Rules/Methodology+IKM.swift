extension Methodology {
    /// The rules of this area as the Metodologi page lists them, built from the tables the
    /// computations read.
    public static var ikm: [RuleDescription] {
        let mutu = IKMRules.mutuBands.current, sample = IKMRules.sampleSize.current
        let fromYear = "Berlaku sejak tahun peraturan (2017); tanggal 1 Januari 2017 adalah tafsiran Lentera, karena tanggal penetapannya tidak dibaca."
        return [
            RuleDescription(
                id: "ikm-rumus", section: "Survei Kepuasan Masyarakat (IKM)", title: "Menghitung IKM",
                statement: "Nilai rata-rata (NRR) tiap unsur = jumlah jawaban ÷ banyaknya jawaban unsur itu. IKM (skala 1–4) = Σ NRR × bobot; bobot tiap unsur sama, tepat 1/n (1/9 untuk sembilan unsur), kecuali portal menetapkan bobotnya sendiri yang berjumlah 1. IKM unit (skala 25–100) = IKM × 25.",
                source: IKMRules.source,
                reading: "Bobot dihitung tepat 1/9, bukan 0,111 seperti tabel yang dibulatkan: dengan 0,111 sembilan jawaban 4 memberi 99,9, bukan 100."),
            RuleDescription(
                id: "ikm-mutu", section: "Survei Kepuasan Masyarakat (IKM)", title: "Mutu pelayanan dan kinerja unit",
                statement: "Nilai IKM unit (25–100) menentukan mutu pelayanan A–D dan kinerja unit. Setiap periode survei digolongkan menurut tabel yang berlaku pada hari terakhir periodenya.",
                source: mutu.source,
                reading: "Nilai dibulatkan ke 2 desimal (setengah ke atas) sebelum digolongkan, karena tabel ditulis dengan 2 desimal: 88,305 bermutu A, 88,304 bermutu B. " + fromYear,
                figures: RuleDescription.Figures(
                    header: ["Nilai IKM unit", "Mutu", "Kinerja unit"],
                    rows: mutu.value.bands.map { ["\(decimalText($0.lowest, digits: 2)) – \(decimalText($0.highest, digits: 2))", $0.mutu.rawValue, $0.performance] }),
                appliesFrom: mutu.from),
            RuleDescription(
                id: "ikm-sampel", section: "Survei Kepuasan Masyarakat (IKM)", title: "Besar sampel (Krejcie dan Morgan)",
                statement: "Responden yang dibutuhkan S = χ² · N · P(1 − P) ÷ (d²(N − 1) + χ² · P(1 − P)), dibulatkan ke responden utuh terdekat; N adalah jumlah pengguna layanan dalam periode survei. Ditampilkan hanya bila unit mengisi N.",
                source: sample.source,
                reading: fromYear,
                figures: RuleDescription.Figures(
                    header: ["Konstanta", "Nilai"],
                    rows: [["χ²", decimalText(sample.value.chiSquare, digits: 3)],
                           ["P", decimalText(sample.value.proportion, digits: 1)],
                           ["d", decimalText(sample.value.margin, digits: 2)]]),
                appliesFrom: sample.from),
            RuleDescription(
                id: "ikm-frekuensi", section: "Survei Kepuasan Masyarakat (IKM)", title: "Survei paling sedikit sekali setahun",
                statement: "Dasbor survei menyebut setiap unit yang memiliki layanan tetapi periode SKM terakhirnya berakhir lebih dari setahun sebelum tanggal penilaian situs, atau belum memiliki SKM.",
                source: IKMRules.source),
        ]
    }
}

/// A number with a decimal comma and `digits` decimals ("88,31"), as the rule tables and
/// docs/rules.md write it.
private func decimalText(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
    let whole = scaled / Int(scale), fraction = scaled % Int(scale)
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return sign + String(whole) }
    let fractionText = String(fraction)
    return sign + String(whole) + "," + String(repeating: "0", count: digits - fractionText.count) + fractionText
}
