/// The units of a portal as a forest: each instansi's top-level units, and every unit's
/// sub-units, with the instansi a sub-unit inherits from its parent.
public struct UnitTree: Sendable {
    public let unitsBySlug: [String: WorkUnit]
    /// Slugs of the children of each unit, in display order.
    public let children: [String: [String]]
    /// Slugs of the top-level units of each instansi, in display order.
    public let roots: [String: [String]]
    /// The instansi each unit belongs to, inherited down the tree.
    public let instansiOf: [String: String]

    /// A problem in how units refer to each other or to agencies.
    public enum Problem: Sendable, Equatable {
        case unknownParent(unit: String, parent: String)
        case unknownInstansi(unit: String, instansi: String)
        case missingParentAndInstansi(unit: String)
        case instansiDiffersFromParent(unit: String, instansi: String, parentInstansi: String)
        case cycle(unit: String, path: [String])
    }

    /// Builds the tree. Units with a problem are left out of it (and so of the site);
    /// the problems say why.
    public static func build(units: [WorkUnit], instansi: [Instansi]) -> (tree: UnitTree, problems: [Problem]) {
        var problems: [Problem] = []
        let bySlug = Dictionary(units.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let knownInstansi = Set(instansi.map(\.slug))

        // Resolve each unit's instansi by walking up; detect unknown parents and cycles.
        var resolved: [String: String] = [:]
        for unit in units.inDisplayOrder() {
            var path = [unit.slug]
            var current = unit
            var result: String?
            while true {
                if let known = resolved[current.slug] { result = known; break }
                guard let parentSlug = current.parent else {
                    if let own = current.instansi {
                        if knownInstansi.contains(own) { result = own } else if current.slug == unit.slug {
                            problems.append(.unknownInstansi(unit: unit.slug, instansi: own))
                        }
                    } else if current.slug == unit.slug {
                        problems.append(.missingParentAndInstansi(unit: unit.slug))
                    }
                    break
                }
                guard let parent = bySlug[parentSlug] else {
                    if current.slug == unit.slug { problems.append(.unknownParent(unit: unit.slug, parent: parentSlug)) }
                    break
                }
                if path.contains(parent.slug) {
                    // Reported by each unit on the cycle, not by the units hanging below it.
                    if parent.slug == unit.slug {
                        problems.append(.cycle(unit: unit.slug, path: path + [parent.slug]))
                    }
                    break
                }
                path.append(parent.slug)
                current = parent
            }
            if let result {
                if let own = unit.instansi, unit.parent != nil, own != result {
                    problems.append(.instansiDiffersFromParent(unit: unit.slug, instansi: own, parentInstansi: result))
                }
                resolved[unit.slug] = result
            }
        }

        let placed = units.filter { resolved[$0.slug] != nil }
        var children: [String: [String]] = [:]
        var roots: [String: [String]] = [:]
        for unit in placed.inDisplayOrder() {
            if let parent = unit.parent {
                children[parent, default: []].append(unit.slug)
            } else {
                roots[resolved[unit.slug]!, default: []].append(unit.slug)
            }
        }
        let tree = UnitTree(
            unitsBySlug: Dictionary(placed.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
            children: children, roots: roots, instansiOf: resolved)
        return (tree, problems)
    }

    /// The unit's ancestors, outermost first.
    public func ancestors(of slug: String) -> [WorkUnit] {
        var result: [WorkUnit] = []
        var current = unitsBySlug[slug]?.parent
        while let parent = current, let unit = unitsBySlug[parent] {
            result.insert(unit, at: 0)
            current = unit.parent
        }
        return result
    }

    /// The unit and all units below it, depth first.
    public func subtree(of slug: String) -> [String] {
        [slug] + (children[slug] ?? []).flatMap { subtree(of: $0) }
    }
}
