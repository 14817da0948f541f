import Foundation

extension Methodology {
    /// The rules of this area as the Metodologi page lists them, built from the tables the
    /// computations read: the 1–6 → scale-4 conversion, the dated 3-month window and its
    /// staleness limit, the day a unit is judged for, and the minimums.
    public static var ziIndices: [RuleDescription] {
        let section = "Zona Integritas: IPKP dan IPAK"
        let window = ZIWindowReading.table.current
        let minimums = ZIMinimums.table.current
        func decimal(_ value: Double, _ digits: Int) -> String {
            String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
        }
        return [
            RuleDescription(
                id: "zi-konversi", section: section, title: "Konversi jawaban 1–6 bintang ke skala 4",
                statement: "IPKP (8 pernyataan SPKP) dan IPAK (5 pernyataan SPAK) dinyatakan pada skala 4; setiap angka diterbitkan bersama aturan konversinya.",
                source: RuleSource("SE MenPANRB 04/2023, E.2.f", standing: .reading,
                                   note: "Surat edaran meminta IPKP dan IPAK \"dengan skala 4 (empat)\" tanpa rumus konversi; tidak ada sumber yang menyebutkannya."),
                reading: "Pengelola portal memilih salah satu aturan; bila tidak memilih, aturan proporsional yang dipakai. Bila pemenuhan batas minimal berbeda menurut kedua aturan, halaman menyebutkannya dan menampilkan indeks serta hasil menurut keduanya; bila tidak, halaman menyebutkan aturan yang dipakai.",
                figures: .init(header: ["Aturan", "Rumus"], rows: ZIConversion.allCases.map { [$0.rawValue, $0.formula] })),
            RuleDescription(
                id: "zi-jendela", section: section, title: "Rata-rata 3 bulan sebelum diusulkan",
                statement: "Hasil SPAK dan SPKP diambil dari rata-rata IPAK dan IPKP minimal \(window.value.months) bulan terakhir sebelum unit diusulkan ke TPN.",
                source: window.source,
                reading: "Hanya periode survei yang berakhir sebelum tanggal penilaian yang dihitung; jendelanya \(window.value.months) bulan kalender yang berakhir pada bulan terakhir periode terbaru, berbobot jumlah responden. Pemenuhan batas minimal belum diketahui bila jendela tidak tercakup penuh, bila tidak ada survei sebelum tanggal itu, atau bila jendela berakhir lebih dari \(window.value.staleAfterMonths) bulan sebelum tanggal itu. Batas keusangan ini tafsiran Lentera.",
                figures: .init(header: ["Tafsiran", "Nilai"], rows: [["Panjang jendela", "\(window.value.months) bulan kalender"],
                                                                     ["Usang bila berakhir lebih dari", "\(window.value.staleAfterMonths) bulan sebelum tanggal penilaian"]]),
                appliesFrom: window.from),
            RuleDescription(
                id: "zi-tanggal-penilaian", section: section, title: "Tanggal penilaian tiap unit",
                statement: "Jendela dinilai untuk tanggal usulan unit ke TPN bila data Zona Integritas instansi mencatat tanggal usulan itu, selain itu untuk tanggal pembuatan situs.",
                source: RuleSource("SE MenPANRB 04/2023, E.2.g", standing: .reading,
                                   note: "Surat edaran menilai satu usulan; portal yang dibuat pada hari lain harus memilih tanggalnya."),
                reading: "Unit yang diusulkan beberapa kali dinilai untuk usulan bertanggal terakhirnya pada tahun tanggal pembuatan situs (paling lambat tanggal itu); tanpa usulan demikian, untuk tanggal pembuatan situs. Halaman menyebutkan tanggal dan asalnya."),
            RuleDescription(
                id: "zi-batas-minimal", section: section, title: "Batas minimal untuk diusulkan",
                statement: "Rata-rata IPKP dan IPAK 3 bulan harus mencapai batas minimal predikat yang diusulkan; nilai total LKE juga (tidak dimuat portal, sehingga tidak dinilai). SE MenPANRB 04/2023 tidak menyebutkan batas minimal.",
                source: minimums.source,
                reading: ZIMinimums.fromDateReading + " Dibandingkan dengan angka yang dibulatkan 2 desimal, seperti yang diterbitkan.",
                figures: .init(header: ["Predikat", "IPKP minimal", "IPAK minimal", "Nilai total LKE minimal"],
                               rows: minimums.value.thresholds.map { [$0.predicate.title, decimal($0.ipkp, 2), decimal($0.ipak, 2), decimal($0.lke, 0)] }),
                appliesFrom: minimums.from),
        ]
    }
}
