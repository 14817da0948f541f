/// One place where SE MenPANRB 04/2023, E.3.a is silent and the portal applies its own
/// reading: what it concerns, the circular's own words, and the reading. The Zona
/// Integritas dashboard shows each beside the condition it concerns; the Metodologi page
/// lists them; docs/rules.md explains them.
public struct SelfEvaluationReading: Sendable, Equatable {
    public enum Concern: Sendable, Equatable {
        /// Condition 1: the cumulative share of units holding a predicate.
        case share
        /// Condition 3: the success rate.
        case successRate
    }

    public var id: String
    public var concern: Concern
    public var title: String
    /// The circular's words the reading concerns, as written.
    public var sourceWords: String
    public var source: RuleSource
    /// The reading, in plain Indonesian.
    public var reading: String

    /// In the order of the conditions.
    public static let all: [SelfEvaluationReading] = [
        SelfEvaluationReading(
            id: "zi-pencabutan-kumulatif", concern: .share, title: "Predikat yang dicabut dalam persentase kumulatif",
            sourceWords: "sudah mendapatkan predikat Menuju WBK/WBBM dari Kementerian PANRB (kumulatif)",
            source: RuleSource("SE MenPANRB 04/2023, E.3.a angka 1", standing: .reading,
                               note: "Surat edaran menyebut \"kumulatif\" tetapi tidak mengatur predikat yang dicabut."),
            reading: "Predikat yang dicabut tidak dihitung lagi sejak tanggal pencabutannya; unit yang memegang WBK dan WBBM dihitung sekali; predikat hasil evaluasi mandiri tidak dihitung (\"dari Kementerian PANRB\")."),
        SelfEvaluationReading(
            id: "zi-pembagi-keberhasilan", concern: .successRate, title: "Pembagi tingkat keberhasilan",
            sourceWords: "Tingkat kesuksesan instansi pemerintah yang mendapat predikat Menuju WBK/WBBM hasil evaluasi TPN",
            source: RuleSource("SE MenPANRB 04/2023, E.3.a angka 3", standing: .reading,
                               note: "Surat edaran tidak menyebutkan tingkat kesuksesan itu dibagi dengan apa."),
            reading: "Tingkat keberhasilan = unit usulan yang ditetapkan TPN pada tahun itu ÷ unit yang diusulkan instansi kepada TPN pada tahun itu."),
        SelfEvaluationReading(
            id: "zi-tahun-tanpa-usulan", concern: .successRate, title: "Tahun tanpa usulan",
            sourceWords: "minimal … setiap tahunnya dalam 3 (tiga) tahun terakhir",
            source: RuleSource("SE MenPANRB 04/2023, E.3.a angka 3", standing: .reading,
                               note: "Surat edaran tidak mengatur tahun tanpa usulan."),
            reading: "Tahun tanpa usulan dinilai belum terpenuhi: tanpa usulan tidak ada tingkat keberhasilan yang dapat mencapai batas minimal. Tahun yang usulannya tidak dicantumkan dinilai belum diketahui."),
    ]
}

extension SelfEvaluationThresholds {
    /// The figures of a version as pages print them: condition, minimum.
    public var figureRows: [[String]] {
        [
            ["Unit berpredikat Menuju WBK/WBBM dari KemenPANRB (kumulatif)", "minimal \(minimumSharePercent)% seluruh unit"],
            ["Kapabilitas APIP (IACM), hasil terkini BPKP", "minimal level \(minimumIACMLevel)"],
            ["Tingkat keberhasilan usulan hasil evaluasi TPN", "minimal \(minimumSuccessRatePercent)% setiap tahun dalam \(successYears) tahun terakhir"],
            ["Persetujuan TPN", "wajib"],
        ]
    }
}

extension Methodology {
    /// One entry per condition of E.3.a, with its figure from the version shown.
    static func criteria(_ version: DatedTable<SelfEvaluationThresholds>.Version) -> [RuleDescription] {
        let t = version.value
        let statements = [
            ("zi-syarat-persentase", "Syarat 1: unit berpredikat dari Kementerian PANRB",
             "Minimal \(t.minimumSharePercent)% dari seluruh unit kerja instansi sudah berpredikat Menuju WBK/WBBM dari Kementerian PANRB (kumulatif), dihitung pada 31 Desember tahun sebelum tahun evaluasi. Bila instansi tidak mencantumkan jumlah seluruh unit kerjanya, syarat ini belum diketahui.", 1),
            ("zi-syarat-apip", "Syarat 2: kapabilitas APIP",
             "Tingkat kapabilitas APIP (IACM) minimal level \(t.minimumIACMLevel), menurut hasil terkini BPKP hingga tahun sebelum tahun evaluasi.", 2),
            ("zi-syarat-keberhasilan", "Syarat 3: tingkat keberhasilan usulan",
             "Tingkat keberhasilan usulan hasil evaluasi TPN minimal \(t.minimumSuccessRatePercent)% pada setiap tahun dalam \(t.successYears) tahun terakhir sebelum tahun evaluasi.", 3),
            ("zi-syarat-persetujuan", "Syarat 4: persetujuan TPN",
             "Instansi yang memenuhi syarat 1–3 wajib mendapat persetujuan TPN untuk tahun evaluasi.", 4),
        ]
        return statements.map { id, title, statement, number in
            RuleDescription(id: id, section: Self.selfEvaluationSection, title: title, statement: statement,
                            source: RuleSource("\(version.source.citation) angka \(number)", standing: version.source.standing),
                            appliesFrom: version.from)
        }
    }

    /// The section of these rules on the Metodologi page, apart from "Zona Integritas: IPKP dan IPAK".
    public static let selfEvaluationSection = "Zona Integritas: evaluasi mandiri dan penetapan"

    /// The rules of this area as the Metodologi page lists them, built from the tables the
    /// computations read.
    public static var selfEvaluation: [RuleDescription] {
        let thresholds = SelfEvaluationThresholds.table.current
        let deadline = DesignationReportDeadline.table.current
        return [
            RuleDescription(
                id: "zi-evaluasi-mandiri", section: Self.selfEvaluationSection, title: "Syarat evaluasi mandiri Menuju WBK",
                statement: "Instansi boleh mengevaluasi dan menetapkan sendiri predikat Menuju WBK bila keempat syarat terpenuhi. Tiap tahun evaluasi dinilai dari data hingga 31 Desember tahun sebelumnya dan persetujuan TPN untuk tahun itu, dengan batas yang berlaku pada 1 Januari tahun itu. Data yang tidak dicantumkan dinilai \"belum diketahui\", tidak pernah \"terpenuhi\".",
                source: thresholds.source,
                reading: "Surat edaran tidak menyebutkan kapan syarat diukur; Lentera menilainya dari data tahun sebelumnya.",
                figures: RuleDescription.Figures(header: ["Syarat", "Batas"], rows: thresholds.value.figureRows),
                appliesFrom: thresholds.from),
        ] + criteria(thresholds) + SelfEvaluationReading.all.map { reading in
            RuleDescription(id: reading.id, section: Self.selfEvaluationSection, title: reading.title,
                            statement: "Surat edaran: \"\(reading.sourceWords)\".", source: reading.source, reading: reading.reading)
        } + [
            RuleDescription(
                id: "zi-pelaporan-penetapan", section: Self.selfEvaluationSection, title: "Pelaporan penetapan Menuju WBK hasil evaluasi mandiri",
                statement: "Pimpinan instansi menyampaikan hasil penetapan unit Menuju WBK kepada Kementerian PANRB paling lambat \(deadline.value) hari setelah penetapan. Penetapan yang belum dilaporkan setelah batas itu, atau dilaporkan terlambat, diperingatkan kepada pengelola portal saat isi portal diperiksa.",
                source: deadline.source,
                reading: "Surat edaran menulis \"\(deadline.value) hari\" tanpa menyebut hari kerja: Lentera menghitung hari kalender, hari penetapan tidak dihitung.",
                appliesFrom: deadline.from),
        ]
    }
}
