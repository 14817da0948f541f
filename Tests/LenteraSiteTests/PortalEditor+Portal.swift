import Foundation

/// Edits of the portal as a whole: its settings, its templates folder, and the files of
/// every `berkas/`.
extension PortalEditor {
    static func changeSettings(_ world: inout PropertyWorld) throws -> EditStep? {
        var settings = world.portal.settings
        let what: String
        switch world.random.below(10) {
        case 0:
            settings.title = "Portal " + phrase(&world, words: 3)
            what = "title “\(settings.title)”"
        case 1:
            settings.colour = world.random.pick(["#0B5E55", "#8A1C1C", "#1F3A93", "#5A2D82", nil].filter { $0 != settings.colour })
            what = "colour \(settings.colour ?? "removed")"
        case 2:
            settings.english.toggle()
            what = "language \(settings.english ? "en" : "id")"
        case 3:
            settings.conversion = world.random.pick([nil, "proporsional", "linier"].filter { $0 != settings.conversion })
            what = "konversi_zi \(settings.conversion ?? "removed")"
        case 4:
            settings.elementNames = settings.elementNames == nil || world.random.chance(50)
                ? (1...9).map { "Unsur \($0) " + phrase(&world, words: 1).lowercased() } : nil
            what = "unsur_skm \(settings.elementNames == nil ? "removed" : "named")"
        case 5:
            settings.banner = settings.banner == nil ? sentence(&world) : nil
            what = "data_contoh \(settings.banner == nil ? "removed" : "set")"
        case 6:
            settings.baseURL = settings.baseURL == "https://transparansi.uji.go.id/" ? "https://portal.uji.go.id/layanan/" : "https://transparansi.uji.go.id/"
            what = "base_url \(settings.baseURL)"
        case 7:
            settings.reviewed = world.random.pick([nil, "2025-01-15", "2026-06-01", "2027-12-01"].filter { $0 != settings.reviewed })
            what = "aksesibilitas.ditinjau \(settings.reviewed ?? "removed")"
        case 8:
            settings.logo.toggle()
            if settings.logo && world.portal.portalFiles["logo.png"] == nil {
                world.portal.portalFiles["logo.png"] = SampleAttachment.png(width: 48, height: 48)
            }
            what = "logo \(settings.logo ? "set" : "removed")"
        default:
            if world.random.chance(30) {
                let slug = world.fresh("instansi")
                settings.instansi.append(EditablePortal.Instansi(slug: slug, name: "Pemerintah " + phrase(&world)))
                what = "instansi \(slug) added"
            } else {
                let index = world.random.below(settings.instansi.count)
                settings.instansi[index].name = "Pemerintah " + phrase(&world)
                what = "instansi \(settings.instansi[index].slug) renamed"
            }
        }
        world.portal.settings = settings
        return EditStep(description: "portal.yaml: \(what)")
    }

    /// The templates the portal's folder may hold, each by its text of a version.
    static let templateFiles: [(path: String, text: @Sendable (Int) -> String)] = [
        ("page.mustache", EditablePortal.pageTemplate),
        ("partials/items.mustache", EditablePortal.itemsTemplate),
        ("assets/style.css", EditablePortal.styleSheet),
    ]

    static func changeTemplate(_ world: inout PropertyWorld) throws -> EditStep? {
        let present = templateFiles.filter { world.portal.templates[$0.path] != nil }
        guard !present.isEmpty else { return nil }
        let file = world.random.pick(present)
        world.portal.templates[file.path] = file.text(world.random.int(2...99))
        return EditStep(description: "change templates/\(file.path)")
    }

    /// Adds a template to the portal's folder or removes one (the last one removed, the
    /// folder goes: the built-in theme alone).
    static func addOrRemoveTemplateFile(_ world: inout PropertyWorld) throws -> EditStep? {
        let file = world.random.pick(templateFiles)
        if world.portal.templates[file.path] == nil {
            world.portal.templates[file.path] = file.text(world.random.int(2...99))
            return EditStep(description: "add templates/\(file.path)")
        }
        world.portal.templates[file.path] = nil
        return EditStep(description: "remove templates/\(file.path)")
    }

    /// Every attachment: nil for the portal's `berkas/`, else the unit's index, and the name.
    static func attachments(_ world: PropertyWorld) -> [(unit: Int?, name: String)] {
        world.portal.portalFiles.keys.sorted().map { (nil, $0) }
            + world.portal.units.indices.flatMap { u in world.portal.units[u].files.keys.sorted().map { (u, $0) } }
    }

    static func addAttachment(_ world: inout PropertyWorld) throws -> EditStep? {
        let png = world.random.chance(50)
        let name = world.fresh(png ? "gambar" : "dokumen") + (png ? ".png" : ".pdf")
        let bytes = png ? SampleAttachment.png(width: world.random.int(10...400), height: world.random.int(10...400))
            : SampleAttachment.pdf(world.random.int(1...999))
        if world.random.chance(30) {
            world.portal.portalFiles[name] = bytes
            return EditStep(description: "add berkas/\(name)")
        }
        guard let u = unitIndex(&world) else { return nil }
        world.portal.units[u].files[name] = bytes
        return EditStep(description: "add berkas/\(name) to \(world.portal.units[u].folder)")
    }

    /// New bytes under the same name: a PDF of another version (often of the same size), an
    /// image of another size (its pages show the new width and height).
    static func replaceAttachment(_ world: inout PropertyWorld) throws -> EditStep? {
        let all = attachments(world)
        guard !all.isEmpty else { return nil }
        let (unit, name) = world.random.pick(all)
        let bytes = name.hasSuffix(".png") ? SampleAttachment.png(width: world.random.int(10...400), height: world.random.int(10...400))
            : SampleAttachment.pdf(world.random.int(100...999))
        if let unit { world.portal.units[unit].files[name] = bytes } else { world.portal.portalFiles[name] = bytes }
        return EditStep(description: "replace berkas/\(name)\(unit.map { " of \(world.portal.units[$0].folder)" } ?? "")")
    }

    /// Deletes an attachment, and what named it (the logo setting, a poster, a maklumat's scan).
    static func deleteAttachment(_ world: inout PropertyWorld) throws -> EditStep? {
        let all = attachments(world)
        guard !all.isEmpty else { return nil }
        let (unit, name) = world.random.pick(all)
        if let u = unit {
            world.portal.units[u].files[name] = nil
            if world.portal.units[u].maklumat?.scan == name { world.portal.units[u].maklumat?.scan = nil }
            for s in world.portal.units[u].services.indices where world.portal.units[u].services[s].poster == name {
                world.portal.units[u].services[s].poster = nil
            }
            return EditStep(description: "delete berkas/\(name) of \(world.portal.units[u].folder)")
        }
        world.portal.portalFiles[name] = nil
        if name == "logo.png" { world.portal.settings.logo = false }
        return EditStep(description: "delete berkas/\(name)")
    }
}
