import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting
import Testing

/// The table of content kinds and the decoders in step: every field of the table is
/// accepted, a key outside it is refused with the table's keys as the hint, and leaving
/// out a required field is `content.missing-field`. The starters of `lentera init` and
/// `lentera new` load with no diagnostic but the warnings of their placeholders.
@Suite struct ContentKindsTests {
    static let today = CalendarDate(year: 2026, month: 3, day: 2)!

    /// A portal from `Starters.portal`, with one starter file of each other kind.
    static var starterPortal: TestPortal {
        var files: [String: String] = [:]
        for file in Starters.portal(today: today) { files[file.path] = file.text }
        for kind in ContentKinds.all where !["portal", "unit", "maklumat", "layanan", "halaman"].contains(kind.name) {
            let file = starter(kind)
            files[file.path] = file.text
        }
        return TestPortal(files: files)
    }

    /// The warning expected where `file` writes `prefix` + `text`: its place in the file
    /// (found in the starter's text, 1-based) and the field it names.
    static func placeholder(in file: StarterFile, _ prefix: String, _ text: String, field: String) -> String {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0 == prefix + text }.map { $0 + 1 } ?? 0
        return "warning content.placeholder content/\(file.path):\(line):\(prefix.count + 1) `\(field)`"
    }

    static func starter(_ kind: ContentKind) -> StarterFile {
        if kind.name == "portal" { return Starters.portal(today: today).first { $0.path == "portal.yaml" }! }
        let slug = Starters.defaultSlug(for: kind, instansi: "pemerintah-kabupaten-contoh", today: today) ?? "baru"
        let unit = kind.name == "unit" ? nil : "dinas-contoh"
        let request = Starters.Request(slug: kind.name == "unit" ? "unit-baru" : slug, unit: unit, name: "Contoh",
                                       instansi: "pemerintah-kabupaten-contoh", today: today)
        // A unit's maklumat is part of the portal already: a second one would be the same file.
        return kind.name == "maklumat" ? Starters.portal(today: today).first { $0.path.hasSuffix("maklumat.md") }!
            : Starters.file(kind, request)
    }

    /// The only diagnostics of the starters are the placeholders an officer must replace
    /// (the maklumat's signatory, the SOP's decree and who enacted it, the survey analysis's
    /// instruction and example step), each a warning at its value. Before `content.placeholder`, a maklumat "signed" by "Nama Kepala Unit"
    /// loaded without a word.
    @Test func theStartersLoadWithOnlyTheirPlaceholderWarnings() throws {
        let loaded = try load(Self.starterPortal)
        let maklumat = Self.starter(ContentKinds.maklumat), sop = Self.starter(ContentKinds.sop)
        let analysis = Self.starter(ContentKinds.analisisSurvei)
        let expected = [
            Self.placeholder(in: maklumat, "  nama: ", Placeholder.officialName, field: "penandatangan.nama"),
            Self.placeholder(in: maklumat, "  jabatan: ", Placeholder.officialPosition, field: "penandatangan.jabatan"),
            Self.placeholder(in: sop, "  nomor: ", Placeholder.decreeNumber, field: "penetapan.nomor"),
            Self.placeholder(in: sop, "  oleh: ", Placeholder.officialPosition, field: "penetapan.oleh"),
            Self.placeholder(in: analysis, "", Placeholder.analysis, field: "## Analisis"),
            Self.placeholder(in: analysis, "", Placeholder.followUpStep, field: "## Rencana tindak lanjut"),
        ]
        #expect(loaded.diagnostics.map { "\($0.severity) \($0.code) \($0.location!.description) \($0.summary.text(in: .en).components(separatedBy: " still holds")[0])" }.sorted()
                == expected.sorted())
        #expect(loaded.content?.sops.count == 1)
        #expect(loaded.content?.performance.count == 1)
        #expect(loaded.content?.surveys.count == 1)
    }

    /// The settings the starter shows as commented examples (contact, logo, colour, PPID),
    /// uncommented as they stand, load without a new diagnostic: an officer who follows
    /// "hapus tanda # di awal baris" gets a valid file. The logo names a file to add.
    @Test func theStartersCommentedExamplesAreValidWhenUncommented() throws {
        let file = Self.starter(ContentKinds.portal)
        let text = file.text.replacingOccurrences(of: "\n#   ", with: "\n")
        for key in ["kontak", "logo", "warna", "ppid"] {
            #expect(text.contains("\n\(key):"), "the starter shows no example of `\(key)`")
        }
        let png = try Data(contentsOf: Repository.root.appendingPathComponent("content/berkas/logo.png"))
        let loaded = try load(Self.starterPortal.with(file.path, text).with("berkas/logo.png", bytes: png))
        let before = try load(Self.starterPortal)
        #expect(loaded.diagnostics.map(\.code).sorted() == before.diagnostics.map(\.code).sorted(), "\(loaded.diagnostics.map(\.formatted))")
        #expect(loaded.content?.portal.colour != nil)
        #expect(loaded.content?.portal.ppid != nil)
    }

    @Test(arguments: ContentKinds.all.map(\.name))
    func everyFieldOfTheTableIsAccepted(_ name: String) throws {
        let kind = try #require(ContentKinds.named(name))
        let file = Self.starter(kind)
        // Each field written empty: accepted as a key, and read as absent.
        for field in kind.fields.fields where !(field.isBody && file.path.hasSuffix(".md")) {
            let text = Self.adding("\(field.key): ~", to: file.text, replacing: field.key)
            let loaded = try load(Self.starterPortal.with(file.path, text))
            #expect(loaded.diagnostics("content.unknown-key").isEmpty, "`\(field.key)` of \(name) is refused: \(loaded.diagnostics.map(\.formatted))")
        }
    }

    @Test(arguments: ContentKinds.all.map(\.name))
    func aKeyOutsideTheTableIsRefusedWithTheTablesKeys(_ name: String) throws {
        let kind = try #require(ContentKinds.named(name))
        let file = Self.starter(kind)
        let loaded = try load(Self.starterPortal.with(file.path, Self.adding("bukan_kolom: 1", to: file.text, replacing: nil)))
        let refusal = try #require(loaded.diagnostics("content.unknown-key").first)
        let hint = try #require(refusal.advice).text(in: .en)
        for key in kind.fields.keys(markdown: file.path.hasSuffix(".md")) {
            #expect(hint.contains(key), "the hint for \(name) does not list `\(key)`: \(hint)")
        }
    }

    @Test(arguments: ContentKinds.all.map(\.name))
    func leavingOutARequiredFieldIsAMissingField(_ name: String) throws {
        let kind = try #require(ContentKinds.named(name))
        let file = Self.starter(kind)
        for key in kind.fields.requiredKeys where !(kind.fields[key]!.isBody) {
            let text = Self.removing(key, from: file.text)
            #expect(text != file.text, "the starter of \(name) does not write the required `\(key)`")
            let loaded = try load(Self.starterPortal.with(file.path, text))
            let missing = loaded.diagnostics("content.missing-field").map { $0.summary.text(in: .en) }
            #expect(missing.contains { $0.contains("`\(key)`") }, "leaving out `\(key)` of \(name) gave \(loaded.diagnostics.map(\.formatted))")
        }
    }

    /// The same for the sets of fields under a top-level field, where the starter writes one
    /// (a service's `ditetapkan`, an SOP's steps, an instansi entry…).
    @Test(arguments: ContentKinds.all.map(\.name))
    func leavingOutARequiredNestedFieldIsAMissingField(_ name: String) throws {
        let kind = try #require(ContentKinds.named(name))
        let file = Self.starter(kind)
        var checked = 0
        for field in kind.fields.fields {
            guard let nested = field.shape.fieldSet else { continue }
            for key in nested.requiredKeys {
                guard let text = Self.removing(key, under: field.key, from: file.text) else { continue }
                checked += 1
                let loaded = try load(Self.starterPortal.with(file.path, text))
                let missing = loaded.diagnostics("content.missing-field").map { $0.summary.text(in: .en) }
                #expect(missing.contains { $0.contains("`\(key)`") },
                        "leaving out `\(field.key)`.`\(key)` of \(name) gave \(loaded.diagnostics.map(\.formatted))")
            }
        }
        // A unit's hours and head and a service's decree are not written by the starters
        // (commented examples and `ditetapkan: belum`: nothing invented is published). An
        // indicator's `target` and `satuan` are required by its kind (PerformanceFileTests).
        let expected = ["portal": 3, "maklumat": 1, "sop": 6, "kinerja": 2, "spbe": 3, "zona-integritas": 2]
        #expect(checked == expected[name, default: 0], "\(name): \(checked) nested required fields checked")
    }

    @Test func kindsHaveDistinctNamesAndPlaces() {
        #expect(Set(ContentKinds.all.map(\.name)).count == ContentKinds.all.count)
        // Two kinds may share a place only with different extensions (a survey result and
        // its analysis: `skm-2026-Q1.yaml` and `skm-2026-Q1.md`).
        for (index, kind) in ContentKinds.all.enumerated() {
            for other in ContentKinds.all[..<index] where other.place == kind.place {
                #expect(Set(other.extensions).isDisjoint(with: kind.extensions), "\(other.name) and \(kind.name) share a file")
            }
        }
        #expect(ContentKinds.layanan.glob == "units/*/layanan/*")
    }

    // MARK: - Editing a starter's text

    /// `line` added as a top-level field (into the front matter of a Markdown file), after
    /// removing the field `replacing` when the starter writes it.
    static func adding(_ line: String, to text: String, replacing key: String?) -> String {
        let base = key.map { removing($0, from: text) } ?? text
        if base.hasPrefix("---\n") { return "---\n" + line + "\n" + base.dropFirst(4) }
        return line + "\n" + base
    }

    /// The text without the first field `key` inside the top-level field `top` (its line and
    /// the lines indented deeper); a list item's `- ` moves to the next line. Nil when the
    /// text has no such field.
    static func removing(_ key: String, under top: String, from text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(top + ":") }) else { return nil }
        var index = start + 1
        while index < lines.count, lines[index].hasPrefix(" ") {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let item = rest.hasPrefix("- ")
            let field = item ? rest.dropFirst(2) : rest
            if field.hasPrefix(key + ":") {
                let depth = indent + (item ? 2 : 0)
                var end = index + 1
                while end < lines.count, lines[end].prefix(while: { $0 == " " }).count > depth { end += 1 }
                if item {
                    guard end < lines.count, lines[end].prefix(while: { $0 == " " }).count == depth else { return nil }
                    lines[end] = String(repeating: " ", count: indent) + "- " + lines[end].dropFirst(depth)
                }
                lines.removeSubrange(index..<end)
                return lines.joined(separator: "\n")
            }
            index += 1
        }
        return nil
    }

    /// The text without the top-level field `key` (its line and the indented lines under it).
    static func removing(_ key: String, from text: String) -> String {
        var lines: [Substring] = []
        var skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(key + ":") { skipping = true; continue }
            if skipping && (line.hasPrefix(" ") || (line.hasPrefix("-") && line != "---")) { continue }
            skipping = false
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
