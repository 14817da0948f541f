/// What every text of one unit shares: its plan, its instansi, its contacts and its head.
struct UnitContext {
    let unit: PortalPlan.Unit
    let instansi: PortalPlan.Instansi
    let phone: String
    let email: String
    let address: String
    let head: Person
    /// Whether the unit is building a Zona Integritas (it then publishes SPKP and SPAK surveys).
    let zonaIntegritas: Bool

    struct Person {
        let name: String
        let position: String
        let nip: String
    }

    init(unit: PortalPlan.Unit, instansi: PortalPlan.Instansi, zonaIntegritas: Bool, random: inout SplitMix64) {
        self.unit = unit
        self.instansi = instansi
        self.zonaIntegritas = zonaIntegritas
        let area = 251 + (instansi.index * 7) % 700
        phone = "(0\(area)) \(random.int(100...999)) \(random.int(1000...9999))"
        let local = unit.depth == 1 ? Slug.make(unit.shortName).replacingHyphens() : "layanan.u\(unit.index)"
        email = "\(local)@\(instansi.token).contoh.go.id"
        address = "Jl. \(random.pick(Words.placeFirst)) \(random.pick(Words.placeSecond)) No. \(random.int(1...200)), \(instansi.place)"
        let title: String
        switch unit.kind {
        case "kecamatan": title = "Camat " + unit.name.dropping("Kecamatan ")
        case "kelurahan": title = "Lurah " + unit.name.dropping("Kelurahan ")
        case "rumah-sakit": title = "Direktur " + unit.name
        default: title = "Kepala " + unit.name
        }
        head = Person(name: UnitContext.personName(&random), position: title, nip: Dates.nip(&random))
    }

    static func personName(_ random: inout SplitMix64) -> String {
        "\(random.pick(Words.firstNames)) \(random.pick(Words.lastNames)), \(random.pick(Words.degrees))"
    }

    /// `Peraturan Bupati Tanjung Sari`, `Peraturan Wali Kota …`, `Peraturan Gubernur …`.
    var regulationOfHead: String {
        let level = instansi.label.split(separator: " ").first.map(String.init) ?? ""
        let place = instansi.place
        switch level {
        case "Kota": return "Peraturan Wali Kota \(place)"
        case "Provinsi": return "Peraturan Gubernur \(place)"
        default: return "Peraturan Bupati \(place)"
        }
    }
}

extension String {
    fileprivate func replacingHyphens() -> String {
        String(map { $0 == "-" ? "." : $0 })
    }

    func dropping(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
