import Foundation

/// Edits that make the portal invalid for one step (through `PropertyWorld.overlay`; the
/// next step writes the portal's own files again): both builds must fail alike, and the
/// published tree must stay as it was.
extension PortalEditor {
    static func breakPortal(_ world: inout PropertyWorld) throws -> EditStep? {
        try breakPortal(&world, kind: world.random.below(breakingKinds))
    }

    /// How many ways `breakPortal(_:kind:)` knows.
    static let breakingKinds = 9

    /// Breaks the portal in the way numbered `kind` (nil when the portal has nothing to
    /// break that way).
    static func breakPortal(_ world: inout PropertyWorld, kind: Int) throws -> EditStep? {
        let files = world.portal.files()
        func text(_ path: String) -> String { String(decoding: files[path]!, as: UTF8.self) }
        func replacing(_ path: String, _ old: String, _ new: String) -> Data? {
            let before = text(path)
            guard let range = before.range(of: old) else { return nil }
            return Data(before.replacingCharacters(in: range, with: new).utf8)
        }
        switch kind {
        case 0:
            guard let (u, s) = serviceIndex(&world, matching: { !$0.json }) else { return nil }
            let service = world.portal.units[u].services[s]
            let path = "\(folder(world.portal.units[u]))/layanan/\(service.file).md"
            guard let broken = replacing(path, "nama: ", "nama: \"") else { return nil }
            world.overlay[path] = broken
            return EditStep(description: "break: an unclosed quote in \(path)", breaks: true)
        case 1:
            guard let u = unitIndex(&world) else { return nil }
            let path = "\(folder(world.portal.units[u]))/unit.md"
            let line = world.portal.units[u].parent.map { "induk: \($0)" } ?? "instansi: \(world.portal.units[u].instansi)"
            guard let broken = replacing(path, line, "induk: unit-yang-tidak-ada") else { return nil }
            world.overlay[path] = broken
            return EditStep(description: "break: \(path) names a parent that does not exist", breaks: true)
        case 2:
            world.overlay["templates/page.mustache"] = Data("<article>{{#title}}<h1>{{title}}</h1></article>\n".utf8)
            return EditStep(description: "break: templates/page.mustache leaves a section open", breaks: true)
        case 3:
            world.overlay["content/berkas/bukan-gambar.png"] = Data("<html><body>bukan PNG</body></html>\n".utf8)
            return EditStep(description: "break: berkas/bukan-gambar.png holds HTML", breaks: true)
        case 4:
            world.overlay["content/pages/rusak.md"] = Data("---\njudul: Tautan Rusak\n---\n\nLihat [halaman](../tidak-ada/).\n".utf8)
            return EditStep(description: "break: pages/rusak.md links a page that does not exist", breaks: true)
        case 5:
            // A file that a field or a link names, removed with the name left in place.
            var named: [String] = []
            if world.portal.settings.logo { named.append("content/berkas/logo.png") }
            if world.portal.pages.contains(where: \.links) { named.append("content/berkas/panduan.pdf") }
            for unit in world.portal.units {
                if let scan = unit.maklumat?.scan { named.append("\(folder(unit))/berkas/\(scan)") }
                named += unit.services.compactMap(\.poster).map { "\(folder(unit))/berkas/\($0)" }
            }
            named = named.filter { files[$0] != nil }
            guard !named.isEmpty else { return nil }
            let path = world.random.pick(named)
            world.overlay[path] = .some(nil)
            return EditStep(description: "break: \(path) removed while still named", breaks: true)
        case 6:
            world.overlay["content/portal.yaml"] = Data((text("content/portal.yaml") + "warna: merah\n").utf8)
            return EditStep(description: "break: portal.yaml warna written twice, once not a colour", breaks: true)
        case 7:
            guard let (u, s) = serviceIndex(&world) else { return nil }
            let unit = world.portal.units[u]
            let twin = EditablePortal.Service(file: world.fresh("kembar"), slug: unit.services[s].address, name: "Layanan Kembar")
            world.overlay["\(folder(unit))/layanan/\(twin.file).md"] = Data(EditablePortal.serviceMarkdown(twin).utf8)
            return EditStep(description: "break: a second service of \(unit.folder) at the address \(twin.slug!)", breaks: true)
        default:
            guard let u = unitIndex(&world, matching: { !$0.surveys.isEmpty }) else { return nil }
            let survey = world.random.pick(world.portal.units[u].surveys)
            let path = "\(folder(world.portal.units[u]))/survei/\(survey.file).yaml"
            guard let broken = replacing(path, "responden: \(survey.respondents)", "responden: \(survey.respondents - 3)") else { return nil }
            world.overlay[path] = broken
            return EditStep(description: "break: \(path) counts more answers than respondents", breaks: true)
        }
    }

    /// An edit for a step that keeps the previous step's break: one that cannot mend it
    /// (none removes a file's last mention, nor moves a service's address), so that the
    /// builds must fail again, now with the broken file unchanged since the last build.
    static func stepWhileBroken(_ world: inout PropertyWorld) throws -> EditStep {
        let edits: [(Int, Edit)] = [
            (2, changeDate), (2, addService), (2, changeUnit), (2, changeSurvey), (1, changeSOP), (1, changeIndicators),
            (1, changeTemplate),
            (1, { _ in EditStep(description: "touch a file", diskAction: .touch) }),
            (1, { _ in EditStep(description: "two saves within one clock tick", diskAction: .sameTickRewrite) }),
            (2, { _ in EditStep(description: "nothing") }),
        ]
        while true {
            if let step = try world.random.pick(weighted: edits)(&world) { return step }
        }
    }
}
