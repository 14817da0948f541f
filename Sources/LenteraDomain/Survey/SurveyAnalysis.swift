/// The analysis and follow-up plan (rencana tindak lanjut) a unit publishes beside a
/// survey's figures (Markdown). SE MenPANRB 04/2023, E.2.g, requires them of every self-run
/// SPKP/SPAK survey; Lentera asks them of every SKM result too (its reading: see
/// `SurveyAnalysisRule`).
///
/// One analysis may cover several results of one survey: a quarter's analysis for three
/// monthly ZI results (`mencakup: [2026-Q3]`).
public struct SurveyAnalysis: Sendable, Equatable {
    public var unit: String
    public var service: String?
    public var kind: SurveyKind
    /// The periods it covers, at least one: a result is covered when its period lies within
    /// one of them (a month within a quarter, a quarter within its year).
    public var periods: [SurveyPeriod]
    public var markdown: String

    public init(unit: String, service: String? = nil, kind: SurveyKind, periods: [SurveyPeriod], markdown: String) {
        precondition(!periods.isEmpty, "an analysis covers at least one period")
        self.unit = unit
        self.service = service
        self.kind = kind
        self.periods = periods.sorted()
        self.markdown = markdown
    }

    public init(unit: String, service: String? = nil, kind: SurveyKind, period: SurveyPeriod, markdown: String) {
        self.init(unit: unit, service: service, kind: kind, periods: [period], markdown: markdown)
    }

    /// The latest period covered (analyses are listed newest first by it).
    public var period: SurveyPeriod { periods[periods.count - 1] }

    /// Whether the analysis is the one of `result`: the same unit, kind and service, and a
    /// period within one of those covered.
    public func covers(_ result: SurveyResult) -> Bool {
        result.unit == unit && result.kind == kind && result.service == service && periods.contains { $0.contains(result.period) }
    }
}

extension SurveyPeriod {
    /// Whether `other` lies within this period (a period contains itself).
    public func contains(_ other: SurveyPeriod) -> Bool {
        firstMonthIndex <= other.firstMonthIndex && other.lastMonthIndex <= lastMonthIndex
    }
}

/// Which survey results must come with an analysis and follow-up plan, and on what ground.
public enum SurveyAnalysisRule {
    /// SE MenPANRB 04/2023, E.2.g (l. 97): "Survei mandiri … wajib menyertakan analisa dan
    /// rencana tindak lanjut perbaikan layanan": the SPKP and SPAK surveys of a unit building
    /// a Zona Integritas.
    public static let zi = RuleSource("SE MenPANRB 04/2023, E.2.g")
    /// The circular speaks of the ZI surveys only, and PermenPANRB 14/2017 (the SKM) was
    /// not read: asking the same of every SKM result is Lentera's reading.
    public static let skm = RuleSource("SE MenPANRB 04/2023, E.2.g, diterapkan pada SKM", standing: .reading,
                                       note: "Surat edaran itu mewajibkan analisis dan rencana tindak lanjut untuk survei SPKP/SPAK Zona Integritas; Lentera meminta hal yang sama untuk setiap hasil SKM, yang juga survei mandiri unit.")

    /// The ground on which a result of `kind` needs an analysis.
    public static func source(for kind: SurveyKind) -> RuleSource {
        kind == .zi ? zi : skm
    }

    /// The results no analysis covers, in the order given.
    public static func uncovered(_ results: [SurveyResult], by analyses: [SurveyAnalysis]) -> [SurveyResult] {
        results.filter { result in !analyses.contains { $0.covers(result) } }
    }
}
