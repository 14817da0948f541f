import Foundation
import LenteraDiagnostics
import LenteraContent
import LenteraRender

/// The render phase: every page of the plan rendered and written, concurrently. Each
/// worker renders a page and writes it at once, so rendering overlaps writing and no
/// rendered page is kept in memory.
enum PageRenderer {
    struct PageFailure: Error, CustomStringConvertible {
        let route: String
        let underlying: Error
        var message: Message { Message("build.write-failed.page", ["route": .text(route), "reason": Self.reason(underlying)]) }
        var description: String { message.text() }

        /// The underlying error as a message: in the catalogues when Lentera made it.
        static func reason(_ error: Error) -> Message.Argument {
            if let failure = error as? StagedOutput.Failure { return .message(failure.message) }
            if let missing = error as? TemplateSet.MissingTemplate { return .message(missing.message) }
            return .text("\(error)")
        }
    }

    /// Returns the number of pages written, with the `streamed` service pages already
    /// written while the content was read; `clock` learns how long the workers spent
    /// rendering and how long writing.
    /// A page whose `fingerprint` a tree already holds is taken from it (`StagedOutput.reuse`).
    static func renderAll(_ model: SiteModel, templates: TemplateSet, into output: StagedOutput, clock: WorkerClock, streamed: Int,
                          fingerprint: @Sendable (PageKind, String) -> UInt64) throws -> Int {
        let everything = model.plan
        let services = everything.reduce(0) { count, page in
            if case .service = page { return count + 1 }
            return count
        }
        // Every service page of the plan went through the stream, or none did (a theme with
        // errors, where the build has stopped before).
        guard streamed == services else {
            throw StagedOutput.Failure("build.write-failed.streamed", ["streamed": .text(String(streamed)), "services": .text(String(services))])
        }
        let plan = everything.filter { page in
            if case .service = page { return false }
            return true
        }
        let files = plan.map { Routes.file(for: model.route(of: $0)) }
        try output.createDirectories(for: files + Array(templates.assets.keys))

        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: plan.count) { index in
            guard !failures.hasFailed else { return }
            do {
                let print = fingerprint(plan[index], files[index])
                if try output.reuse(files[index], fingerprint: print) { return }
                try clock.timed(render: { try model.renderBytes(plan[index], with: templates) },
                                write: { html in try html.withUnsafeBytes { try output.write(files[index], bytes: $0, fingerprint: print) } })
            } catch {
                failures.record(PageFailure(route: files[index], underlying: error))
            }
        }
        if let failure = failures.first { throw failure }
        return plan.count + streamed
    }
}

/// Service pages rendered and written as the content is read (see `SiteBuilder.build`).
final class ServicePageStream: @unchecked Sendable {
    private let writer: StagedOutput
    private let clock: WorkerClock
    private let failures = FailureBox()
    private let lock = NSLock()
    private var written = 0

    init(writer: StagedOutput, clock: WorkerClock) {
        self.writer = writer
        self.clock = clock
    }

    var failure: Error? { failures.first }
    var pagesWritten: Int { lock.withLock { written } }

    /// What each decoded service is handed to, given the model of the portal's units and
    /// pages.
    /// `fingerprint` gives a service's page its fingerprint from the service's file and the
    /// page's path: a page a tree already holds with it is taken from there
    /// (`StagedOutput.reuse`), not rendered.
    func start(model: SiteModel, templates: TemplateSet, fingerprint: @escaping @Sendable (ServiceSource, String) -> UInt64) -> ServiceStream {
        ServiceStream(decoded: { [self] service, source in
            // A unit left out of the tree (an unknown parent, a cycle) has no pages; the
            // build stops on that error.
            guard !failures.hasFailed, model.tree.unitsBySlug[service.unit] != nil else { return }
            let file = Routes.file(for: Routes.service(unit: service.unit, slug: service.slug))
            do {
                let print = fingerprint(source, file)
                if try writer.reuse(file, fingerprint: print) {
                    lock.withLock { written += 1 }
                    return
                }
                try clock.timed(render: { try model.renderServicePageBytes(service, with: templates) }, write: { html in
                    try writer.makeFolder(of: file)
                    try html.withUnsafeBytes { try writer.write(file, bytes: $0, fingerprint: print) }
                })
                lock.withLock { written += 1 }
            } catch {
                failures.record(PageRenderer.PageFailure(route: file, underlying: error))
            }
        }, unchanged: { [self] service, source in
            // A service from the cache needs nothing more when its page is taken from a tree
            // that holds it with the same fingerprint (or it has no page: see above).
            guard !failures.hasFailed, model.tree.unitsBySlug[service.unit] != nil else { return true }
            let file = Routes.file(for: Routes.service(unit: service.unit, slug: service.slug))
            do {
                guard try writer.reuse(file, fingerprint: fingerprint(source, file)) else { return false }
                lock.withLock { written += 1 }
            } catch {
                failures.record(PageRenderer.PageFailure(route: file, underlying: error))
            }
            return true
        })
    }
}

/// Time the render workers spent in each half of their work, summed over workers.
final class WorkerClock: @unchecked Sendable {
    private let lock = NSLock()
    private var render: Swift.Duration = .zero
    private var write: Swift.Duration = .zero

    /// Renders a page, then writes it, counting the time of each half.
    func timed(render: () throws -> [UInt8], write: ([UInt8]) throws -> Void) throws {
        let start = ContinuousClock.now
        let page = try render()
        let rendered = ContinuousClock.now
        try write(page)
        let end = ContinuousClock.now
        lock.withLock {
            self.render += rendered - start
            self.write += end - rendered
        }
    }

    /// The workers' time, in seconds, summed.
    var total: Double { lock.withLock { (render + write).seconds } }

    /// The share of the workers' time that went into rendering (0…1).
    var renderShare: Double {
        lock.withLock {
            let total = render + write
            return total == .zero ? 1 : render / total
        }
    }
}

/// The first failure of concurrent workers.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: Error?

    var hasFailed: Bool { lock.withLock { failure != nil } }
    var first: Error? { lock.withLock { failure } }

    func record(_ error: Error) {
        lock.withLock { if failure == nil { failure = error } }
    }
}

extension StagedOutput {
    /// The files beside the pages: the theme's assets, `sitemap.xml`, `robots.txt`, the feed and the
    /// open data. Returns how many were written.
    ///
    /// The sitemap and the open-data tables grow with the portal; they are written as they
    /// are produced (a URL, a row at a time) through a buffered file, so what they hold in
    /// memory does not grow with it.
    ///
    /// The sitemap, the feed and the open data are made from the whole content: taken as
    /// they are from a tree that holds them with the same `fingerprint`, otherwise made.
    func writeExtras(model: SiteModel, templates: TemplateSet, fingerprint: (String) -> UInt64) throws -> Int {
        for (path, data) in templates.assets.sorted(by: { $0.key < $1.key }) {
            try write(path, data)
        }
        let base = model.content.portal.baseURL
        let sitemapPrint = fingerprint("sitemap.xml")
        if try !reuse("sitemap.xml", fingerprint: sitemapPrint) {
            let sitemap = try stream("sitemap.xml", fingerprint: sitemapPrint)
            sitemap.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """)
            for page in model.plan where page != .notFound {
                sitemap.append("  <url><loc>\(Formatting.escapeXML(base + model.route(of: page)))</loc></url>\n")
            }
            sitemap.append("</urlset>\n")
            try sitemap.finish()
        }
        try write("robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n")
        let feedPrint = fingerprint(Routes.feed)
        if try !reuse(Routes.feed, fingerprint: feedPrint) {
            var feed = model.atomFeed()
            try feed.withUTF8 { try write(Routes.feed, bytes: UnsafeRawBufferPointer($0), fingerprint: feedPrint) }
        }

        let tables = model.openDataTables()
        let dataPackage = Routes.openData + "datapackage.json"
        try makeFolder(of: dataPackage)
        for table in tables { try writeOpenData(table, fingerprint: fingerprint) }
        try write(dataPackage, text: model.dataPackage(tables))
        let attachments = try copyAttachments(model.content.attachments)
        return templates.assets.count + 3 + 2 * tables.count + 1 + attachments
    }

    /// `data/<table>.csv` and `data/<table>.json`, in one pass over the table's rows, both
    /// files open at once: each row is made once and its figures formatted once for both
    /// texts. Making the rows twice (one file at a time) would save one 64 KB buffer but
    /// do the table's work twice (the profile tables recount their small categories, every
    /// number goes through `String(format:)`), and the largest table (`ikm-unsur`) is where
    /// that work is.
    private func writeOpenData(_ table: OpenDataTable, fingerprint: (String) -> UInt64) throws {
        let csvPath = Routes.openData + table.name + ".csv", jsonPath = Routes.openData + table.name + ".json"
        let csvPrint = fingerprint(csvPath), jsonPrint = fingerprint(jsonPath)
        // Both or neither: they are made in one pass.
        if try reuse([(csvPath, csvPrint), (jsonPath, jsonPrint)]) { return }
        let csv = try stream(csvPath, fingerprint: csvPrint)
        let json = try stream(jsonPath, fingerprint: jsonPrint)
        csv.append(table.csvHeader)
        json.append(OpenDataTable.jsonStart)
        var rows = 0
        table.forEachRow { row in
            table.append(row, index: rows, csv: &csv.buffer, json: &json.buffer)
            csv.flushIfFull()
            json.flushIfFull()
            rows += 1
        }
        json.append(OpenDataTable.jsonEnd(rows: rows))
        try csv.finish()
        try json.finish()
    }
}

extension Swift.Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
