import Foundation
import LenteraDiagnostics
import LenteraDomain

extension LoadRun {
    /// Reads `units/<unit>/sop/`: one standard operating procedure per `.yaml` or `.json`
    /// file, named by its address. Step links (`sop:`) must name another SOP of the unit.
    mutating func loadSOPs(folder: String, unit: String, keep: Bool) {
        var loaded: [(sop: StandardOperatingProcedure, links: [SOPLink])] = []
        var fileOfSlug: [String: String] = [:]
        for name in children(of: folder, directories: false) {
            let relative = "\(folder)/\(name)"
            let format = Document.format(of: name)
            guard format == .yaml || format == .json else { unread(file: relative, in: .sops); continue }
            let sop: StandardOperatingProcedure, links: [SOPLink], location: SourceLocation
            if let entry = takeCached(relative, as: CachedSOP.self) {
                // Unchanged since the cache was written: what reading it gave then.
                (sop, links, location) = (entry.sop, entry.links, entry.location)
                sopCacheEntries.append(entry)
                sopsFromCache += 1
            } else {
                let (read, stamp) = readStamped(relative)
                guard let document = read else { continue }
                let decoded = SOPDecoder.decode(document, unit: unit, fileSlug: PathText.deletingExtension(name))
                let found = document.context.diagnostics
                collect(document)
                guard let decoded else { continue }
                sop = decoded.sop
                links = decoded.links.map { SOPLink(slug: $0.slug, location: document.context.location($0.node)) }
                location = document.context.location(nil)
                if gathersCache, keep, let stamp, stamp.settled(before: started, by: cacheSettling), overlay[relative] == nil, linkTargets[relative] == nil {
                    sopCacheEntries.append(CachedSOP(path: relative, unit: unit, stamp: stamp, hash: fileHashes[relative]!, sop: sop, links: links,
                                                     location: location, diagnostics: found))
                }
            }
            if let first = fileOfSlug[sop.slug] {
                diagnostics.append(.error("sop.duplicate-slug", at: location,
                                          Message("sop.duplicate-slug", ["slug": .text(sop.slug), "file": .text(display(first))]),
                                          advice: Message("sop.duplicate-slug.hint")))
                continue
            }
            fileOfSlug[sop.slug] = relative
            loaded.append((sop, links))
        }
        let slugs = loaded.map(\.sop.slug)
        for entry in loaded {
            let others = slugs.filter { $0 != entry.sop.slug }
            for link in entry.links where !others.contains(link.slug) {
                let rest = Message(others.isEmpty ? "sop.unknown-link.hint.alone" : "sop.unknown-link.hint", ["folder": .text(display(folder))])
                let hint = Suggestion.advice(for: link.slug, among: others, then: rest)
                let message = Message(link.slug == entry.sop.slug ? "sop.unknown-link.itself" : "sop.unknown-link", ["slug": .text(link.slug)])
                diagnostics.append(.error("sop.unknown-link", at: link.location, message, advice: hint))
            }
        }
        if keep { sops += loaded.map(\.sop) }
    }
}
