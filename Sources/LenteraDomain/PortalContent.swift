/// Everything a portal publishes, as plain values.
public struct PortalContent: Sendable, Equatable {
    public var portal: Portal
    public var units: [WorkUnit]
    public var services: [ServiceStandard]
    public var maklumat: [Maklumat]
    public var pages: [Page]
    /// Aggregated survey results, and the analyses published beside them.
    public var surveys: [SurveyResult]
    public var surveyAnalyses: [SurveyAnalysis]
    /// Zona Integritas records, one per instansi that publishes one.
    public var zonaIntegritas: [ZIRecord]
    /// Performance indicators per unit and period (Kepmendagri 100-1077/2017).
    public var performance: [PerformanceReport] = []
    /// SPBE applications and roadmaps, one per unit at most.
    public var spbe: [SPBEArchitecture] = []
    /// Standard operating procedures of the units.
    public var sops: [StandardOperatingProcedure]
    /// Where each unit, service and survey result was read from (for reports that name the
    /// file to write).
    public var files = SourceFiles()
    /// Files published beside the content (`berkas/`), in the order of their paths.
    public var attachments: [Attachment] = []
    /// Paths of files in a `berkas/` folder that were refused (a type not allowed, content
    /// that is not what the name says, a file that cannot be read): each has its own error,
    /// so a link to one is not reported a second time as a missing file.
    public var refusedAttachments: Set<String> = []

    public init(portal: Portal, units: [WorkUnit] = [], services: [ServiceStandard] = [], maklumat: [Maklumat] = [], pages: [Page] = [],
                surveys: [SurveyResult] = [], surveyAnalyses: [SurveyAnalysis] = [], zonaIntegritas: [ZIRecord] = [],
                sops: [StandardOperatingProcedure] = []) {
        self.portal = portal
        self.units = units
        self.services = services
        self.maklumat = maklumat
        self.pages = pages
        self.surveys = surveys
        self.surveyAnalyses = surveyAnalyses
        self.zonaIntegritas = zonaIntegritas
        self.sops = sops
    }
}

extension Sequence where Element == WorkUnit {
    /// Siblings in the order editors gave (`urutan`), then by name.
    public func inDisplayOrder() -> [WorkUnit] {
        sorted { ($0.order ?? Int.max, $0.name, $0.slug) < ($1.order ?? Int.max, $1.name, $1.slug) }
    }
}

extension Sequence where Element == ServiceStandard {
    public func inDisplayOrder() -> [ServiceStandard] {
        sorted { ($0.order ?? Int.max, $0.name, $0.slug) < ($1.order ?? Int.max, $1.name, $1.slug) }
    }
}
