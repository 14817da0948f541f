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
        let folder = ContentPlace.zonaIntegritas.folder
        let (tree, _) = UnitTree.build(units: units, instansi: portal?.instansi ?? [])
        // Units that exist but are not in the tree (their file has an error, or their
        // `induk` does): reported at the unit, not again at each mention here.
        let unplaced = unusable.units.union(Set(units.map(\.slug)).subtracting(tree.instansiOf.keys))
        let instansiSlugs = portal?.instansi.map(\.slug) ?? []
        var records: [ZIRecord] = []
        var fileOf: [String: String] = [:]
        for name in children(of: folder, directories: false) {
            let relative = "\(folder)/\(name)"
            let format = Document.format(of: name)
            guard format == .yaml || format == .json else { unread(file: relative, in: .zonaIntegritas); continue }
            let instansi = PathText.deletingExtension(name)
            if let first = fileOf[instansi] {
                diagnostics.append(.error("content.ambiguous-file", at: SourceLocation(file: display(relative)),
                                          Message("content.ambiguous-file", ["first": .text(first), "second": .text(name), "folder": .text(folder)]),
                                          advice: Message("content.ambiguous-file.instansi.hint")))
                continue
            }
            fileOf[instansi] = name
            guard let document = read(relative) else { continue }
            defer { collect(document) }
            if portal != nil && !instansiSlugs.contains(instansi) {
                var hint = Message("zi.unknown-instansi.hint", ["files": .text(instansiSlugs.map { "`\($0).yaml`" }.joined(separator: ", "))])
                if let guess = Suggestion.closest(to: instansi, among: instansiSlugs) { hint = Suggestion.didYouMean("\(guess).yaml", then: hint) }
                diagnostics.append(.error("zi.unknown-instansi", at: SourceLocation(file: display(relative)),
                                          Message("zi.unknown-instansi", ["instansi": .text(instansi)]), advice: hint))
                continue
            }
            let decoder = ZIRecordDecoder(context: document.context, instansi: instansi, tree: tree, unplaced: unplaced, date: referenceDate)
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
    /// Units left out of the tree for a problem reported at the unit.
    var unplaced: Set<String> = []
    /// The day the portal is judged for (`--date`), for reports not yet sent; nil when unknown.
    var date: CalendarDate?

    /// The slugs of the instansi's units in the portal, sorted.
    var ownUnits: [String] { tree.instansiOf.filter { $0.value == instansi }.map(\.key).sorted() }

    func decode(_ root: Node) -> ZIRecord? {
        guard let fields = Fields(root, context: context, what: Message("thing.zi-file"), set: ContentKinds.zonaIntegritas.fields) else { return nil }
        var population = fields.int("jumlah_unit", within: Limits.wholeNumber, reportingAs: Limits.unitsPerInstansi)
        let ownUnits = self.ownUnits.count
        if let count = population, count > Limits.unitsPerInstansi.range.upperBound {
            context.outOfRange("jumlah_unit", fields.value("jumlah_unit"), written: fields.written("jumlah_unit"), bound: Limits.unitsPerInstansi)
            population = nil
        }
        if let population, population < max(1, ownUnits) {
            context.error("zi.population-too-small", fields.value("jumlah_unit"),
                          ownUnits == 0 ? Message("zi.population-too-small.zero", ["count": .text(String(population))])
                                        : Message("zi.population-too-small", ["count": .text(String(population)), "units": .text(String(ownUnits))]),
                          advice: Message("zi.population-too-small.hint"))
        }

        let designations = readDesignations(fields)
        let proposals = readProposals(fields)
        let iacm = readIACM(fields)
        let approvals = readApprovals(fields)
        let instrument = readStatements(fields)
        var record = ZIRecord(instansi: instansi, population: population.flatMap { $0 >= max(1, ownUnits) ? $0 : nil },
                              designations: designations.map(\.designation), proposals: proposals.map(\.proposals), iacm: iacm, approvals: approvals,
                              instrument: instrument)
        check(&record, designations: designations, proposals: proposals)
        return record
    }

    // MARK: - Predicates

    typealias Located = (designation: Designation, node: Node, fields: Fields)

    func readDesignations(_ fields: Fields) -> [Located] {
        guard let list = fields.list("predikat") else { return [] }
        let what = Message("thing.designation")
        var result: [Located] = []
        for node in list {
            guard let entry = Fields(node, context: context, what: what, set: ContentKinds.designation) else { continue }
            let unit = entry.string("unit", what: what).flatMap { checkUnit($0, at: entry.value("unit")) }
            let predicate = entry.string("predikat", what: what).flatMap { text -> ZIPredicate? in
                guard let value = Self.predicate(text) else {
                    context.error("zi.unknown-predicate", entry.value("predikat"), Message("zi.unknown-predicate", ["value": .text(text)]),
                                  advice: Message("zi.unknown-predicate.hint"))
                    return nil
                }
                return value
            }
            let year = entry.int("tahun", within: Limits.years)
            entry.requireIfRequired("tahun", what: what)
            let authority = entry.string("oleh", what: what).flatMap { text -> DesignationAuthority? in
                guard let value = DesignationAuthority(rawValue: text.lowercased()) else {
                    context.error("zi.unknown-authority", entry.value("oleh"), Message("zi.unknown-authority", ["value": .text(text)]),
                                  advice: Message("zi.unknown-authority.hint"))
                    return nil
                }
                return value
            }
            let decree = readDecree(entry, "sk", required: entry.isRequired("sk"), what: what)
            let revocation = readDecree(entry, "pencabutan", required: entry.isRequired("pencabutan"), what: Message("thing.revocation"))
            let revokedBy = entry.fields("pencabutan", what: Message("thing.revocation")).flatMap { $0.string("oleh") }
            let designatedBy = entry.string("penetap")
            let supervised = readYesNo(entry, "supervisi_tpn", what: what)
            let report = readReport(entry)
            guard let unit, let predicate, let year, let authority, let decree else { continue }
            if let report, report.date < decree.date {
                context.error("zi.reported-before-designated", Self.field("tanggal", of: entry.value("laporan_kemenpanrb")) ?? entry.value("laporan_kemenpanrb"),
                              Message("zi.reported-before-designated", ["reported": .text(report.date.iso), "designated": .text(decree.date.iso)]),
                              advice: Message("zi.reported-before-designated.hint"))
                continue
            }
            if authority == .selfEvaluation && predicate == .wbbm {
                context.error("zi.self-evaluated-wbbm", entry.value("oleh"), Message("zi.self-evaluated-wbbm"),
                              advice: Message("zi.self-evaluated-wbbm.hint"))
                continue
            }
            if let revocation, revocation.date <= decree.date {
                context.error("zi.revoked-before-designated", Self.field("tanggal", of: entry.value("pencabutan")) ?? entry.value("pencabutan"),
                              Message("zi.revoked-before-designated", ["revoked": .text(revocation.date.iso), "designated": .text(decree.date.iso)]),
                              advice: Message("zi.revoked-before-designated.hint"))
                continue
            }
            if decree.date.year < year || decree.date.year > year + 1 {
                context.warning("zi.decree-year", entry.value("sk"),
                                Message("zi.decree-year", ["date": .text(decree.date.iso), "year": .text(String(year))]),
                                advice: Message("zi.decree-year.hint"))
            }
            result.append((Designation(unit: unit, predicate: predicate, year: year, authority: authority, decree: decree, revocation: revocation,
                                       designatedBy: designatedBy, report: report, revokedBy: revokedBy, supervisedByTPN: supervised), node, entry))
        }
        return result
    }

    /// `laporan_kemenpanrb`: the letter reporting a designation to KemenPANRB.
    func readReport(_ entry: Fields) -> ZIReport? {
        let what = Message("thing.field", ["field": .text("laporan_kemenpanrb")])
        guard let report = entry.fields("laporan_kemenpanrb", what: what) else { return nil }
        guard let date = report.date("tanggal", what: what) else { return nil }
        return ZIReport(number: report.string("nomor"), date: date)
    }

    /// A `ya`/`tidak` (or true/false) field; nil when absent or reported.
    func readYesNo(_ entry: Fields, _ key: String, what: Message) -> Bool? {
        guard let text = entry.string(key, what: what) else { return nil }
        switch text.lowercased() {
        case "ya", "true", "yes": return true
        case "tidak", "false", "no": return false
        default:
            context.error("zi.invalid-yes-no", entry.value(key), Message("zi.invalid-yes-no", ["field": .text(key), "value": .text(text)]),
                          advice: Message("zi.invalid-yes-no.hint", ["field": .text(key)]))
            return nil
        }
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

    func readDecree(_ entry: Fields, _ key: String, required: Bool, what: Message) -> ZIDecree? {
        guard entry.has(key) else {
            if required {
                context.error("content.missing-field", entry.node, Message("content.missing-field", ["field": .text(key), "what": .message(what)]),
                              advice: Message("zi.missing-decree.hint", ["field": .text(key)]))
            }
            return nil
        }
        guard let decree = entry.fields(key, what: Message("thing.field", ["field": .text(key)])) else { return nil }
        let number = decree.string("nomor", what: Message("thing.field", ["field": .text(key)]))
        let date = decree.date("tanggal", what: Message("thing.field", ["field": .text(key)]))
        guard let number, let date else { return nil }
        return ZIDecree(number: number, date: date)
    }

    /// The unit's slug when it is a unit of this instansi; reports it otherwise.
    func checkUnit(_ slug: String, at node: Node?) -> String? {
        guard let owner = tree.instansiOf[slug] else {
            if unplaced.contains(slug) { return nil }
            context.error("zi.unknown-unit", node, Message("zi.unknown-unit", ["unit": .text(slug)]),
                          advice: Suggestion.advice(for: slug, among: ownUnits, then: Message("zi.unknown-unit.hint")))
            return nil
        }
        guard owner == instansi else {
            context.error("zi.other-instansi", node, Message("zi.other-instansi", ["unit": .text(slug), "owner": .text(owner), "instansi": .text(instansi)]),
                          advice: Message("zi.other-instansi.hint", ["owner": .text(owner)]))
            return nil
        }
        return slug
    }

    // MARK: - Additional survey statements

    /// `pernyataan_tambahan`: the instansi's own SPKP and SPAK statements after the
    /// appendix's, each with `mulai`, the first period it is asked in (required, so that
    /// adding a statement cannot make every earlier result incomplete). A code that is not
    /// an element code, or is already used, or a statement without a valid `mulai`, is
    /// reported and the statement left out.
    func readStatements(_ fields: Fields) -> ZIInstrument {
        let what = Message("thing.field", ["field": .text("pernyataan_tambahan")])
        guard let lists = fields.fields("pernyataan_tambahan", what: what) else { return .standard }
        var seen = Set(ZIElements.all.map(\.code))
        func read(_ key: String) -> [SurveyElement] {
            var result: [SurveyElement] = []
            for node in lists.list(key) ?? [] {
                let statement = Message("thing.zi-statement")
                guard let entry = Fields(node, context: context, what: statement, set: ContentKinds.ziStatement) else { continue }
                let code = entry.string("kode", what: statement)
                let text = entry.string("teks", what: statement)
                let start = readStart(entry, code: code)
                guard let code, let text, let start else { continue }
                guard ElementCode.isValid(code) else {
                    context.error("zi.invalid-statement-code", entry.value("kode"), Message("zi.invalid-statement-code", ["code": .text(code)]),
                                  advice: Message("zi.invalid-statement-code.hint"))
                    continue
                }
                guard seen.insert(code).inserted else {
                    context.error("zi.duplicate-statement", entry.value("kode"), Message("zi.duplicate-statement", ["code": .text(code)]),
                                  advice: Message("zi.duplicate-statement.hint"))
                    continue
                }
                result.append(SurveyElement(code: code, label: text))
                starts[code] = start
            }
            return result
        }
        var starts: [String: SurveyPeriod] = [:]
        let spkp = read("spkp")
        let spak = read("spak")
        return ZIInstrument(extraSPKP: spkp, extraSPAK: spak, from: starts)
    }

    /// `mulai` of an added statement: the first survey period that asks it.
    func readStart(_ entry: Fields, code: String?) -> SurveyPeriod? {
        let example = Message("zi.statement-start.hint", ["code": .text(code ?? "SPKP9")])
        guard let text = entry.string("mulai", required: false) else {
            if entry.value("mulai") == nil {
                context.error("content.missing-field", entry.node,
                              Message("content.missing-field", ["field": .text("mulai"), "what": .message(Message("thing.zi-statement"))]),
                              advice: example)
            }
            return nil
        }
        guard let period = SurveyPeriod(text) else {
            context.error("zi.invalid-statement-start", entry.value("mulai"), Message("zi.invalid-statement-start", ["value": .text(text)]),
                          advice: example)
            return nil
        }
        return period
    }

    // MARK: - Proposals, APIP capability, approvals

    func readProposals(_ fields: Fields) -> [(proposals: ZIProposals, node: Node)] {
        guard let list = fields.list("usulan") else { return [] }
        var result: [(proposals: ZIProposals, node: Node)] = []
        for node in list {
            guard let entry = Fields(node, context: context, what: Message("thing.proposal"), set: ContentKinds.proposal) else { continue }
            guard let year = yearOnce(entry, what: Message("thing.proposal"), seen: result.map(\.proposals.year), list: "usulan") else { continue }
            var units: [String] = []
            for unitNode in entry.list("unit") ?? [] {
                guard let slug = unitNode.scalar?.string.trimmedSpaces(), !slug.isEmpty else { continue }
                guard let unit = checkUnit(slug, at: unitNode) else { continue }
                if units.contains(unit) {
                    context.error("zi.duplicate-proposal", unitNode, Message("zi.duplicate-proposal", ["unit": .text(unit), "year": .text(String(year))]),
                                  advice: Message("zi.duplicate-proposal.hint"))
                    continue
                }
                units.append(unit)
            }
            if entry.value("unit") == nil {
                context.error("content.missing-field", entry.node, Message("zi.missing-proposed-units", ["year": .text(String(year))]),
                              advice: Message("zi.missing-proposed-units.hint"))
                continue
            }
            let date = entry.date("tanggal", what: Message("thing.proposal"))
            if let date, date.year != year, let dateNode = entry.value("tanggal") {
                // Likely a typo in one of the two; the window is judged for the date as written.
                context.warning("zi.proposal-date-year", dateNode, Message("zi.proposal-date-year", ["date": .text(date.iso), "year": .text(String(year))]),
                                advice: Message("zi.proposal-date-year.hint"))
            }
            result.append((ZIProposals(year: year, units: units, date: date), node))
        }
        return result
    }

    func readIACM(_ fields: Fields) -> [IACMAssessment] {
        guard let list = fields.list("kapabilitas_apip") else { return [] }
        var result: [IACMAssessment] = []
        for node in list {
            let what = Message("thing.apip-capability")
            guard let entry = Fields(node, context: context, what: what, set: ContentKinds.apipCapability) else { continue }
            let year = yearOnce(entry, what: what, seen: result.map(\.year), list: "kapabilitas_apip")
            let level = entry.int("level", within: Limits.wholeNumber, reportingAs: Limits.Bound(IACMAssessment.levels, "an IACM level", label: "limits.iacm-level"))
            if entry.value("level") == nil { entry.missing("level", what: what) }
            if let level, !IACMAssessment.levels.contains(level) {
                context.error("zi.invalid-level", entry.value("level"), Message("zi.invalid-level", ["level": .text(String(level))]),
                              advice: Message("zi.invalid-level.hint"))
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
            let what = Message("thing.tpn-approval")
            guard let entry = Fields(node, context: context, what: what, set: ContentKinds.tpnApproval) else { continue }
            let year = yearOnce(entry, what: what, seen: result.map(\.year), list: "persetujuan_tpn")
            var approved: Bool?
            if let text = entry.string("disetujui", what: what) {
                switch text.lowercased() {
                case "ya", "true", "yes": approved = true
                case "tidak", "false", "no": approved = false
                default:
                    context.error("zi.invalid-approval", entry.value("disetujui"), Message("zi.invalid-approval", ["value": .text(text)]),
                                  advice: Message("zi.invalid-approval.hint"))
                }
            }
            let decree = readDecree(entry, "sk", required: entry.isRequired("sk"), what: what)
            guard let year, let approved else { continue }
            result.append(TPNApproval(year: year, approved: approved, decree: decree))
        }
        return result
    }

    /// The entry's `tahun`, reported when missing or already given in the same list.
    func yearOnce(_ entry: Fields, what: Message, seen: [Int], list: String) -> Int? {
        guard let year = entry.int("tahun", within: Limits.years) else {
            if entry.value("tahun") == nil { entry.missing("tahun", what: what) }
            return nil
        }
        if seen.contains(year) {
            context.error("zi.duplicate-year", entry.value("tahun"), Message("zi.duplicate-year", ["list": .text(list), "year": .text(String(year))]),
                          advice: Message("zi.duplicate-year.hint"))
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
                              Message("zi.duplicate", ["unit": .text(designation.unit), "predicate": .text(designation.predicate.title),
                                                       "year": .text(String(earlier.year)), "decree": .text(earlier.decree.number)]),
                              advice: Message("zi.duplicate.hint"))
                continue
            }
            if designation.predicate == .wbbm && !sameUnit.contains(where: { $0.predicate == .wbk && $0.decree.date < designation.decree.date && $0.isHeld(on: designation.decree.date) }) {
                context.error("zi.wbbm-without-wbk", item.fields.value("predikat"),
                              Message("zi.wbbm-without-wbk", ["unit": .text(designation.unit), "year": .text(String(designation.year))]),
                              advice: Message("zi.wbbm-without-wbk.hint"))
                continue
            }
            kept.append(designation)
        }
        record.designations = kept

        // A national designation in a year whose proposals are recorded should be among them.
        for item in designations where item.designation.authority == .tpn && kept.contains(item.designation) {
            if let proposal = record.proposals.first(where: { $0.year == item.designation.year }), !proposal.units.contains(item.designation.unit) {
                context.warning("zi.not-proposed", item.fields.value("unit"),
                                Message("zi.not-proposed", ["unit": .text(item.designation.unit), "year": .text(String(item.designation.year))]),
                                advice: Message("zi.not-proposed.hint", ["year": .text(String(item.designation.year))]))
            }
        }
        // A self-evaluated designation not reported to KemenPANRB in time (E.3.d). Without a
        // build date (`date` nil) only a late report is judged.
        for item in designations where item.designation.authority == .selfEvaluation && kept.contains(item.designation) {
            let designation = item.designation
            let lastDay = DesignationReportDeadline.lastDay(for: designation.decree.date)
            let arguments: [String: MessageArgument] = [
                "unit": .text(designation.unit), "decree": .text(designation.decree.date.iso), "last": .text(lastDay.iso),
                "days": .text(String(DesignationReportDeadline.table.inForce(on: designation.decree.date).value)),
            ]
            // E.3.b: the self-evaluation "wajib disupervisi oleh TPN"; only a recorded `tidak` is reported.
            if designation.supervisedByTPN == false {
                context.warning("zi.not-supervised", item.fields.value("supervisi_tpn"), Message("zi.not-supervised", ["unit": .text(designation.unit)]),
                                advice: Message("zi.not-supervised.hint"))
            }
            switch designation.reportStatus(on: date ?? designation.decree.date) {
            case .late:
                context.warning("zi.report-late", Self.field("tanggal", of: item.fields.value("laporan_kemenpanrb")),
                                Message("zi.report-late", arguments.merging(["reported": .text(designation.report?.date.iso ?? "")]) { a, _ in a }),
                                advice: Message("zi.report-late.hint", arguments))
            case .notReported:
                context.warning("zi.report-missing", item.fields.value("oleh"), Message("zi.report-missing", arguments),
                                advice: Message("zi.report-missing.hint", arguments))
            case .reported, .notYetDue, .notRequired:
                break
            }
        }
        // A self-evaluation when the conditions were not met.
        for item in designations where item.designation.authority == .selfEvaluation && kept.contains(item.designation) {
            let eligibility = SelfEvaluationEligibility.evaluate(record, portalUnits: ownUnits.count,
                                                                  year: item.designation.year)
            if eligibility.status == .notMet {
                context.warning("zi.self-evaluation-not-eligible", item.fields.value("oleh"),
                                Message("zi.self-evaluation-not-eligible", ["year": .text(String(item.designation.year))]),
                                advice: Message("zi.self-evaluation-not-eligible.hint"))
            }
        }
    }
}
