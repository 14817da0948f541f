// The obligations of a unit's surveys.
extension Obligations {
    /// A Survei Kepuasan Masyarakat at least once a year (PermenPANRB 14/2017, secondary),
    /// its latest result with an analysis and follow-up plan (Lentera's reading of SE
    /// MenPANRB 04/2023, E.2.g, for the SKM).
    public static let skmSurvey = Obligation(
        id: "survei-skm", title: "SKM dalam setahun terakhir, dengan analisis",
        statement: "Unit melakukan Survei Kepuasan Masyarakat minimal sekali setahun; hasil terakhirnya disertai analisis dan rencana tindak lanjut.",
        source: SurveyFrequency.table.current.source,
        reading: "Setahun dihitung mundur dari tanggal penilaian portal (lentera build --date, bawaannya hari pembangunan): periode survei terakhir harus berakhir pada atau sesudah tanggal yang sama setahun sebelumnya. Analisis dan rencana tindak lanjut untuk SKM adalah tafsiran Lentera atas SE MenPANRB 04/2023, E.2.g, yang mewajibkannya untuk survei Zona Integritas."
    ) { dossier in
        let skm = dossier.surveys.filter { $0.kind == .skm }
        guard let latest = skm.map(\.period).max() else {
            guard !dossier.services.isEmpty else { return dossier.noServices }
            return ObligationFinding(.notMet, "Belum ada hasil SKM.", fixes: [newSurveyFix(dossier)])
        }
        let cutoff = SurveyFrequency.cutoff(on: dossier.referenceDate)
        guard latest.endDate >= cutoff else {
            return ObligationFinding(.notMet, "SKM terakhir: \(IndonesianText.period(latest)), berakhir \(IndonesianText.date(latest.endDate)), sebelum \(IndonesianText.date(cutoff)) (lebih dari setahun sebelum \(IndonesianText.date(dossier.referenceDate))).",
                                     fixes: [newSurveyFix(dossier)])
        }
        let missing = SurveyAnalysisRule.uncovered(skm.filter { $0.period == latest }, by: dossier.analyses)
        guard missing.isEmpty else {
            return ObligationFinding(.notMet, "SKM terakhir (\(IndonesianText.period(latest))) belum disertai analisis dan rencana tindak lanjut.",
                                     fixes: missing.map { analysisFix($0, files: dossier.files) })
        }
        return ObligationFinding(.met, "SKM terakhir: \(IndonesianText.period(latest)), berakhir \(IndonesianText.date(latest.endDate)), dengan analisis dan rencana tindak lanjut.")
    }

    /// SE MenPANRB 04/2023, E.2.g: every self-run SPKP/SPAK survey with its analysis and
    /// follow-up plan. Not applicable to a unit without ZI results.
    public static let ziAnalysis = Obligation(
        id: "analisis-zi", title: "Analisis dan rencana tindak lanjut SPKP/SPAK",
        statement: "Setiap survei mandiri SPKP dan SPAK disertai analisis dan rencana tindak lanjut perbaikan layanan.",
        source: SurveyAnalysisRule.zi,
        reading: "Satu analisis boleh mencakup beberapa periode (kolom mencakup), misalnya analisis triwulan untuk tiga hasil bulanan."
    ) { dossier in
        let zi = dossier.surveys.filter { $0.kind == .zi }
        guard !zi.isEmpty else { return ObligationFinding(.notApplicable, "Unit ini tidak memuat hasil SPKP/SPAK.") }
        let missing = SurveyAnalysisRule.uncovered(zi, by: dossier.analyses)
        guard missing.isEmpty else {
            return ObligationFinding(.notMet, "\(missing.count) dari \(zi.count) hasil SPKP/SPAK belum disertai analisis: " + missing.map { IndonesianText.period($0.period) }.joined(separator: ", ") + ".",
                                     fixes: missing.map { analysisFix($0, files: dossier.files) })
        }
        return ObligationFinding(.met, "Semua \(zi.count) hasil SPKP/SPAK disertai analisis dan rencana tindak lanjut.")
    }

    static func newSurveyFix(_ dossier: UnitDossier) -> ObligationFix {
        ObligationFix(file: "\(dossier.folder)/survei/",
                      what: "Tambahkan hasil SKM periode terbaru (lentera survey import atau lentera new survei) beserta analisis dan rencana tindak lanjutnya.")
    }

    /// The file an uncovered result's analysis goes in, and what it holds.
    public static func analysisFix(_ result: SurveyResult, files: SourceFiles) -> ObligationFix {
        ObligationFix(file: files.analysis(of: result),
                      what: "Tulis analisis hasil survei \(IndonesianText.period(result.period)) dan rencana tindak lanjut perbaikan layanan (Markdown).")
    }
}
