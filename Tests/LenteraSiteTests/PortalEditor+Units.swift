import Foundation

/// Edits of units: add, change, move in the tree (`induk`), rename the folder, set or
/// remove `slug:`, delete.
extension PortalEditor {
    static let unitKinds = ["dinas", "badan", "bidang", "upt", "kelurahan", "kantor"]

    static func addUnit(_ world: inout PropertyWorld) throws -> EditStep? {
        var unit = EditablePortal.Unit(folder: world.fresh("unit"), name: "Unit " + phrase(&world), kind: world.random.pick(unitKinds),
                                       profile: sentence(&world))
        if world.random.chance(50), let parent = unitIndex(&world) {
            unit.parent = world.portal.units[parent].address
        } else {
            unit.instansi = world.random.pick(world.portal.settings.instansi).slug
        }
        if world.random.chance(50) { unit.maklumat = EditablePortal.Maklumat(signer: "Kepala " + phrase(&world, words: 1)) }
        if world.random.chance(60) {
            unit.services = [EditablePortal.Service(file: world.fresh("layanan"), name: "Layanan " + phrase(&world), body: sentence(&world))]
        }
        world.portal.units.append(unit)
        return EditStep(description: "add unit \(unit.folder) under \(unit.parent ?? unit.instansi)")
    }

    static func changeUnit(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        let what: String
        switch world.random.below(5) {
        case 0:
            world.portal.units[u].name = "Unit " + phrase(&world, words: world.random.int(1...3))
            what = "name"
        case 1:
            world.portal.units[u].profile = sentence(&world)
            what = "profile"
        case 2:
            world.portal.units[u].phone = "(0511) 000 \(world.random.int(1000...9999))"
            what = "telephone"
        case 3:
            world.portal.units[u].order = world.portal.units[u].order == nil ? world.random.int(1...4) : nil
            what = "order"
        default:
            world.portal.units[u].kind = world.random.pick(unitKinds)
            what = "kind"
        }
        return EditStep(description: "change the \(what) of unit \(world.portal.units[u].folder)")
    }

    /// Gives a unit another parent (never one under itself), or makes it a top-level unit.
    static func moveUnit(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        let unit = world.portal.units[u]
        let parents = world.portal.units.map(\.address).filter { !world.portal.isWithin($0, unit.address) && $0 != unit.parent }
        if world.random.chance(70), !parents.isEmpty {
            world.portal.units[u].parent = world.random.pick(parents)
        } else {
            world.portal.units[u].parent = nil
            world.portal.units[u].instansi = world.random.pick(world.portal.settings.instansi).slug
        }
        return EditStep(description: "move unit \(unit.folder) under \(world.portal.units[u].parent ?? world.portal.units[u].instansi)")
    }

    /// Renames the unit's folder (one `rename`: every file keeps inode, size and times);
    /// without `slug:` the unit's address changes, and its sub-units' `induk` with it.
    static func renameUnitFolder(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        let old = world.portal.units[u]
        let folder = world.fresh("unit")
        try world.disk.rename("content/units/\(old.folder)", to: "content/units/\(folder)")
        world.portal.units[u].folder = folder
        reparent(&world, from: old.address, to: world.portal.units[u].address)
        return EditStep(description: "rename folder units/\(old.folder) → units/\(folder)")
    }

    static func changeUnitSlug(_ world: inout PropertyWorld) throws -> EditStep? {
        guard let u = unitIndex(&world) else { return nil }
        let old = world.portal.units[u].address
        world.portal.units[u].slug = world.portal.units[u].slug != nil && world.random.chance(50) ? nil : world.fresh("alamat-unit")
        reparent(&world, from: old, to: world.portal.units[u].address)
        return EditStep(description: "unit \(world.portal.units[u].folder): address \(old) → \(world.portal.units[u].address)")
    }

    /// Deletes a unit without sub-units (two always stay).
    static func deleteUnit(_ world: inout PropertyWorld) throws -> EditStep? {
        guard world.portal.units.count > 2 else { return nil }
        let parents = Set(world.portal.units.compactMap(\.parent))
        guard let u = unitIndex(&world, matching: { !parents.contains($0.address) }) else { return nil }
        let unit = world.portal.units.remove(at: u)
        return EditStep(description: "delete unit \(unit.folder)")
    }

    /// Sub-units of the unit at `old` name it at `new`.
    static func reparent(_ world: inout PropertyWorld, from old: String, to new: String) {
        for index in world.portal.units.indices where world.portal.units[index].parent == old {
            world.portal.units[index].parent = new
        }
    }
}
