import Foundation
import LenteraDiagnostics
import LenteraDomain

extension LoadRun {
    /// Reads `units/<unit>/sop/`: one standard operating procedure per `.yaml` or `.json`
    /// file, named by its address. Step links (`sop:`) must name another SOP of the unit.
    mutating func loadSOPs(folder: String, unit: String, keep: Bool) {
        var loaded: [(file: String, decoded: SOPDecoder.Decoded, document: Document)] = []
        var files: [String: String] = [:]
        for name in children(of: folder, directories: false) {
            let relative = "\(folder)/\(name)"
            let format = Document.format(of: name)
            guard format == .yaml || format == .json else { unknownFile(relative); continue }
            guard let document = read(relative) else { continue }
            let decoded = SOPDecoder.decode(document, unit: unit, fileSlug: PathText.deletingExtension(name))
            collect(document)
            guard let decoded else { continue }
            if let first = files[decoded.sop.slug] {
                diagnostics.append(.error("sop.duplicate-slug", at: document.context.location(nil),
                                          Message("sop.duplicate-slug", ["slug": .text(decoded.sop.slug), "file": .text(display(first))]),
                                          advice: Message("sop.duplicate-slug.hint")))
                continue
            }
            files[decoded.sop.slug] = relative
            loaded.append((relative, decoded, document))
        }
        let slugs = loaded.map(\.decoded.sop.slug)
        for entry in loaded {
            let others = slugs.filter { $0 != entry.decoded.sop.slug }
            for link in entry.decoded.links where !others.contains(link.slug) {
                let rest = Message(others.isEmpty ? "sop.unknown-link.hint.alone" : "sop.unknown-link.hint", ["folder": .text(display(folder))])
                let hint = Suggestion.advice(for: link.slug, among: others, then: rest)
                let message = Message(link.slug == entry.decoded.sop.slug ? "sop.unknown-link.itself" : "sop.unknown-link", ["slug": .text(link.slug)])
                diagnostics.append(.error("sop.unknown-link", at: entry.document.context.location(link.node), message, advice: hint))
            }
        }
        if keep { sops += loaded.map(\.decoded.sop) }
    }
}
