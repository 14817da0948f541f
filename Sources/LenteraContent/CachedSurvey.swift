import LenteraDiagnostics
import LenteraDomain
import LenteraFiles

/// What a survey result's file gave when it was last read and decoded (`ContentCache`):
/// the result, the places that later checks of its folder point at, and the file's own
/// diagnostics. Used instead of reading the file while its stamp is the same and it would
/// be decoded the same way: for the same unit, with the same survey settings and the same
/// Zona Integritas statements (`context`).
public struct CachedSurvey: Sendable, Equatable {
    /// The file, relative to the content folder.
    public var path: String
    /// The slug of the unit it was decoded for.
    public var unit: String
    public var stamp: ContentStamp
    /// `ContentHasher`'s hash of its bytes.
    public var hash: UInt64
    /// The digest of what decoding took besides the file and the unit (`LoadRun.surveyContext`).
    public var context: UInt64
    public var result: SurveyResult
    public var places: SurveyPlaces
    /// The file's own diagnostics (those of reading, parsing and decoding it).
    public var diagnostics: [Diagnostic]
}

/// Where, in a survey result's file, the checks of its folder point: the file, its
/// `layanan` and its `periode`.
public struct SurveyPlaces: Sendable, Equatable {
    public var file: SourceLocation
    public var service: SourceLocation
    public var period: SourceLocation

    public init(file: SourceLocation, service: SourceLocation, period: SourceLocation) {
        self.file = file
        self.service = service
        self.period = period
    }
}

// MARK: - Coding

extension BinaryWriter {
    mutating func cachedSurvey(_ entry: CachedSurvey) {
        text(entry.path)
        text(entry.unit)
        stamp(entry.stamp)
        word(entry.hash)
        word(entry.context)
        surveyResult(entry.result)
        location(entry.places.file)
        location(entry.places.service)
        location(entry.places.period)
        number(entry.diagnostics.count)
        for diagnostic in entry.diagnostics { self.diagnostic(diagnostic) }
    }

    mutating func surveyResult(_ result: SurveyResult) {
        text(result.unit)
        optional(result.service) { $0.text($1) }
        text(result.kind.rawValue)
        period(result.period)
        number(result.respondents)
        number(result.elements.count)
        for code in result.elements.keys.sorted() {
            let score = result.elements[code]!
            text(code)
            optional(score.counts) { writer, counts in
                writer.number(counts.count)
                for count in counts { writer.number(count) }
            }
            number(score.total)
            number(score.answered)
        }
        let fields = ProfileField.allCases.filter { result.profile[$0] != nil }
        number(fields.count)
        for field in fields {
            let counts = result.profile[field]!
            text(field.rawValue)
            number(counts.count)
            for category in counts.keys.sorted() {
                text(category)
                number(counts[category]!)
            }
        }
        optional(result.serviceUsers) { $0.number($1) }
        text(result.source.rawValue)
    }

    mutating func period(_ period: SurveyPeriod) {
        number(period.year)
        switch period.span {
        case .month(let month):
            number(0)
            number(month)
        case .quarter(let quarter):
            number(1)
            number(quarter)
        case .half(let half):
            number(2)
            number(half)
        case .year:
            number(3)
        }
    }
}

extension BinaryReader {
    mutating func cachedSurvey() throws -> CachedSurvey {
        let path = try text(), unit = try text(), stamp = try stamp(), hash = try word(), context = try word()
        let result = try surveyResult()
        let places = SurveyPlaces(file: try location(), service: try location(), period: try location())
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try count(atMost: 1_000_000)) { diagnostics.append(try diagnostic()) }
        return CachedSurvey(path: path, unit: unit, stamp: stamp, hash: hash, context: context, result: result, places: places, diagnostics: diagnostics)
    }

    mutating func surveyResult() throws -> SurveyResult {
        let unit = try text(), service = try optional { try $0.text() }
        guard let kind = SurveyKind(rawValue: try text()) else { throw Malformed() }
        let period = try period()
        let respondents = try integer()
        var elements: [String: ElementScore] = [:]
        for _ in 0..<(try count(atMost: 10_000)) {
            let code = try text()
            let counts = try optional { reader -> [Int] in
                var counts: [Int] = []
                for _ in 0..<(try reader.count(atMost: 100)) { counts.append(try reader.integer()) }
                return counts
            }
            elements[code] = ElementScore(counts: counts, total: try double(), answered: try integer())
        }
        var profile: [ProfileField: [String: Int]] = [:]
        for _ in 0..<(try count(atMost: ProfileField.allCases.count)) {
            guard let field = ProfileField(rawValue: try text()) else { throw Malformed() }
            var counts: [String: Int] = [:]
            for _ in 0..<(try count(atMost: 100_000)) { counts[try text()] = try integer() }
            profile[field] = counts
        }
        let serviceUsers = try optional { try $0.integer() }
        guard let source = SurveySource(rawValue: try text()) else { throw Malformed() }
        return SurveyResult(unit: unit, service: service, kind: kind, period: period, respondents: respondents, elements: elements,
                            profile: profile, serviceUsers: serviceUsers, source: source)
    }

    mutating func period() throws -> SurveyPeriod {
        let year = try integer()
        let span: SurveyPeriod.Span
        switch try number() {
        case 0: span = .month(try integer())
        case 1: span = .quarter(try integer())
        case 2: span = .half(try integer())
        case 3: span = .year
        default: throw Malformed()
        }
        guard let period = SurveyPeriod(year: year, span: span) else { throw Malformed() }
        return period
    }
}
