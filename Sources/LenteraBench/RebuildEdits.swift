import Foundation
import LenteraSynth

/// A kind of change an officer makes before a rebuild.
public enum RebuildCase: String, Sendable, CaseIterable {
    case nothingChanged = "nothing changed"
    /// One service file's text changed (a sentence added to its description).
    case editService = "edit one service"
    /// A new unit folder, under the measured unit, with a `unit.md` and two services.
    case addUnit = "add a unit"
    /// A comment appended to the template the portal's own templates folder overrides.
    case changeTemplate = "change a template"
    /// A raw survey export imported (`lentera survey import`) for the next quarter.
    case surveyImport = "survey import"

    /// `edit-one-service`: for file names.
    public var slug: String { rawValue.replacingOccurrences(of: " ", with: "-") }

    /// `edit-one-service` → the case; nil for any other text.
    public init?(slug: String) {
        guard let found = RebuildCase.allCases.first(where: { $0.slug == slug }) else { return nil }
        self = found
    }
}

/// What a case changed in the content before its rebuild.
public struct RebuildChange: Sendable {
    /// The files written, relative to the content or templates folder.
    public var files: [String] = []
    /// The output pages the change must produce or change.
    public var expectedPages: [String] = []
    /// The period a survey import added.
    public var period: String?
    /// What the import cost (survey import only).
    public var importCost: ProcessCost?
}

/// Makes the changes of `RebuildCase` in a scratch content folder, each run another one.
struct RebuildEdits {
    let content: String
    let templates: String
    /// The template the templates folder overrides.
    let template: String
    /// The unit the changes concern.
    let unit: String
    /// The last quarter imported (or found) for `unit`.
    private var period: String?

    init(content: String, templates: String, template: String, unit: String) {
        self.content = content
        self.templates = templates
        self.template = template
        self.unit = unit
    }

    /// Makes the change of run `number` of `kind`. A survey import only chooses its period
    /// here: the import is run and timed by the benchmark.
    mutating func apply(_ kind: RebuildCase, number: Int) throws -> RebuildChange {
        var change = RebuildChange()
        switch kind {
        case .nothingChanged:
            break
        case .editService:
            let service = try services(of: unit)[0]
            let path = "units/\(unit)/layanan/\(service).md"
            try append("\nKeterangan tambahan dari petugas, perubahan ke-\(number).\n", to: content + "/" + path)
            change.files = [path]
            change.expectedPages = ["unit/\(unit)/layanan/\(service)/index.html"]
        case .addUnit:
            change = try addUnit(number)
        case .changeTemplate:
            try append("{{! lentera-bench: perubahan \(number) }}\n", to: templates + "/" + template)
            change.files = ["templates/" + template]
        case .surveyImport:
            let next = RebuildBenchmark.quarter(after: try period ?? RebuildBenchmark.latestQuarter(of: unit, in: content))
            period = next
            change.period = next
            change.files = ["units/\(unit)/survei/skm-\(next).yaml"]
            change.expectedPages = ["unit/\(unit)/index.html", "survei/index.html"]
        }
        return change
    }

    /// `unit-layanan-baru-N` under `unit`: its `unit.md` and two services, copies of the
    /// unit's first two with other names.
    private func addUnit(_ number: Int) throws -> RebuildChange {
        let slug = "unit-layanan-baru-\(number)"
        let folder = "units/\(slug)"
        try FileTree.makeFolders(content + "/" + folder + "/layanan")
        var change = RebuildChange()
        let unitText = """
            ---
            nama: Unit Layanan Baru \(number)
            jenis: bidang
            induk: \(unit)
            alamat: Jl. Merdeka No. \(number), Gedung Pelayanan Terpadu
            telepon: "(021) 555 01\(String(format: "%02d", number % 100))"
            email: unit-baru-\(number)@contoh.go.id
            jam_layanan:
              - hari: Senin–Jumat
                jam: "08.00–15.00"
            urutan: \(900 + number)
            ---

            Unit Layanan Baru \(number) dibentuk untuk mendekatkan pelayanan kepada masyarakat.

            """
        try FileTree.write(content + "/" + folder + "/unit.md", unitText)
        change.files.append(folder + "/unit.md")
        change.expectedPages.append("unit/\(slug)/index.html")
        for (index, service) in try services(of: unit).prefix(2).enumerated() {
            let text = try String(contentsOfFile: "\(content)/units/\(unit)/layanan/\(service).md", encoding: .utf8)
            let renamed = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("nama: ") ? "nama: Layanan Baru \(number)-\(index + 1) \(line.dropFirst("nama: ".count))" : String(line)
            }.joined(separator: "\n")
            let name = "layanan-baru-\(number)-\(index + 1)"
            try FileTree.write("\(content)/\(folder)/layanan/\(name).md", renamed)
            change.files.append("\(folder)/layanan/\(name).md")
            change.expectedPages.append("unit/\(slug)/layanan/\(name)/index.html")
        }
        return change
    }

    /// The service files of a unit, by slug.
    private func services(of unit: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(content)/units/\(unit)/layanan")
        let slugs = names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
        guard !slugs.isEmpty else { throw Benchmark.Failure(description: "the unit `\(unit)` has no service") }
        return slugs
    }

    private func append(_ text: String, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw Benchmark.Failure(description: "cannot open \(path) to change it")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}

/// What each case must change in the published tree, and must not.
enum RebuildExpectations {
    static func problems(_ kind: RebuildCase, changes: TreeChanges, change: RebuildChange, unit: String, summary: BuildSummary?) -> [String] {
        var problems: [String] = []
        let written = Set(changes.written)
        let services = (changes.written + changes.removed).filter(RebuildBenchmark.isServicePage)
        switch kind {
        case .nothingChanged, .changeTemplate:
            if changes.count > 0 {
                problems.append("\(changes.count) files differ from the tree before, e.g. `\((changes.written + changes.removed)[0])`")
            }
        case .editService:
            for page in change.expectedPages where !written.contains(page) { problems.append("`\(page)` did not change") }
            let others = services.filter { !change.expectedPages.contains($0) }
            if !others.isEmpty { problems.append("\(others.count) other service pages changed, e.g. `\(others[0])`") }
        case .addUnit:
            for page in change.expectedPages where !changes.added.contains(page) { problems.append("`\(page)` was not added") }
            let others = services.filter { !change.expectedPages.contains($0) }
            if !others.isEmpty { problems.append("\(others.count) other service pages changed, e.g. `\(others[0])`") }
        case .surveyImport:
            for page in change.expectedPages where !written.contains(page) { problems.append("`\(page)` did not change") }
            if !written.contains(where: { $0.hasPrefix("data/") }) { problems.append("no open data file (`data/`) changed") }
            if !services.isEmpty {
                problems.append("\(services.count) service page\(services.count == 1 ? "" : "s") changed, e.g. `\(services[0])`")
            }
        }
        if summary == nil { problems.append("the build printed no summary line") }
        return problems
    }
}
