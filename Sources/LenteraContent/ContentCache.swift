import Foundation
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

/// What a service file gave when it was last read and decoded, kept from one build to the
/// next so that a file that has not changed is not read again: the standard as the pages
/// other than its own need it (elided), the file's diagnostics, its Markdown texts that may
/// hold links, and the hash of its bytes (which its page's fingerprint is made of).
///
/// An entry is used only while the file's stamp is the same (`ContentStamp`: size, inode,
/// modification and change times), for the same unit, and only when the service's page
/// needs nothing from the file either (a tree already holds it with its fingerprint);
/// otherwise the file is read as if there were no cache.
public struct CachedService: Sendable, Equatable {
    /// The file, relative to the content folder.
    public var path: String
    /// The slug of the unit it was decoded for.
    public var unit: String
    public var stamp: ContentStamp
    /// `ContentHasher`'s hash of its bytes.
    public var hash: UInt64
    /// Where a second service with its slug is reported (`service.duplicate-slug`).
    public var location: SourceLocation
    /// The standard, elided (`ServiceStandard.elidingBodies`).
    public var service: ServiceStandard
    /// The hash of the elided standard as the cache writes it (`elidedDigest(of:)`): what
    /// the pages other than its own are made from.
    public var digest: UInt64
    /// The file's own diagnostics (those of reading, parsing and decoding it).
    public var diagnostics: [Diagnostic]
    /// The file's texts kept for the link check (`MarkdownSource`).
    public var markdown: [MarkdownSource]
}

/// The cache of decoded content files: every service, survey result, SOP and performance
/// report of a content
/// folder, from one build, under the key of everything decoding depends on besides the
/// file (the program, the day, how the folder is named in messages). Kept in the output's
/// state folder as one file, sealed with a hash of its bytes: a file cut short (a build
/// killed while writing it), damaged or written for another key is not used at all.
public final class ContentCache: Sendable {
    public let key: UInt64
    /// Services, by file (relative to the content folder).
    public let entries: [String: CachedService]
    /// Survey results, by file.
    public let surveys: [String: CachedSurvey]
    /// SOPs and performance reports, by file.
    public let sops: [String: CachedSOP]
    public let performance: [String: CachedPerformance]

    public init(key: UInt64, entries: [String: CachedService], surveys: [String: CachedSurvey] = [:], sops: [String: CachedSOP] = [:],
                performance: [String: CachedPerformance] = [:]) {
        self.key = key
        self.entries = entries
        self.surveys = surveys
        self.sops = sops
        self.performance = performance
    }

    /// The file in the state folder.
    public static let fileName = "decoded"
    /// The file's name before survey results were kept in it (removed when the cache is written).
    static let formerFileName = "services"
    /// The largest cache read: 1 GiB (a national portal's, 400,000 services, is a few
    /// hundred MB at most); anything larger is not a cache Lentera wrote.
    static let largest = 1 << 30
    /// Bumped whenever what an entry holds, or how it is written, changes.
    static let format: UInt64 = 4

    /// The hash of an elided standard, every field of it: two standards with the same
    /// digest look the same on every page but their own.
    public static func elidedDigest(of service: ServiceStandard) -> UInt64 {
        var writer = BinaryWriter()
        writer.elidedService(service)
        return ContentHasher.hash(writer.bytes)
    }
    static let magic = "lentera-services"

    /// The cache in the state folder `folder` when it is whole and was written for `key`;
    /// nil otherwise (no cache: every file is read).
    public static func read(stateFolder folder: String, key: UInt64) -> ContentCache? {
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid(),
              case .success(let bytes) = RegularFile.read(folder + "/" + fileName, atMost: largest),
              var reader = BinaryReader.checked(bytes) else { return nil }
        reader.interning = true
        do {
            guard try reader.text() == magic, try reader.number() == format, try reader.word() == key else { return nil }
            var entries: [String: CachedService] = [:]
            let count = try reader.count(atMost: 100_000_000)
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let entry = try reader.cachedService()
                entries[entry.path] = entry
            }
            var surveys: [String: CachedSurvey] = [:]
            let surveyCount = try reader.count(atMost: 100_000_000)
            surveys.reserveCapacity(surveyCount)
            for _ in 0..<surveyCount {
                let entry = try reader.cachedSurvey()
                surveys[entry.path] = entry
            }
            var sops: [String: CachedSOP] = [:]
            for _ in 0..<(try reader.count(atMost: 100_000_000)) {
                let entry = try reader.cachedSOP()
                sops[entry.path] = entry
            }
            var performance: [String: CachedPerformance] = [:]
            for _ in 0..<(try reader.count(atMost: 100_000_000)) {
                let entry = try reader.cachedPerformance()
                performance[entry.path] = entry
            }
            guard reader.atEnd else { return nil }
            return ContentCache(key: key, entries: entries, surveys: surveys, sops: sops, performance: performance)
        } catch {
            return nil
        }
    }

    /// Writes `entries`, `surveys`, `sops` and `performance` as the cache for `key` into the state folder, whole or
    /// not at all.
    public static func write(_ entries: [CachedService], surveys: [CachedSurvey] = [], sops: [CachedSOP] = [], performance: [CachedPerformance] = [],
                             key: UInt64, stateFolder folder: URL) throws {
        let opened = try OpenFolder(path: folder.path)
        let temporary = "\(fileName).tmp-\(getpid())"
        opened.remove(temporary)
        opened.remove(formerFileName)
        // Written a piece at a time: a national portal's cache is hundreds of megabytes, and
        // held whole (with the copies its growth made) it was the peak of a build's memory.
        let file = try SealedFile(fileName, in: opened, temporary: temporary)
        var writer = BinaryWriter(interning: true)
        func flush(all: Bool = false) throws {
            if all || writer.bytes.count >= piece { try file.write(writer.drain()) }
        }
        writer.text(magic)
        writer.number(format)
        writer.word(key)
        // Each kind: its count, then its entries.
        func section<Entry>(_ kind: [Entry], _ write: (Entry) -> Void) throws {
            writer.number(kind.count)
            for entry in kind {
                write(entry)
                try flush()
            }
        }
        try section(entries.filter { $0.stamp != .unsettled }) { writer.cachedService($0) }
        try section(surveys) { writer.cachedSurvey($0) }
        try section(sops) { writer.cachedSOP($0) }
        try section(performance) { writer.cachedPerformance($0) }
        try flush(all: true)
        try file.finish()
    }

    /// How many bytes the cache is written in (`write`).
    static let piece = 1 << 20

    /// Removes the cache from the state folder (`--fresh`: nothing of the last build is used).
    public static func remove(stateFolder folder: URL) {
        unlink(folder.appendingPathComponent(fileName).path)
        unlink(folder.appendingPathComponent(formerFileName).path)
    }
}

// MARK: - Coding

extension BinaryWriter {
    mutating func cachedService(_ entry: CachedService) {
        text(entry.path)
        text(entry.unit)
        stamp(entry.stamp)
        word(entry.hash)
        location(entry.location)
        elidedService(entry.service)
        word(entry.digest)
        number(entry.diagnostics.count)
        for diagnostic in entry.diagnostics { self.diagnostic(diagnostic) }
        number(entry.markdown.count)
        for source in entry.markdown { markdownSource(source) }
    }

    mutating func location(_ location: SourceLocation) {
        text(location.file)
        optional(location.line) { $0.number($1) }
        optional(location.column) { $0.number($1) }
    }

    mutating func elidedService(_ service: ServiceStandard) {
        text(service.slug)
        text(service.unit)
        text(service.name)
        optional(service.shortName) { $0.text($1) }
        optional(service.summary) { $0.text($1) }
        optional(service.enactment) { writer, decree in
            writer.text(decree.number)
            writer.optional(decree.date) { $0.date($1) }
            writer.optional(decree.about) { $0.text($1) }
            writer.optional(decree.url) { $0.text($1) }
            writer.optional(decree.document) { $0.fileLink($1) }
        }
        flag(service.notYetEnacted)
        optional(service.updated) { $0.date($1) }
        optional(service.order) { $0.number($1) }
        optional(service.poster) { $0.fileLink($1) }
        let elided = service.elided ?? service.elidingBodies().elided!
        number(UInt64(elided.present))
        optional(elided.completionTime) { $0.completionTime($1) }
        optional(elided.cost) { writer, cost in
            switch cost {
            case .free:
                writer.number(0)
            case .fees(let fees, let legalBasis):
                writer.number(1)
                writer.number(fees.count)
                for fee in fees {
                    writer.text(fee.description)
                    writer.number(fee.amount.amount)
                }
                writer.optional(legalBasis) { $0.text($1) }
            }
        }
    }

    mutating func completionTime(_ time: CompletionTime) {
        text(time.text)
        optional(time.duration) { writer, duration in
            switch duration {
            case .minutes(let value):
                writer.number(0)
                writer.number(value)
            case .workingDays(let value):
                writer.number(1)
                writer.number(value)
            }
        }
    }

    mutating func date(_ date: CalendarDate) {
        number(date.year)
        number(date.month)
        number(date.day)
    }

    mutating func fileLink(_ link: FileLink) {
        text(link.written)
        optional(link.location) { $0.location($1) }
    }

    mutating func markdownSource(_ source: MarkdownSource) {
        text(source.file)
        number(source.line)
        flag(source.linesMatch)
        optional(source.column) { $0.number($1) }
        text(source.text)
        switch source.page {
        case .unit(let unit):
            number(0)
            text(unit)
        case .maklumat(let unit):
            number(1)
            text(unit)
        case .service(let unit, let slug):
            number(2)
            text(unit)
            text(slug)
        case .page(let slug):
            number(3)
            text(slug)
        }
        text(source.folder)
    }
}

extension BinaryReader {
    mutating func cachedService() throws -> CachedService {
        let path = try text(), unit = try text(), stamp = try stamp(), hash = try word(), location = try location()
        let service = try elidedService(), digest = try word()
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try count(atMost: 1_000_000)) { diagnostics.append(try diagnostic()) }
        var markdown: [MarkdownSource] = []
        for _ in 0..<(try count(atMost: 1_000_000)) { markdown.append(try markdownSource()) }
        return CachedService(path: path, unit: unit, stamp: stamp, hash: hash, location: location, service: service, digest: digest,
                             diagnostics: diagnostics, markdown: markdown)
    }

    mutating func location() throws -> SourceLocation {
        SourceLocation(file: try text(), line: try optional { try $0.integer() }, column: try optional { try $0.integer() })
    }

    mutating func elidedService() throws -> ServiceStandard {
        let slug = try text(), unit = try text(), name = try text()
        let shortName = try optional { try $0.text() }, summary = try optional { try $0.text() }
        let enactment = try optional { reader in
            var decree = Decree(number: try reader.text(), date: try reader.optional { try $0.date() },
                                about: try reader.optional { try $0.text() }, url: try reader.optional { try $0.text() })
            decree.document = try reader.optional { try $0.fileLink() }
            return decree
        }
        var service = ServiceStandard(slug: slug, unit: unit, name: name, summary: summary, enactment: enactment)
        service.shortName = shortName
        service.notYetEnacted = try flag()
        service.updated = try optional { try $0.date() }
        service.order = try optional { try $0.integer() }
        service.poster = try optional { try $0.fileLink() }
        let present = try number()
        guard present <= UInt64(UInt16.max) else { throw Malformed() }
        let completionTime = try optional { try $0.completionTime() }
        let cost = try optional { reader -> Cost in
            switch try reader.number() {
            case 0:
                return .free
            case 1:
                var fees: [Fee] = []
                for _ in 0..<(try reader.count(atMost: 100_000)) {
                    fees.append(Fee(description: try reader.text(), amount: Rupiah(try reader.integer())))
                }
                return .fees(fees, legalBasis: try reader.optional { try $0.text() })
            default:
                throw Malformed()
            }
        }
        return service.elided(keeping: ElidedComponents(present: UInt16(present), completionTime: completionTime, cost: cost))
    }

    mutating func completionTime() throws -> CompletionTime {
        CompletionTime(text: try text(), duration: try optional { reader -> Duration in
            switch try reader.number() {
            case 0: return .minutes(try reader.double())
            case 1: return .workingDays(try reader.double())
            default: throw Malformed()
            }
        })
    }

    mutating func date() throws -> CalendarDate {
        guard let date = CalendarDate(year: try integer(), month: try integer(), day: try integer()) else { throw Malformed() }
        return date
    }

    mutating func fileLink() throws -> FileLink {
        FileLink(try text(), at: try optional { try $0.location() })
    }

    mutating func markdownSource() throws -> MarkdownSource {
        let file = try text(), line = try integer(), linesMatch = try flag(), column = try optional { try $0.integer() }, text = try text()
        let page: MarkdownSource.Page
        switch try number() {
        case 0: page = .unit(try self.text())
        case 1: page = .maklumat(unit: try self.text())
        case 2: page = .service(unit: try self.text(), slug: try self.text())
        case 3: page = .page(try self.text())
        default: throw Malformed()
        }
        return MarkdownSource(file: file, line: line, linesMatch: linesMatch, column: column, text: text, page: page, folder: try self.text())
    }
}
