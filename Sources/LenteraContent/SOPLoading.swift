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
            guard format == .yaml || format == .json else { unread(file: relative, in: .sops); continue }
            guard let document = read(relative) else { continue }
            let decoded = SOPDecoder.decode(document, unit: unit, fileSlug: PathText.deletingExtension(name))
            collect(document)
            guard let decoded else { continue }
            if let first = files[decoded.sop.slug] {
                diagnostics.append(.error("sop.duplicate-slug", at: document.context.location(nil),
                                          "the unit already has an SOP at the address `\(decoded.sop.slug)` (\(display(first)))",
                                          hint: "keep one of the two files"))
                continue
            }
            files[decoded.sop.slug] = relative
            loaded.append((relative, decoded, document))
        }
        let slugs = loaded.map(\.decoded.sop.slug)
        for entry in loaded {
            let others = slugs.filter { $0 != entry.decoded.sop.slug }
            for link in entry.decoded.links where !others.contains(link.slug) {
                var hint = "`sop` must be the file name, without `.yaml`, of another SOP in `\(display(folder))`"
                if let guess = Suggestion.closest(to: link.slug, among: others) { hint = "did you mean `\(guess)`? " + hint }
                if others.isEmpty { hint += "; this unit has no other SOP: to name an SOP that is not published here, write it in `keterangan` only" }
                let message = link.slug == entry.decoded.sop.slug ? "a step links the SOP `\(link.slug)` to itself" : "the unit has no SOP `\(link.slug)`"
                diagnostics.append(.error("sop.unknown-link", at: entry.document.context.location(link.node), message, hint: hint))
            }
        }
        if keep { sops += loaded.map(\.decoded.sop) }
    }
}
