/// A unit's `unit.md` (details and profile) and `maklumat.md` (its service pledge).
enum UnitText {
    static func unit(_ context: UnitContext, parentSlug: String?, random: inout SplitMix64) -> String {
        let unit = context.unit
        var yaml = YAMLText(capacity: 1536)
        yaml.line("---")
        yaml.field("nama", unit.name)
        yaml.field("jenis", unit.kind)
        if let parentSlug {
            yaml.field("induk", parentSlug)
        } else {
            yaml.field("instansi", context.instansi.slug)
        }
        if !unit.shortName.isEmpty { yaml.field("singkatan", unit.shortName) }
        yaml.field("alamat", context.address)
        yaml.raw("telepon", YAMLText.quoted(context.phone))
        yaml.field("email", context.email)
        if unit.depth == 1 { yaml.field("situs", "https://\(Slug.make(unit.shortName.isEmpty ? unit.name : unit.shortName)).\(context.instansi.token).contoh.go.id/") }
        yaml.open("jam_layanan")
        yaml.field("- hari", "Senin–Kamis", indent: 2)
        yaml.raw("jam", "\"08.00–15.30\"", indent: 4)
        yaml.field("- hari", "Jumat", indent: 2)
        yaml.raw("jam", "\"08.00–11.00\"", indent: 4)
        if random.chance(0.2) {
            yaml.field("- hari", "Sabtu", indent: 2)
            yaml.raw("jam", "\"08.00–12.00\"", indent: 4)
        }
        yaml.open("kepala")
        yaml.field("nama", context.head.name, indent: 2)
        yaml.field("jabatan", context.head.position, indent: 2)
        yaml.raw("nip", YAMLText.quoted(context.head.nip), indent: 2)
        yaml.raw("urutan", "\(unit.order)")
        yaml.line("---")
        yaml.line("")
        var text = yaml.text
        text += "\(unit.name) adalah unit kerja \(context.instansi.name). "
        text += random.sample(Words.profileSentences, random.int(2...4)).joined(separator: " ")
        text += "\n"
        if random.chance(0.5) {
            text += "\n## Tugas dan fungsi\n\n"
            for sentence in random.sample(Words.profileSentences, 3) { text += "- \(sentence)\n" }
        }
        return text
    }

    static func maklumat(_ context: UnitContext, random: inout SplitMix64) -> String {
        var yaml = YAMLText(capacity: 1024)
        yaml.line("---")
        yaml.field("judul", "Maklumat Pelayanan")
        yaml.raw("tanggal", Dates.iso(random.int(2022...2026), random.int(1...10), random.int(1...28)))
        yaml.field("tempat", context.instansi.place)
        yaml.open("penandatangan")
        yaml.field("nama", context.head.name, indent: 2)
        yaml.field("jabatan", context.head.position, indent: 2)
        yaml.raw("nip", YAMLText.quoted(context.head.nip), indent: 2)
        yaml.line("---")
        yaml.line("")
        return yaml.text + """
            **Dengan ini, kami \(context.unit.name) menyatakan:**

            1. sanggup menyelenggarakan pelayanan sesuai dengan standar pelayanan yang telah ditetapkan;
            2. memberikan pelayanan sesuai dengan kewajiban kami, bebas dari pungutan liar, calo dan praktik KKN, \
            serta melakukan perbaikan secara terus-menerus;
            3. bersedia menerima sanksi dan/atau memberikan kompensasi sesuai dengan ketentuan peraturan \
            perundang-undangan apabila pelayanan yang kami berikan tidak sesuai dengan standar.

            """
    }
}
