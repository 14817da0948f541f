import LenteraDiagnostics
import LenteraDomain

/// A kind of content file, as its place in the content folder tells the loader.
public enum ContentFileKind: String, CaseIterable, Sendable {
    /// `portal.yaml`.
    case portal
    /// `units/<unit>/unit.md`.
    case unit
    /// `units/<unit>/maklumat.md`.
    case maklumat
    /// `units/<unit>/layanan/<slug>.md|json`.
    case service
    /// `units/<unit>/survei/<name>.yaml|json`.
    case survey
    /// `zona-integritas/<instansi>.yaml`.
    case zonaIntegritas = "zona-integritas"
    /// `units/<unit>/sop/<slug>.yaml|json`.
    case sop
    /// `units/<unit>/kinerja/<period>.yaml`.
    case performance
    /// `units/<unit>/spbe.yaml`.
    case spbe
}

/// What decoding one file gave: whether a value came out, and every diagnostic on the way.
public struct FileDecoding: Sendable {
    /// Whether the file was read and a value decoded from it.
    public var decoded: Bool
    public var diagnostics: [Diagnostic]
}

/// What one file is checked against: the folder around it, which a whole load would give.
public struct FileSurroundings: Sendable {
    /// The slug of the unit the file belongs to (services, surveys, SOPs, indicators, SPBE).
    public var unit: String
    /// The slugs of the unit's services (survey results and SPBE name them).
    public var services: Set<String>
    /// The portal's survey settings (elements, weights, conversion).
    public var surveySettings: SurveySettings
    /// The portal's units and instansi (Zona Integritas records name them).
    public var units: [WorkUnit]
    public var instansi: [Instansi]
    /// The Zona Integritas statements of the unit's instansi (survey results must answer them).
    public var ziInstrument: ZIInstrument

    public init(unit: String = "unit-contoh", services: Set<String> = [], surveySettings: SurveySettings = SurveySettings(),
                units: [WorkUnit] = [], instansi: [Instansi] = [], ziInstrument: ZIInstrument = .standard) {
        self.ziInstrument = ziInstrument
        self.unit = unit
        self.services = services
        self.surveySettings = surveySettings
        self.units = units
        self.instansi = instansi
    }
}

/// Decodes one content file of a known kind from its bytes, as a load of the content folder
/// reads that file, then makes the figures a build computes from it (survey indices, SOP
/// total time, Zona Integritas eligibility, indicator scores…). Cross-file checks beyond
/// `FileSurroundings` are left out. For checking one file, and for the fuzz targets.
public enum SingleFileDecoder {
    /// Reads the bytes as the file `name` (its extension chooses Markdown with front matter,
    /// JSON or YAML) without decoding any kind.
    public static func parse(_ bytes: [UInt8], name: String) -> FileDecoding {
        switch document(bytes, name: name) {
        case .success(let document): FileDecoding(decoded: true, diagnostics: document.context.diagnostics)
        case .failure(let problems): FileDecoding(decoded: false, diagnostics: problems.diagnostics)
        }
    }

    /// Reads the bytes as the file `name` and decodes them as a file of `kind`.
    public static func decode(_ kind: ContentFileKind, _ bytes: [UInt8], name: String,
                              surroundings: FileSurroundings = FileSurroundings()) -> FileDecoding {
        let document: Document
        switch self.document(bytes, name: name) {
        case .success(let read): document = read
        case .failure(let problems): return FileDecoding(decoded: false, diagnostics: problems.diagnostics)
        }
        let base = PathText.deletingExtension(PathText.lastComponent(name))
        let decoded = FileFigures.decode(kind, document, base: base, surroundings: surroundings)
        return FileDecoding(decoded: decoded, diagnostics: document.context.diagnostics)
    }

    struct Problems: Error {
        var diagnostics: [Diagnostic]
    }

    /// The parsed file, as `PreparedFile` reads it from disk.
    static func document(_ bytes: [UInt8], name: String) -> Result<Document, Problems> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Problems(diagnostics: [.error("content.not-utf8", at: SourceLocation(file: name), Message("content.not-utf8"), advice: UTF8Text.hint)]))
        }
        let (document, context) = Document.parse(text: text, displayPath: name)
        guard let document else { return .failure(Problems(diagnostics: context.diagnostics)) }
        return .success(document)
    }
}
