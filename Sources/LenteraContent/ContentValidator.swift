import LenteraDiagnostics
import LenteraDomain

/// The validate phase: rules that span several files, run after every file was read.
extension LoadRun {
    mutating func validate(_ content: inout PortalContent) {
        let (_, problems) = UnitTree.build(units: content.units, instansi: content.portal.instansi)
        let instansiSlugs = content.portal.instansi.map(\.slug)
        for problem in problems {
            switch problem {
            case .unknownParent(let unit, let parent):
                // The parent's folder exists but its `unit.md` could not be used: reported there.
                if unusable.units.contains(parent) { continue }
                var hint = "`induk` must be the slug (folder name) of another unit"
                if let guess = Suggestion.closest(to: parent, among: content.units.map(\.slug)) { hint = "did you mean `\(guess)`? " + hint }
                report(unit, field: "induk", .error("unit.unknown-parent", at: nil, "the parent unit `\(parent)` does not exist", hint: hint))
            case .unknownInstansi(let unit, let instansi):
                var hint = "`instansi` must be one of the slugs listed in portal.yaml: \(instansiSlugs.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: instansi, among: instansiSlugs) { hint = "did you mean `\(guess)`? " + hint }
                report(unit, field: "instansi", .error("unit.unknown-instansi", at: nil, "the instansi `\(instansi)` is not listed in portal.yaml", hint: hint))
            case .missingParentAndInstansi:
                break // reported when the unit was read
            case .instansiDiffersFromParent(let unit, let instansi, let parentInstansi):
                report(unit, field: "instansi", .error("unit.instansi-conflict", at: nil,
                                                       "the unit says `instansi: \(instansi)` but its parent belongs to `\(parentInstansi)`",
                                                       hint: "remove `instansi` from a sub-unit: it belongs to its parent's instansi"))
            case .cycle(let unit, let path):
                report(unit, field: "induk", .error("unit.parent-cycle", at: nil,
                                                    "units are their own ancestors: \(path.joined(separator: " → "))",
                                                    hint: "one of these units must have another `induk`, or `instansi` instead"))
            }
        }

        // A unit that delivers services must publish a maklumat (Perwali Banjarmasin 67/2018 Pasal 7).
        // A maklumat file that exists but has an error is reported as such, not as missing.
        let withMaklumat = Set(content.maklumat.map(\.unit)).union(unusable.maklumatPresent)
        let withServices = Set(content.services.map(\.unit))
        for unit in content.units where withServices.contains(unit.slug) && !withMaklumat.contains(unit.slug) {
            report(unit.slug, field: nil, .warning("unit.missing-maklumat", at: nil,
                                                   "the unit publishes services but no Maklumat Pelayanan",
                                                   hint: "add `maklumat.md` beside `unit.md`, signed by the head of the unit"))
        }
    }

    /// Adds a diagnostic at a unit's field, or at its file when the field is absent.
    mutating func report(_ unit: String, field: String?, _ diagnostic: Diagnostic) {
        var diagnostic = diagnostic
        if let document = unitFiles[unit] {
            var node = document.root
            if let field, case .mapping(let mapping) = document.root,
               let pair = mapping.first(where: { $0.key.scalar?.string == field }) {
                node = pair.value
            }
            diagnostic.location = document.context.location(node)
        }
        diagnostics.append(diagnostic)
    }
}
