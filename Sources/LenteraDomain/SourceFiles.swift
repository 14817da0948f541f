/// Where things were read from, relative to the content folder, so that a report can name
/// the file to write ("units/dinas-contoh/layanan/ktp.md"). The loader fills it; content made
/// in code falls back on the usual places.
public struct SourceFiles: Sendable, Equatable {
    /// Unit slug → its folder (`units/<folder>`: a unit's `slug` may differ from its folder).
    public var unitFolders: [String: String] = [:]
    /// "unit/slug" → the service's file.
    public var services: [String: String] = [:]
    /// `surveyKey(_:)` → the result's file.
    public var surveys: [String: String] = [:]

    public init() {}

    // The loader records only what differs from the usual place: a national portal has
    // hundreds of thousands of services, nearly all in `<slug>.md`.

    public mutating func recordUnit(_ unit: String, folder: String) {
        if folder != "units/\(unit)" { unitFolders[unit] = folder }
    }

    public mutating func recordService(unit: String, slug: String, file: String) {
        if file != "\(unitFolder(unit))/layanan/\(slug).md" { services["\(unit)/\(slug)"] = file }
    }

    public mutating func recordSurvey(_ result: SurveyResult, file: String) {
        if analysisInUsualPlace(of: result) != Self.withoutExtension(file) + ".md" { surveys[Self.surveyKey(result)] = file }
    }

    public func unitFolder(_ unit: String) -> String { unitFolders[unit] ?? "units/\(unit)" }

    public func service(unit: String, slug: String) -> String {
        services["\(unit)/\(slug)"] ?? "\(unitFolder(unit))/layanan/\(slug).md"
    }

    public func maklumat(unit: String) -> String { "\(unitFolder(unit))/maklumat.md" }

    public func survey(_ result: SurveyResult) -> String? { surveys[Self.surveyKey(result)] }

    /// The analysis file of a result: the result's file name with `.md`.
    public func analysis(of result: SurveyResult) -> String {
        survey(result).map { Self.withoutExtension($0) + ".md" } ?? analysisInUsualPlace(of: result)
    }

    func analysisInUsualPlace(of result: SurveyResult) -> String {
        "\(unitFolder(result.unit))/survei/\(result.kind.rawValue)-\(result.period)\(result.service.map { "-" + $0 } ?? "").md"
    }

    static func withoutExtension(_ file: String) -> String {
        guard let dot = file.lastIndex(of: "."), !file[dot...].contains("/") else { return file }
        return String(file[..<dot])
    }

    public static func surveyKey(_ result: SurveyResult) -> String {
        "\(result.unit)/\(result.kind.rawValue)/\(result.period)/\(result.service ?? "")"
    }
}
