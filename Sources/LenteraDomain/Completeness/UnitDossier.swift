/// What the portal knows of one unit, for judging its obligations on a day.
public struct UnitDossier: Sendable {
    public var unit: WorkUnit
    /// The instansi the unit belongs to (through its parents).
    public var instansi: String?
    /// The unit's own services (not its sub-units'), in display order.
    public var services: [ServiceStandard]
    public var maklumat: Maklumat?
    /// The portal's own complaint channels, shown on every unit page besides SP4N-LAPOR!.
    public var complaintChannels: [ComplaintChannel]
    /// The unit's survey results (of the whole unit and of its services) and analyses.
    public var surveys: [SurveyResult]
    public var analyses: [SurveyAnalysis]
    /// The Zona Integritas record of the unit's instansi, and the unit's predicates.
    public var zonaIntegritas: ZIRecord?
    public var designations: [Designation]
    /// The portal's rule for IPKP/IPAK on the scale of 4 (`survei.konversi_zi`).
    public var ziConversion: ZIConversion
    public var files: SourceFiles
    /// The day the unit is judged for (`lentera build --date`, today by default).
    public var referenceDate: CalendarDate

    public init(unit: WorkUnit, instansi: String? = nil, services: [ServiceStandard] = [], maklumat: Maklumat? = nil,
                complaintChannels: [ComplaintChannel] = [], surveys: [SurveyResult] = [], analyses: [SurveyAnalysis] = [],
                zonaIntegritas: ZIRecord? = nil, designations: [Designation] = [], ziConversion: ZIConversion = .proportional,
                files: SourceFiles = SourceFiles(),
                referenceDate: CalendarDate) {
        self.unit = unit
        self.instansi = instansi
        self.services = services
        self.maklumat = maklumat
        self.complaintChannels = complaintChannels
        self.surveys = surveys
        self.analyses = analyses
        self.zonaIntegritas = zonaIntegritas
        self.designations = designations
        self.ziConversion = ziConversion
        self.files = files
        self.referenceDate = referenceDate
    }

    /// The folder of the unit, relative to the content folder.
    public var folder: String { files.unitFolder(unit.slug) }

    /// The finding for a unit that lists no service, for the obligations that follow from
    /// delivering one: the portal cannot tell whether the unit serves the public.
    var noServices: ObligationFinding {
        ObligationFinding(.unknown, "Unit ini belum mencantumkan layanan; kewajiban ini berlaku bagi unit yang memberi layanan kepada masyarakat.",
                          fixes: [ObligationFix(file: "\(folder)/layanan/", what: "Bila unit ini memberi layanan, tulis standar pelayanan setiap layanannya di folder ini.")])
    }
}
