// The obligations of a unit building a Zona Integritas.
extension Obligations {
    /// SE MenPANRB 04/2023, E.2.g (seed 000 l. 97): the IPKP/IPAK submitted is the average
    /// of "minimal 3 (tiga) bulan terakhir sebelum diusulkan ke TPN". Applies to a unit with
    /// a proposal of the year judged; met when the surveys cover the window before
    /// the day the unit is judged for and the window is not stale. Whether the average reaches
    /// the minimums is a result, not an obligation: the detail says it. Only a unit named in a
    /// proposal of the year judged is concerned (Lentera's reading: the circular ties the
    /// window to the proposal).
    public static let ziWindow = Obligation(
        id: "jendela-ipkp-ipak", title: "IPKP/IPAK 3 bulan sebelum usulan",
        statement: "Unit yang membangun Zona Integritas memiliki hasil SPKP dan SPAK untuk 3 bulan terakhir sebelum diusulkan ke TPN.",
        source: ZIWindowReading.table.current.source,
        reading: "Berlaku bagi unit yang tercantum dalam usulan ke TPN pada tahun tanggal penilaian portal; unit yang tidak diusulkan tidak wajib memiliki hasil untuk jendela ini. Dinilai untuk tanggal usulan terakhir unit pada tahun itu, bila tanggalnya dicatat; bila tidak, untuk tanggal penilaian portal. Jendela dan batas usangnya tafsiran Lentera."
    ) { dossier in
        let results = dossier.surveys.filter { $0.kind == .zi && $0.service == nil }
        let year = dossier.referenceDate.year
        let proposed = dossier.zonaIntegritas?.proposals.contains { $0.year == year && $0.units.contains(dossier.unit.slug) } ?? false
        guard proposed else {
            return ObligationFinding(.notApplicable, "Unit ini tidak tercantum dalam usulan Zona Integritas tahun \(year).")
        }
        let judged = ZIJudgedDay.of(unit: dossier.unit.slug, instansi: dossier.instansi,
                                    records: dossier.zonaIntegritas.map { [$0] } ?? [], referenceDate: dossier.referenceDate)
        let instrument = dossier.zonaIntegritas?.instrument ?? .standard
        let scores = results.compactMap { result in
            ZIScore(result: result, conversion: dossier.ziConversion, instrument: instrument).map { (period: result.period, score: $0) }
        }
        let day = IndonesianText.date(judged.day)
        let dayText = judged.proposal == nil ? "tanggal penilaian portal \(day)" : "tanggal usulan \(day)"
        let fix = ObligationFix(file: "\(dossier.folder)/survei/",
                                what: "Tambahkan hasil SPKP/SPAK yang mencakup 3 bulan terakhir sebelum \(day) (lentera survey import), beserta analisisnya.")
        guard let average = ZIThreeMonthAverage(scores, judgedFor: judged.day) else {
            return ObligationFinding(.notMet, "Belum ada hasil SPKP/SPAK yang berakhir sebelum \(dayText).", fixes: [fix])
        }
        let window = "\(IndonesianText.period(average.window.first))–\(IndonesianText.period(average.window.last))"
        switch average.problem {
        case .stale(let last, let limit)?:
            return ObligationFinding(.notMet, "Survei terakhir (\(IndonesianText.period(last))) berakhir \(IndonesianText.date(last.endDate)), lebih dari \(limit) bulan sebelum \(dayText).", fixes: [fix])
        case .incomplete(let covered, let months)?:
            return ObligationFinding(.notMet, "Hasil survei hanya mencakup \(covered) dari \(months) bulan jendela \(window) sebelum \(dayText).", fixes: [fix])
        case nil:
            let verdicts = ZIPredicate.allCases.map { predicate in
                let verdict = switch average.meets(predicate) {
                case true?: "terpenuhi"
                case false?: "belum terpenuhi"
                case nil: "belum diketahui"
                }
                return "batas \(predicate.title) \(verdict)" + (average.dependsOnConversion(predicate) ? " (bergantung pada aturan konversi)" : "")
            }
            return ObligationFinding(.met, "Jendela \(window) sebelum \(dayText) tercakup; untuk rata-ratanya, \(verdicts.joined(separator: ", ")) (batas menurut \(average.minimums.source.caption)).")
        }
    }

    /// SE MenPANRB 04/2023, E.3.d (seed 000 l. 121): a Menuju WBK the instansi designated
    /// itself is reported to KemenPANRB at the latest 30 days after the designation.
    public static let designationReport = Obligation(
        id: "laporan-penetapan", title: "Penetapan mandiri dilaporkan ke KemenPANRB",
        statement: "Hasil penetapan Menuju WBK oleh instansi sendiri dilaporkan kepada Menteri PANRB paling lambat \(DesignationReportDeadline.table.current.value) hari setelah penetapan.",
        source: DesignationReportDeadline.table.current.source,
        reading: "Hari dihitung sebagai hari kalender, hari penetapan tidak dihitung (surat edaran tidak menyebut hari kerja). Berlaku bagi unit dengan predikat dari evaluasi mandiri."
    ) { dossier in
        let checks = (dossier.zonaIntegritas?.designationReports(unit: dossier.unit.slug, on: dossier.referenceDate) ?? [])
            .filter { $0.status != .notRequired }
        guard !checks.isEmpty else {
            return ObligationFinding(.notApplicable, "Unit ini tidak memiliki predikat hasil evaluasi mandiri instansi.")
        }
        let file = "zona-integritas/\(dossier.instansi ?? "<instansi>").yaml"
        func name(_ check: DesignationReportCheck) -> String {
            "\(check.designation.predicate.title) \(check.designation.year) (SK \(check.designation.decree.number))"
        }
        let overdue = checks.filter { $0.status == .late || $0.status == .notReported }
        guard overdue.isEmpty else {
            let lines = overdue.map { check in
                check.status == .late
                    ? "\(name(check)) dilaporkan \(check.designation.report.map { IndonesianText.date($0.date) } ?? ""), sesudah batas \(check.lastDay.map(IndonesianText.date) ?? "")"
                    : "\(name(check)) belum dilaporkan; batasnya \(check.lastDay.map(IndonesianText.date) ?? "")"
            }
            let fixes = overdue.filter { $0.status == .notReported }.map { check in
                ObligationFix(file: file, field: "laporan_kemenpanrb",
                              what: "Laporkan \(name(check)) kepada KemenPANRB dan catat tanggal (dan nomor) suratnya di predikat itu.")
            }
            return ObligationFinding(.notMet, lines.joined(separator: "; ") + ".", fixes: fixes)
        }
        let pending = checks.filter { $0.status == .notYetDue }
        if !pending.isEmpty {
            return ObligationFinding(.met, pending.map { "\(name($0)) belum dilaporkan; batasnya \($0.lastDay.map(IndonesianText.date) ?? "") belum lewat" }.joined(separator: "; ") + ".")
        }
        return ObligationFinding(.met, "Semua \(checks.count) penetapan mandiri dilaporkan tepat waktu.")
    }
}
