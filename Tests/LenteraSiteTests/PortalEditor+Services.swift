import Foundation

/// Edits of service standards: add, change (text, a component, the name, the `slug:`),
/// rename the file, delete, swap two files, rewrite in the other format.
extension PortalEditor {
    static let durations = ["15 menit", "30 menit", "1 jam", "2 hari kerja", "5 hari kerja"]
    static let updatedDays = ["2025-01-10", "2026-03-01", "2026-10-05", "2027-06-01"]

    static func addService(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        var service = EditablePortal.Service(file: world.fresh("layanan"), name: "Layanan " + phrase(&world), body: sentence(&world))
        service.json = world.random.chance(25)
        if world.random.chance(35) {
            let count = world.random.int(1...3)
            service.missing = Set(world.random.shuffled(EditablePortal.componentKeys).prefix(count))
        }
        service.duration = world.random.pick(durations)
        if world.random.chance(30) { service.fee = 1000 * world.random.int(1...50) }
        if world.random.chance(50) { service.updated = world.random.pick(updatedDays) }
        world.portal.units[u].services.append(service)
        return EditStep(description: "add service \(service.file)\(service.json ? ".json" : ".md") to \(world.portal.units[u].folder)")
    }

    static func changeServiceText(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let (u, s) = serviceIndex(&world) else { return nil }
        var service = world.portal.units[u].services[s]
        let what: String
        switch world.random.below(4) {
        case 0:
            service.body = sentence(&world)
            what = "description"
        case 1:
            service.summary = service.summary == nil || world.random.chance(50) ? sentence(&world) : nil
            what = "summary"
        case 2:
            service.requirements = (0..<world.random.int(1...3)).map { _ in "Berkas " + phrase(&world).lowercased() }
            what = "requirements"
        default:
            service.order = service.order == nil ? world.random.int(1...5) : nil
            what = "order"
        }
        world.portal.units[u].services[s] = service
        return EditStep(description: "change the \(what) of service \(service.file) of \(world.portal.units[u].folder)")
    }

    /// The description or the requirements of one service: wording that shows on its own
    /// page alone.
    static func changeServiceWording(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let (u, s) = serviceIndex(&world) else { return nil }
        var service = world.portal.units[u].services[s]
        let what: String
        if world.random.chance(50) {
            service.body = sentence(&world)
            what = "description"
        } else {
            service.requirements = (0..<world.random.int(1...3)).map { _ in "Berkas " + phrase(&world).lowercased() }
            what = "requirements"
        }
        world.portal.units[u].services[s] = service
        return EditStep(description: "change the \(what) of service \(service.file) of \(world.portal.units[u].folder) (wording)")
    }

    static func changeServiceComponent(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let (u, s) = serviceIndex(&world) else { return nil }
        var service = world.portal.units[u].services[s]
        let what: String
        switch world.random.below(4) {
        case 0:
            let key = world.random.pick(EditablePortal.componentKeys)
            if service.missing.remove(key) == nil { service.missing.insert(key) }
            what = "component \(key) \(service.missing.contains(key) ? "removed" : "added")"
        case 1:
            service.duration = world.random.pick(durations.filter { $0 != service.duration })
            what = "time \(service.duration)"
        case 2:
            service.fee = service.fee == nil ? 1000 * world.random.int(1...50) : nil
            what = "cost \(service.fee.map(String.init) ?? "Gratis")"
        default:
            service.updated = world.random.chance(80) ? world.random.pick(updatedDays) : nil
            what = "diperbarui \(service.updated ?? "removed")"
        }
        world.portal.units[u].services[s] = service
        return EditStep(description: "service \(service.file) of \(world.portal.units[u].folder): \(what)")
    }

    static func renameService(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let (u, s) = serviceIndex(&world) else { return nil }
        world.portal.units[u].services[s].name = "Layanan " + phrase(&world, words: world.random.int(1...3))
        return EditStep(description: "rename service \(world.portal.units[u].services[s].file) to “\(world.portal.units[u].services[s].name)”")
    }

    /// Sets, changes or removes the `slug:` field: the page's address moves, and the survey
    /// of that service follows it.
    static func changeServiceSlug(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let (u, s) = serviceIndex(&world) else { return nil }
        let old = world.portal.units[u].services[s].address
        world.portal.units[u].services[s].slug = world.portal.units[u].services[s].slug != nil && world.random.chance(50) ? nil : world.fresh("alamat")
        retarget(&world, unit: u, from: old, to: world.portal.units[u].services[s].address)
        return EditStep(description: "service \(world.portal.units[u].services[s].file): address \(old) → \(world.portal.units[u].services[s].address)")
    }

    /// Renames the file (one `rename`: same inode, size and times).
    static func renameServiceFile(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let (u, s) = serviceIndex(&world) else { return nil }
        let service = world.portal.units[u].services[s]
        let ext = service.json ? "json" : "md"
        let file = world.fresh("layanan")
        let from = "\(folder(world.portal.units[u]))/layanan/\(service.file).\(ext)"
        let to = "\(folder(world.portal.units[u]))/layanan/\(file).\(ext)"
        try world.disk.rename(from, to: to)
        world.portal.units[u].services[s].file = file
        retarget(&world, unit: u, from: service.address, to: world.portal.units[u].services[s].address)
        return EditStep(description: "rename file \(from) → \(file).\(ext)")
    }

    /// Deletes a service, and the survey results of that service with it.
    static func deleteService(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let (u, s) = serviceIndex(&world) else { return nil }
        let service = world.portal.units[u].services.remove(at: s)
        world.portal.units[u].surveys.removeAll { $0.service == service.address }
        return EditStep(description: "delete service \(service.file) of \(world.portal.units[u].folder)")
    }

    /// Two service files of a unit exchange their bytes by three renames: the paths stay,
    /// each now holds the other's inode, size and times.
    static func swapServiceFiles(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world, matching: { $0.services.filter { $0.slug == nil && !$0.json }.count >= 2 }) else { return nil }
        let candidates = world.portal.units[u].services.indices.filter { world.portal.units[u].services[$0].slug == nil && !world.portal.units[u].services[$0].json }
        let pair = world.random.shuffled(candidates).prefix(2)
        let (a, b) = (pair.first!, pair.last!)
        let folder = "\(folder(world.portal.units[u]))/layanan"
        let (fileA, fileB) = (world.portal.units[u].services[a].file, world.portal.units[u].services[b].file)
        try world.disk.rename("\(folder)/\(fileA).md", to: "\(folder)/.swap")
        try world.disk.rename("\(folder)/\(fileB).md", to: "\(folder)/\(fileA).md")
        try world.disk.rename("\(folder)/.swap", to: "\(folder)/\(fileB).md")
        world.portal.units[u].services.swapAt(a, b)
        world.portal.units[u].services[a].file = fileA
        world.portal.units[u].services[b].file = fileB
        return EditStep(description: "swap the files \(fileA).md and \(fileB).md of \(world.portal.units[u].folder)")
    }

    static func convertServiceFormat(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let (u, s) = serviceIndex(&world) else { return nil }
        world.portal.units[u].services[s].json.toggle()
        let service = world.portal.units[u].services[s]
        return EditStep(description: "rewrite service \(service.file) of \(world.portal.units[u].folder) as \(service.json ? "JSON" : "Markdown")")
    }

    /// Survey results of the unit that named a service by its old address name the new one.
    static func retarget(_ world: inout PropertyWorld, unit u: Int, from old: String, to new: String) {
        for index in world.portal.units[u].surveys.indices where world.portal.units[u].surveys[index].service == old {
            world.portal.units[u].surveys[index].service = new
        }
    }
}
