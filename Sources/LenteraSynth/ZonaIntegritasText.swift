/// An instansi's Zona Integritas record (`zona-integritas/<instansi>.yaml`): APIP
/// capability, proposals per year and the predicates its units were given by the TPN.
struct ZonaIntegritasText {
    let yaml: String
    /// Units that publish SPKP and SPAK surveys: those with a predicate or proposed lately.
    let surveyedUnits: Set<Int>

    private static let years = 2022...2025

    init(instansi: PortalPlan.Instansi, plan: PortalPlan, random: inout SplitMix64) {
        let candidates = instansi.units.filter { plan.units[$0].serviceCount > 0 }
        var designated: [Int: [(unit: Int, predicate: String, revokedIn: Int?)]] = [:]
        var holders: [(unit: Int, year: Int)] = []
        for unit in candidates where random.chance(0.15) {
            let year = random.int(ZonaIntegritasText.years.lowerBound...ZonaIntegritasText.years.upperBound)
            let revoked = random.chance(0.08) ? year + random.int(1...2) : nil
            designated[year, default: []].append((unit, "wbk", revoked))
            if revoked == nil { holders.append((unit, year)) }
        }
        for holder in holders where holder.year < ZonaIntegritasText.years.upperBound && random.chance(0.3) {
            let year = random.int((holder.year + 1)...ZonaIntegritasText.years.upperBound)
            designated[year, default: []].append((holder.unit, "wbbm", nil))
        }

        var yaml = YAMLText(capacity: 2048)
        yaml.line("# Zona Integritas \(instansi.name): data sintetis untuk uji kinerja.")
        yaml.raw("jumlah_unit", "\(instansi.units.count + random.int(0...40))")
        yaml.open("kapabilitas_apip")
        for (year, level) in [(2023, 2), (2025, random.int(2...4))] {
            yaml.raw("- tahun", "\(year)", indent: 2)
            yaml.raw("level", "\(level)", indent: 4)
            yaml.field("sumber", "Laporan hasil penilaian kapabilitas APIP oleh BPKP", indent: 4)
        }
        var surveyed: Set<Int> = []
        yaml.open("usulan")
        for year in ZonaIntegritasText.years {
            let winners = (designated[year] ?? []).map(\.unit)
            var proposed = winners
            let others = candidates.filter { !winners.contains($0) }
            proposed += random.sample(others, random.int(0...min(3, others.count)))
            if year == ZonaIntegritasText.years.upperBound { surveyed.formUnion(proposed) }
            yaml.raw("- tahun", "\(year)", indent: 2)
            yaml.raw("unit", "[" + proposed.map { plan.units[$0].slug }.joined(separator: ", ") + "]", indent: 4)
        }
        if !designated.isEmpty { yaml.open("predikat") }
        for year in ZonaIntegritasText.years {
            for entry in designated[year] ?? [] {
                surveyed.insert(entry.unit)
                yaml.field("- unit", plan.units[entry.unit].slug, indent: 2)
                yaml.field("predikat", entry.predicate, indent: 4)
                yaml.raw("tahun", "\(year)", indent: 4)
                yaml.field("oleh", "tpn", indent: 4)
                yaml.open("sk", indent: 4)
                yaml.raw("nomor", YAMLText.quoted("B/\(random.int(100...999))/RB.06/\(year)"), indent: 6)
                yaml.raw("tanggal", Dates.iso(year, 12, random.int(1...20)), indent: 6)
                if let revokedIn = entry.revokedIn {
                    yaml.open("pencabutan", indent: 4)
                    yaml.raw("nomor", YAMLText.quoted("B/\(random.int(10...99))/RB.06/\(revokedIn)"), indent: 6)
                    yaml.raw("tanggal", Dates.iso(revokedIn, 5, random.int(1...28)), indent: 6)
                }
            }
        }
        self.yaml = yaml.text
        surveyedUnits = surveyed
    }
}
