import Foundation
import LenteraDiagnostics
import LenteraDomain
import Yams

/// Reads `zona-integritas/<instansi>.yaml`: an instansi's Zona Integritas predicates,
/// yearly proposals, APIP capability and the national team's approvals (docs/content.md).
///
/// Checked against the units, so it runs after every unit folder was read.
extension LoadRun {
    static var ziKeys: [String] { ContentKinds.zonaIntegritas.fields.keys }

    mutating func loadZonaIntegritas(portal: Portal?, units: [WorkUnit]) -> [ZIRecord] {
        let folder = "zona-integritas"
        let (tree, _) = UnitTree.build(units: units, instansi: portal?.instansi ?? [])
        let instansiSlugs = portal?.instansi.map(\.slug) ?? []
        var records: [ZIRecord] = []
        var fileOf: [String: String] = [:]
        for name in children(of: folder, directories: false) {
            let relative = "\(folder)/\(name)"
            let format = Document.format(of: name)
            guard format == .yaml || format == .json else { unknownFile(relative); continue }
            let instansi = PathText.deletingExtension(name)
            if let first = fileOf[instansi] {
                diagnostics.append(.error("content.ambiguous-file", at: SourceLocation(file: display(relative)),
                                          "both `\(first)` and `\(name)` exist in `\(folder)`", hint: "keep one file per instansi"))
                continue
            }
            fileOf[instansi] = name
            guard let document = read(relative) else { continue }
            defer { collect(document) }
            if portal != nil && !instansiSlugs.contains(instansi) {
                var hint = "name the file after an instansi listed in portal.yaml: \(instansiSlugs.map { "`\($0).yaml`" }.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: instansi, among: instansiSlugs) { hint = "did you mean `\(guess).yaml`? " + hint }
                diagnostics.append(.error("zi.unknown-instansi", at: SourceLocation(file: display(relative)),
                                          "the file is named after `\(instansi)`, which is not an instansi of portal.yaml", hint: hint))
                continue
            }
            let decoder = ZIRecordDecoder(context: document.context, instansi: instansi, tree: tree)
            if let record = decoder.decode(document.root) { records.append(record) }
        }
        return records
    }
}

/// Decodes and checks one instansi's Zona Integritas file.
struct ZIRecordDecoder {
    let context: FileContext
    let instansi: String
    let tree: UnitTree

    /// The slugs of the instansi's units in the portal, sorted.
    var ownUnits: [String] { tree.instansiOf.filter { $0.value == instansi }.map(\.key).sorted() }

    func decode(_ root: Node) -> ZIRecord? {
        guard let fields = Fields(root, context: context, what: "the Zona Integritas file", set: ContentKinds.zonaIntegritas.fields) else { return nil }
        var population = fields.int("jumlah_unit", within: Limits.wholeNumber, reportingAs: Limits.unitsPerInstansi)
        let ownUnits = self.ownUnits.count
        if let count = population, count > Limits.unitsPerInstansi.range.upperBound {
            context.outOfRange("jumlah_unit", fields.value("jumlah_unit"), written: fields.written("jumlah_unit"), bound: Limits.unitsPerInstansi)
            population = nil
        }
        if let population, population < max(1, ownUnits) {
            context.error("zi.population-too-small", fields.value("jumlah_unit"),
                          ownUnits == 0 ? "`jumlah_unit` must be at least 1, not \(population)"
                                        : "`jumlah_unit` is \(population), but the portal already holds \(ownUnits) unit(s) of this instansi",
                          hint: "give the number of all unit kerja / satuan kerja of the instansi, whether or not the portal lists them")
        }

        let designations = readDesignations(fields)
        let proposals = readProposals(fields)
        let iacm = readIACM(fields)
        let approvals = readApprovals(fields)
        var record = ZIRecord(instansi: instansi, population: population.flatMap { $0 >= max(1, ownUnits) ? $0 : nil },
                              designations: designations.map(\.designation), proposals: proposals.map(\.proposals), iacm: iacm, approvals: approvals)
        check(&record, designations: designations, proposals: proposals)
        return record
    }

    // MARK: - Predicates

    typealias Located = (designation: Designation, node: Node, fields: Fields)

    func readDesignations(_ fields: Fields) -> [Located] {
        guard let list = fields.list("predikat") else { return [] }
        let what = "a predicate entry"
        var result: [Located] = []
        for node in list {
            guard let entry = Fields(node, context: context, what: what, set: ContentKinds.designation) else { continue }
            let unit = entry.string("unit", what: what).flatMap { checkUnit($0, at: entry.value("unit")) }
            let predicate = entry.string("predikat", what: what).flatMap { text -> ZIPredicate? in
                guard let value = Self.predicate(text) else {
                    context.error("zi.unknown-predicate", entry.value("predikat"), "`predikat` must be `wbk` or `wbbm`, not `\(text)`",
                                  hint: "`wbk`: Menuju Wilayah Bebas dari Korupsi; `wbbm`: Menuju Wilayah Birokrasi Bersih dan Melayani")
                    return nil
                }
                return value
            }
            let year = entry.int("tahun", within: Limits.years)
            entry.requireIfRequired("tahun", what: what)
            let authority = entry.string("oleh", what: what).flatMap { text -> DesignationAuthority? in
                guard let value = DesignationAuthority(rawValue: text.lowercased()) else {
                    context.error("zi.unknown-authority", entry.value("oleh"), "`oleh` must be `tpn` or `mandiri`, not `\(text)`",
                                  hint: "`tpn`: designated by the national evaluation team (KemenPANRB); `mandiri`: by the instansi's own evaluation")
                    return nil
                }
                return value
            }
            let decree = readDecree(entry, "sk", required: entry.isRequired("sk"), what: what)
            let revocation = readDecree(entry, "pencabutan", required: entry.isRequired("pencabutan"), what: "the revocation")
            guard let unit, let predicate, let year, let authority, let decree else { continue }
            if authority == .selfEvaluation && predicate == .wbbm {
                context.error("zi.self-evaluated-wbbm", entry.value("oleh"), "Menuju WBBM cannot be designated by the instansi's own evaluation",
                              hint: "only Menuju WBK may be self-evaluated (SE MenPANRB 04/2023, E.3); a WBBM predicate comes from `oleh: tpn`")
                continue
            }
            if let revocation, revocation.date <= decree.date {
                context.error("zi.revoked-before-designated", Self.field("tanggal", of: entry.value("pencabutan")) ?? entry.value("pencabutan"),
                              "the revocation (\(revocation.date.iso)) is not dated after the designation (\(decree.date.iso))",
                              hint: "check both dates: a predicate can only be revoked after it was given")
                continue
            }
            if decree.date.year < year || decree.date.year > year + 1 {
                context.warning("zi.decree-year", entry.value("sk"),
                                "the decree is dated \(decree.date.iso), but the predicate is for \(year)",
                                hint: "predicates are announced at the end of their evaluation year or early the next; check `tahun` and the decree's date")
            }
            result.append((Designation(unit: unit, predicate: predicate, year: year, authority: authority, decree: decree, revocation: revocation), node, entry))
        }
        return result
    }

    /// The value of `key` in a mapping node, read again without reporting anything.
    static func field(_ key: String, of node: Node?) -> Node? {
        guard case .mapping(let mapping)? = node else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }

    static func predicate(_ text: String) -> ZIPredicate? {
        let folded = text.lowercased().replacingOccurrences(of: "menuju", with: "").trimmedSpaces()
        return ZIPredicate(rawValue: folded)
    }

    func readDecree(_ entry: Fields, _ key: String, required: Bool, what: String) -> ZIDecree? {
        guard entry.has(key) else {
            if required {
                context.error("content.missing-field", entry.node, "`\(key)` is missing from \(what)",
                              hint: "add the decree: `\(key): {nomor: \"...\", tanggal: YYYY-MM-DD}`")
            }
            return nil
        }
        guard let decree = entry.fields(key, what: "`\(key)`") else { return nil }
        let number = decree.string("nomor", what: "`\(key)`")
        let date = decree.date("tanggal", what: "`\(key)`")
        guard let number, let date else { return nil }
        return ZIDecree(number: number, date: date)
    }

    /// The unit's slug when it is a unit of this instansi; reports it otherwise.
    func checkUnit(_ slug: String, at node: Node?) -> String? {
        guard let owner = tree.instansiOf[slug] else {
            var hint = "`unit` must be the slug (folder name) of a unit of this instansi"
            if let guess = Suggestion.closest(to: slug, among: ownUnits) { hint = "did you mean `\(guess)`? " + hint }
            context.error("zi.unknown-unit", node, "there is no unit `\(slug)`", hint: hint)
            return nil
        }
        guard owner == instansi else {
            context.error("zi.other-instansi", node, "the unit `\(slug)` belongs to `\(owner)`, not to `\(instansi)`",
                          hint: "move the entry to `zona-integritas/\(owner).yaml`")
            return nil
        }
        return slug
    }

    // MARK: - Proposals, APIP capability, approvals

    func readProposals(_ fields: Fields) -> [(proposals: ZIProposals, node: Node)] {
        guard let list = fields.list("usulan") else { return [] }
        var result: [(proposals: ZIProposals, node: Node)] = []
        for node in list {
            guard let entry = Fields(node, context: context, what: "a proposal entry", set: ContentKinds.proposal) else { continue }
            guard let year = yearOnce(entry, what: "a proposal entry", seen: result.map(\.proposals.year), list: "usulan") else { continue }
            var units: [String] = []
            for unitNode in entry.list("unit") ?? [] {
                guard let slug = unitNode.scalar?.string.trimmedSpaces(), !slug.isEmpty else { continue }
                guard let unit = checkUnit(slug, at: unitNode) else { continue }
                if units.contains(unit) {
                    context.error("zi.duplicate-proposal", unitNode, "`\(unit)` is proposed twice in \(year)", hint: "list each unit once a year")
                    continue
                }
                units.append(unit)
            }
            if entry.value("unit") == nil {
                context.error("content.missing-field", entry.node, "`unit` is missing from the proposals of \(year)",
                              hint: "list the units proposed, or write `unit: []` for a year without proposals")
                continue
            }
            result.append((ZIProposals(year: year, units: units), node))
        }
        return result
    }

    func readIACM(_ fields: Fields) -> [IACMAssessment] {
        guard let list = fields.list("kapabilitas_apip") else { return [] }
        var result: [IACMAssessment] = []
        for node in list {
            let what = "an APIP capability entry"
            guard let entry = Fields(node, context: context, what: what, set: ContentKinds.apipCapability) else { continue }
            let year = yearOnce(entry, what: what, seen: result.map(\.year), list: "kapabilitas_apip")
            let level = entry.int("level", within: Limits.wholeNumber, reportingAs: Limits.Bound(IACMAssessment.levels, "an IACM level"))
            entry.requireIfRequired("level", what: what)
            if let level, !IACMAssessment.levels.contains(level) {
                context.error("zi.invalid-level", entry.value("level"), "the IACM level must be 1 to 5, not \(level)",
                              hint: "give the level of the latest BPKP assessment of the APIP capability")
                continue
            }
            guard let year, let level else { continue }
            result.append(IACMAssessment(year: year, level: level, source: entry.string("sumber")))
        }
        return result
    }

    func readApprovals(_ fields: Fields) -> [TPNApproval] {
        guard let list = fields.list("persetujuan_tpn") else { return [] }
        var result: [TPNApproval] = []
        for node in list {
            let what = "an approval entry"
            guard let entry = Fields(node, context: context, what: what, set: ContentKinds.tpnApproval) else { continue }
            let year = yearOnce(entry, what: what, seen: result.map(\.year), list: "persetujuan_tpn")
            var approved: Bool?
            if let text = entry.string("disetujui", what: what) {
                switch text.lowercased() {
                case "ya", "true", "yes": approved = true
                case "tidak", "false", "no": approved = false
                default:
                    context.error("zi.invalid-approval", entry.value("disetujui"), "`disetujui` must be `ya` or `tidak`, not `\(text)`",
                                  hint: "`ya` when the national team approved the instansi's own WBK evaluation for that year")
                }
            }
            let decree = readDecree(entry, "sk", required: entry.isRequired("sk"), what: what)
            guard let year, let approved else { continue }
            result.append(TPNApproval(year: year, approved: approved, decree: decree))
        }
        return result
    }

    /// The entry's `tahun`, reported when missing or already given in the same list.
    func yearOnce(_ entry: Fields, what: String, seen: [Int], list: String) -> Int? {
        guard let year = entry.int("tahun", within: Limits.years) else {
            if entry.value("tahun") == nil { entry.missing("tahun", what: what) }
            return nil
        }
        if seen.contains(year) {
            context.error("zi.duplicate-year", entry.value("tahun"), "`\(list)` already has an entry for \(year)", hint: "give one entry per year")
            return nil
        }
        return year
    }

    // MARK: - Rules across entries

    func check(_ record: inout ZIRecord, designations: [Located], proposals: [(proposals: ZIProposals, node: Node)]) {
        var kept: [Designation] = []
        // Oldest first, so that "earlier" means earlier in time whatever the file's order.
        let ordered = designations.sorted { ($0.designation.decree.date, $0.designation.predicate) < ($1.designation.decree.date, $1.designation.predicate) }
        for item in ordered {
            let designation = item.designation
            let sameUnit = kept.filter { $0.unit == designation.unit }
            if let earlier = sameUnit.first(where: { $0.predicate == designation.predicate && $0.isHeld(on: designation.decree.date) }) {
                context.error("zi.duplicate", item.node,
                              "`\(designation.unit)` already holds \(designation.predicate.title) since \(earlier.year) (SK \(earlier.decree.number))",
                              hint: "keep one entry per predicate; a predicate given again after a revocation needs the revocation (`pencabutan`) on the earlier entry")
                continue
            }
            if designation.predicate == .wbbm && !sameUnit.contains(where: { $0.predicate == .wbk && $0.decree.date < designation.decree.date && $0.isHeld(on: designation.decree.date) }) {
                context.error("zi.wbbm-without-wbk", item.fields.value("predikat"),
                              "`\(designation.unit)` is designated Menuju WBBM in \(designation.year) without holding Menuju WBK before",
                              hint: "add the unit's earlier Menuju WBK predicate (with its decree) above, or check the predicate and year")
                continue
            }
            kept.append(designation)
        }
        record.designations = kept

        // A national designation in a year whose proposals are recorded should be among them.
        for item in designations where item.designation.authority == .tpn && kept.contains(item.designation) {
            if let proposal = record.proposals.first(where: { $0.year == item.designation.year }), !proposal.units.contains(item.designation.unit) {
                context.warning("zi.not-proposed", item.fields.value("unit"),
                                "`\(item.designation.unit)` was designated by the national team in \(item.designation.year) but is not in that year's `usulan`",
                                hint: "add it to the proposals of \(item.designation.year): the success rate counts designated units among those proposed")
            }
        }
        // A self-evaluation when the conditions were not met.
        for item in designations where item.designation.authority == .selfEvaluation && kept.contains(item.designation) {
            let eligibility = SelfEvaluationEligibility.evaluate(record, portalUnits: ownUnits.count,
                                                                  year: item.designation.year)
            if eligibility.status == .notMet {
                context.warning("zi.self-evaluation-not-eligible", item.fields.value("oleh"),
                                "the instansi did not meet the conditions for its own WBK evaluation in \(item.designation.year)",
                                hint: "see the Zona Integritas dashboard for the condition not met; an own evaluation needs all four (SE MenPANRB 04/2023, E.3.a)")
            }
        }
    }
}
