/// The shape of a synthetic portal: its instansi and units, and how many services each
/// unit has. Made first, from one generator, so that the texts of every unit can then be
/// generated independently (and concurrently) from the unit's own stream.
struct PortalPlan: Sendable {
    struct Instansi: Sendable {
        let index: Int
        let slug: String
        /// `Pemerintah Kabupaten Tanjung Sari`
        let name: String
        /// `Kabupaten Tanjung Sari`
        let label: String
        let shortName: String
        /// `Tanjung Sari`: where maklumat are signed.
        let place: String
        /// Domain of the e-mail addresses: `tanjung-sari`.
        let token: String
        var units: [Int] = []
    }

    struct Unit: Sendable {
        let index: Int
        let slug: String
        let name: String
        let kind: String
        let shortName: String
        let instansi: Int
        let parent: Int?
        let depth: Int
        /// Position among its siblings (`urutan`).
        let order: Int
        /// Index into `Domains.all`: what its services are about.
        let domain: Int
        let serviceCount: Int
    }

    let seed: UInt64
    var instansi: [Instansi] = []
    var units: [Unit] = []
    var serviceCount: Int { units.reduce(0) { $0 + $1.serviceCount } }

    /// A plan with exactly `servicePages` services (at least one).
    init(servicePages: Int, seed: UInt64) {
        self.seed = seed
        var random = SplitMix64.stream(seed, 0, 1)
        var remaining = max(1, servicePages)
        var slugs = SlugRegistry()
        let places = PortalPlan.placeNames(&random)
        let topDomains = Array(Domains.all.indices.filter { Domains.all[$0].kind != "kecamatan" })
        let kecamatan = Domains.all.firstIndex { $0.kind == "kecamatan" }!

        while remaining > 0 {
            let number = instansi.count
            let place = places[number % places.count] + PortalPlan.repeatSuffix(number / places.count)
            let level = number % 10 == 0 ? "Provinsi" : (number % 10 < 4 ? "Kota" : "Kabupaten")
            let label = "\(level) \(place)"
            let token = Slug.make(place)
            instansi.append(Instansi(index: number, slug: slugs.claim(Slug.make(label)), name: "Pemerintah \(label)", label: label,
                                     shortName: (level == "Provinsi" ? "Pemprov " : (level == "Kota" ? "Pemkot " : "Pemkab ")) + place,
                                     place: place, token: token))
            var tops = random.sample(topDomains, random.int(5...10)).map { ($0, Domains.all[$0].name + " " + label) }
            for _ in 0..<random.int(1...3) {
                let district = places[random.int(0...(places.count - 1))]
                tops.append((kecamatan, "Kecamatan \(district)"))
            }
            for (order, (domainIndex, name)) in tops.enumerated() where remaining > 0 {
                let domain = Domains.all[domainIndex]
                let services = random.chance(0.3) ? take(&remaining, random.int(10...30)) : 0
                let top = add(name: name, kind: domain.kind, shortName: domain.shortName, instansi: number, parent: nil, depth: 1,
                              order: order + 1, domain: domainIndex, services: services, slugs: &slugs, token: token)
                var children = random.sample(domain.children, random.int(2...min(5, domain.children.count)))
                if domain.kind == "kecamatan" {
                    children = (0..<random.int(2...4)).map { _ in ("Kelurahan " + places[random.int(0...(places.count - 1))], "kelurahan") }
                }
                // Each depth-3 unit (a puskesmas, a UPT) belongs to one depth-2 unit only.
                var grandchildren = domain.grandchildren
                for (childOrder, child) in children.enumerated() where remaining > 0 {
                    let middle = add(name: child.name, kind: child.kind, shortName: "", instansi: number, parent: top, depth: 2,
                                     order: childOrder + 1, domain: domainIndex, services: take(&remaining, random.int(10...30)),
                                     slugs: &slugs, token: token)
                    guard !grandchildren.isEmpty, random.chance(0.3) else { continue }
                    let leaves = random.sample(grandchildren, random.int(1...2))
                    grandchildren.removeAll { leaf in leaves.contains { $0.name == leaf.name } }
                    for (leafOrder, leaf) in leaves.enumerated() where remaining > 0 {
                        _ = add(name: leaf.name, kind: leaf.kind, shortName: "", instansi: number, parent: middle, depth: 3,
                                order: leafOrder + 1, domain: domainIndex, services: take(&remaining, random.int(10...30)),
                                slugs: &slugs, token: token)
                    }
                }
            }
        }
    }

    private mutating func add(name: String, kind: String, shortName: String, instansi: Int, parent: Int?, depth: Int, order: Int,
                              domain: Int, services: Int, slugs: inout SlugRegistry, token: String) -> Int {
        let index = units.count
        let slug = slugs.claim(depth == 1 ? Slug.make(name) : Slug.make(name) + "-" + token)
        units.append(Unit(index: index, slug: slug, name: name, kind: kind, shortName: shortName, instansi: instansi, parent: parent,
                          depth: depth, order: order, domain: domain, serviceCount: services))
        self.instansi[instansi].units.append(index)
        return index
    }

    private func take(_ remaining: inout Int, _ wanted: Int) -> Int {
        let count = min(wanted, remaining)
        remaining -= count
        return count
    }

    /// Every pair of the place-name lists, shuffled: 900 different names.
    private static func placeNames(_ random: inout SplitMix64) -> [String] {
        let all = Words.placeFirst.flatMap { first in Words.placeSecond.map { "\(first) \($0)" } }
        return random.sample(all, all.count)
    }

    private static func repeatSuffix(_ round: Int) -> String {
        round == 0 ? "" : " " + ["Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan"][(round - 1) % 8]
            + (round > 8 ? " \(round)" : "")
    }
}
