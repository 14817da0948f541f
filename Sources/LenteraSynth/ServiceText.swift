/// One service standard as a Markdown file with front matter: all 14 components of
/// PermenPANRB 15/2014, a decree, a summary and a description, about 2–4 KB.
enum ServiceText {
    /// The names of a unit's services: a verb and one of its domain's objects, all different.
    static func names(for unit: PortalPlan.Unit, random: inout SplitMix64) -> [String] {
        let objects = Domains.all[unit.domain].objects
        // Not `Verifikasi Verifikasi Penyedia`: an object that starts with the verb keeps its own.
        let all = Words.verbs.flatMap { verb in objects.filter { !$0.hasPrefix(verb + " ") }.map { "\(verb) \($0)" } }
        return random.sample(all, unit.serviceCount)
    }

    static func markdown(name: String, order: Int, context: UnitContext, random: inout SplitMix64) -> String {
        var yaml = YAMLText(capacity: 4096)
        yaml.line("---")
        yaml.field("nama", name)
        yaml.field("ringkasan", "Layanan \(name.lowercasedFirstWord()) bagi masyarakat dan badan usaha di wilayah \(context.instansi.label).")
        if random.chance(0.5) { yaml.raw("urutan", "\(order)") }
        let year = random.int(2019...2025)
        yaml.open("ditetapkan")
        yaml.field("nomor", "\(context.regulationOfHead) Nomor \(random.int(1...90)) Tahun \(year)", indent: 2)
        yaml.raw("tanggal", Dates.iso(year, random.int(1...12), random.int(1...28)), indent: 2)
        yaml.field("tentang", "Standar Pelayanan pada \(topName(context))", indent: 2)

        requirements(&yaml, &random)
        yaml.list("prosedur", procedure(&random))
        duration(&yaml, &random)
        cost(&yaml, context, &random)
        let object = name.split(separator: " ").dropFirst().joined(separator: " ")
        yaml.list("produk", random.chance(0.5) ? [object] : [object, "Tanda terima berkas permohonan"])
        yaml.list("pengaduan", complaints(context, &random))
        yaml.list("dasar_hukum", random.sample(Words.laws, random.int(1...2))
                  + ["Peraturan Daerah \(context.instansi.label) Nomor \(random.int(1...20)) Tahun \(random.int(2016...2023)) tentang Penyelenggaraan Pelayanan Publik"])
        yaml.open("sarana_prasarana")
        yaml.field("- kelompok", "Sarana dan prasarana", indent: 2)
        yaml.list("butir", random.sample(Words.facilities, random.int(2...5)), indent: 4)
        yaml.field("- kelompok", "Fasilitas pendukung", indent: 2)
        yaml.list("butir", random.sample(Words.supportFacilities, random.int(2...4)), indent: 4)
        yaml.list("kompetensi_pelaksana", random.sample(Words.competences, random.int(1...3)))
        yaml.list("pengawasan_internal", random.sample(Words.supervision, random.int(1...2)))
        yaml.field("jumlah_pelaksana", "\(random.int(2...12)) orang")
        yaml.list("jaminan_pelayanan", random.sample(Words.guarantees, random.int(1...3)))
        yaml.list("jaminan_keamanan", random.sample(Words.safety, random.int(1...3)))
        yaml.list("evaluasi_kinerja", random.sample(Words.evaluation, random.int(1...2)))
        yaml.line("---")
        yaml.line("")
        return yaml.text + description(&random)
    }

    private static func topName(_ context: UnitContext) -> String {
        context.unit.depth == 1 ? context.unit.name : context.unit.name + " " + context.instansi.label
    }

    private static func requirement(_ random: inout SplitMix64) -> String {
        let (before, after) = random.pick(Words.requirementForms)
        let document = random.pick(Words.documents)
        return before + (random.chance(0.2) ? "**\(document)**" : document) + after
    }

    private static func requirements(_ yaml: inout YAMLText, _ random: inout SplitMix64) {
        if random.chance(0.25) {
            yaml.open("persyaratan")
            for group in ["Pemohon perorangan", "Pemohon badan usaha"] {
                yaml.field("- kelompok", group, indent: 2)
                yaml.list("butir", (0..<random.int(1...3)).map { _ in requirement(&random) }, indent: 4)
            }
        } else {
            yaml.list("persyaratan", random.sample(Words.requirementFixed, random.int(1...2)) + (0..<random.int(1...3)).map { _ in requirement(&random) })
        }
    }

    private static func procedure(_ random: inout SplitMix64) -> [String] {
        // Steps keep their order: pick which of the usual steps this service has.
        let steps = Words.procedureSteps
        let kept = steps.indices.filter { $0 < 3 || $0 == steps.count - 2 || random.chance(0.2) }
        return kept.map { steps[$0] }
    }

    private static func duration(_ yaml: inout YAMLText, _ random: inout SplitMix64) {
        switch random.int(0...3) {
        case 0: yaml.field("jangka_waktu", "\(random.int(15...90)) menit")
        case 1: yaml.field("jangka_waktu", "\(random.int(1...14)) hari kerja")
        case 2: yaml.field("jangka_waktu", "paling lama \(random.int(1...5)) jam sejak berkas lengkap")
        default:
            let days = random.int(2...30)
            yaml.open("jangka_waktu")
            yaml.field("teks", "Paling lama \(days) hari kerja sejak berkas dinyatakan lengkap dan benar, tidak termasuk waktu peninjauan lapangan", indent: 2)
            yaml.field("durasi", "\(days) hari kerja", indent: 2)
        }
    }

    private static func cost(_ yaml: inout YAMLText, _ context: UnitContext, _ random: inout SplitMix64) {
        guard random.chance(0.3) else { return yaml.field("biaya", "Gratis") }
        yaml.open("biaya")
        yaml.open("tarif", indent: 2)
        for number in 1...random.int(1...3) {
            yaml.field("- uraian", number == 1 ? "Retribusi pelayanan, per permohonan" : "Biaya cetak, per lembar", indent: 4)
            yaml.raw("jumlah", "\(random.int(1...40) * 5000)", indent: 6)
        }
        yaml.field("dasar_hukum", "Peraturan Daerah \(context.instansi.label) Nomor \(random.int(1...12)) Tahun \(random.int(2012...2024)) tentang Retribusi Jasa Umum", indent: 2)
    }

    private static func complaints(_ context: UnitContext, _ random: inout SplitMix64) -> [String] {
        var items = [
            "Pengaduan, saran dan masukan dapat disampaikan langsung di loket pengaduan atau melalui kotak saran",
            "Telepon \(context.phone) pada jam layanan, atau surel \(context.email)",
            "SP4N-LAPOR! di [lapor.go.id](https://www.lapor.go.id/) atau SMS ke 1708",
        ]
        if random.chance(0.4) { items.append("Pengaduan ditanggapi paling lama \(random.int(3...14)) hari kerja sejak diterima, dan hasilnya disampaikan kepada pengadu") }
        return items
    }

    private static func description(_ random: inout SplitMix64) -> String {
        var text = ""
        text += random.sample(Words.bodySentences, random.int(2...4)).joined(separator: " ")
        text += "\n"
        if random.chance(0.2) {
            text += "\n## Catatan\n\n"
            for sentence in random.sample(Words.bodySentences, random.int(2...3)) { text += "- \(sentence)\n" }
        }
        return text
    }
}

extension String {
    /// `Penerbitan Kartu Keluarga` → `penerbitan Kartu Keluarga`.
    func lowercasedFirstWord() -> String {
        guard let space = firstIndex(of: " ") else { return lowercased() }
        return self[..<space].lowercased() + self[space...]
    }
}
