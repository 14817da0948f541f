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
                report(unit, field: "induk", .error("unit.unknown-parent", at: nil, Message("unit.unknown-parent", ["parent": .text(parent)]),
                                                    advice: Suggestion.advice(for: parent, among: content.units.map(\.slug), then: Message("unit.unknown-parent.hint"))))
            case .unknownInstansi(let unit, let instansi):
                let listed = Message("unit.unknown-instansi.hint", ["slugs": .text(instansiSlugs.joined(separator: ", "))])
                report(unit, field: "instansi", .error("unit.unknown-instansi", at: nil, Message("unit.unknown-instansi", ["instansi": .text(instansi)]),
                                                       advice: Suggestion.advice(for: instansi, among: instansiSlugs, then: listed)))
            case .missingParentAndInstansi:
                break // reported when the unit was read
            case .instansiDiffersFromParent(let unit, let instansi, let parentInstansi):
                report(unit, field: "instansi", .error("unit.instansi-conflict", at: nil,
                                                       Message("unit.instansi-conflict", ["instansi": .text(instansi), "parent": .text(parentInstansi)]),
                                                       advice: Message("unit.instansi-conflict.hint")))
            case .cycle(let unit, let path):
                report(unit, field: "induk", .error("unit.parent-cycle", at: nil,
                                                    Message("unit.parent-cycle", ["path": .text(path.joined(separator: " → "))]),
                                                    advice: Message("unit.parent-cycle.hint")))
            }
        }

        // A unit that delivers services must publish a maklumat (Perwali Banjarmasin 67/2018 Pasal 7).
        let withMaklumat = Set(content.maklumat.map(\.unit))
        let withServices = Set(content.services.map(\.unit))
        for unit in content.units where withServices.contains(unit.slug) && !withMaklumat.contains(unit.slug) {
            report(unit.slug, field: nil, .warning("unit.missing-maklumat", at: nil,
                                                   Message("unit.missing-maklumat"), advice: Message("unit.missing-maklumat.hint")))
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
