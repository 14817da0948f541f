import LenteraDiagnostics
import LenteraDomain
import LenteraFiles

/// What a file of a unit's folder gave when it was last read and decoded, kept in the
/// build's cache (`ContentCache`) and taken instead of reading the file while its stamp is
/// the same, for the same unit: a survey result, an SOP, a performance report.
public protocol CachedFile: Sendable {
    /// The file, relative to the content folder.
    var path: String { get }
    /// The slug of the unit it was decoded for.
    var unit: String { get }
    var stamp: ContentStamp { get }
    /// `ContentHasher`'s hash of its bytes.
    var hash: UInt64 { get }
    /// The file's own diagnostics (those of reading, parsing and decoding it).
    var diagnostics: [Diagnostic] { get }
}

extension CachedSurvey: CachedFile {}
extension CachedSOP: CachedFile {}

/// What a performance report's file (`kinerja/<periode>.yaml`) gave: the report, where its
/// `periode` is (a second report of the period is reported there), and its diagnostics. Its
/// decoding reads nothing but the file, its name and the unit.
public struct CachedPerformance: CachedFile, Equatable {
    public var path: String
    public var unit: String
    public var stamp: ContentStamp
    public var hash: UInt64
    public var report: PerformanceReport
    /// The place of its `periode`.
    public var period: SourceLocation
    public var diagnostics: [Diagnostic]
}

// MARK: - Coding

extension BinaryWriter {
    mutating func cachedPerformance(_ entry: CachedPerformance) {
        text(entry.path)
        text(entry.unit)
        stamp(entry.stamp)
        word(entry.hash)
        let report = entry.report
        text(report.unit)
        period(report.period)
        number(report.indicators.count)
        for indicator in report.indicators {
            text(indicator.code)
            optional(indicator.goal) { $0.text($1) }
            text(indicator.indicator)
            text(indicator.kind.rawValue)
            number(indicator.target)
            text(indicator.unitOfMeasure)
            optional(indicator.targetText) { $0.text($1) }
            optional(indicator.realisation) { $0.number($1) }
            number(indicator.items.count)
            for item in indicator.items { text(item) }
            optional(indicator.remarks) { $0.text($1) }
        }
        flag(report.exampleData)
        optional(report.assessor) { $0.text($1) }
        optional(report.assessed) { $0.text($1) }
        location(entry.period)
        number(entry.diagnostics.count)
        for diagnostic in entry.diagnostics { self.diagnostic(diagnostic) }
    }
}

extension BinaryReader {
    mutating func cachedPerformance() throws -> CachedPerformance {
        let path = try text(), unit = try text(), stamp = try stamp(), hash = try word()
        let reportUnit = try text(), period = try period()
        var indicators: [PerformanceIndicator] = []
        for _ in 0..<(try count(atMost: 100_000)) {
            let code = try text(), goal = try optional { try $0.text() }, indicator = try text()
            guard let kind = TargetKind(rawValue: try text()) else { throw Malformed() }
            let target = try double(), unitOfMeasure = try text(), targetText = try optional { try $0.text() }
            let realisation = try optional { try $0.double() }
            var items: [String] = []
            for _ in 0..<(try count(atMost: 100_000)) { items.append(try text()) }
            indicators.append(PerformanceIndicator(code: code, goal: goal, indicator: indicator, kind: kind, target: target, unitOfMeasure: unitOfMeasure,
                                                   targetText: targetText, realisation: realisation, items: items, remarks: try optional { try $0.text() }))
        }
        let report = PerformanceReport(unit: reportUnit, period: period, indicators: indicators, exampleData: try flag(),
                                       assessor: try optional { try $0.text() }, assessed: try optional { try $0.text() })
        let place = try location()
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try count(atMost: 1_000_000)) { diagnostics.append(try diagnostic()) }
        return CachedPerformance(path: path, unit: unit, stamp: stamp, hash: hash, report: report, period: place, diagnostics: diagnostics)
    }
}
