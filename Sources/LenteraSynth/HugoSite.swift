/// The Hugo twin of a synthetic portal: the same pages at the same addresses, with the
/// same Markdown bodies and front-matter fields, so that Hugo does comparable work.
///
/// | Lentera content | Hugo site |
/// |---|---|
/// | `portal.yaml` | `config.yaml` (`title`, `params`) |
/// | `units/<u>/unit.md` | `content/unit/<u>/_index.md` (a section per unit, flat like Lentera's addresses) |
/// | `units/<u>/maklumat.md` | `content/unit/<u>/maklumat.md` with `type: maklumat` |
/// | `units/<u>/layanan/<s>.md` | `content/unit/<u>/layanan/<s>.md` with `type: layanan` |
/// | `units/<u>/sop/<s>.yaml` | `content/unit/<u>/sop/<s>.md`: the YAML as front matter, `type: sop` |
/// | `units/<u>/survei/*.yaml`, `kinerja/*.yaml` | `data/survei/<u>/*.yaml`, `data/kinerja/<u>/*.yaml` |
/// | `zona-integritas/<i>.yaml` | `data/zona_integritas/<i>.yaml` |
/// | `pages/tentang.md` | `content/tentang.md` |
/// | (a large portal's services index per instansi) | `content/layanan/<i>/_index.md` with `instansi: <i>` |
enum HugoSite {
    /// Services above which, in more than one instansi, Lentera's services index becomes a
    /// page per instansi (`SiteModel.servicesOnOnePage` in LenteraRender; a test holds them
    /// equal): the twin then writes the same pages.
    static let servicesOnOnePage = 1000

    static let components: [(key: String, title: String)] = [
        ("persyaratan", "Persyaratan"), ("prosedur", "Sistem, mekanisme dan prosedur"), ("jangka_waktu", "Jangka waktu pelayanan"),
        ("biaya", "Biaya/tarif"), ("produk", "Produk pelayanan"), ("pengaduan", "Penanganan pengaduan, saran dan masukan"),
        ("dasar_hukum", "Dasar hukum"), ("sarana_prasarana", "Sarana, prasarana dan/atau fasilitas"),
        ("kompetensi_pelaksana", "Kompetensi pelaksana"), ("pengawasan_internal", "Pengawasan internal"), ("jumlah_pelaksana", "Jumlah pelaksana"),
        ("jaminan_pelayanan", "Jaminan pelayanan"), ("jaminan_keamanan", "Jaminan keamanan dan keselamatan pelayanan"),
        ("evaluasi_kinerja", "Evaluasi kinerja pelaksana"),
    ]

    /// `config.yaml`: only the kinds of page Lentera makes (no taxonomies, no RSS); the
    /// sitemap and robots.txt, which Lentera writes too; the portal's settings as params.
    static func config(_ plan: PortalPlan) -> String {
        var yaml = YAMLText(capacity: 1024 + plan.instansi.count * 200)
        yaml.line("# Hugo twin of a synthetic Lentera portal (lentera-bench generate --hugo).")
        yaml.field("baseURL", PortalText.baseURL)
        yaml.field("languageCode", "id")
        yaml.field("defaultContentLanguage", "id")
        yaml.field("title", PortalText.title)
        yaml.raw("disableKinds", "[taxonomy, term, RSS]")
        yaml.raw("enableRobotsTXT", "true")
        yaml.raw("disableHugoGeneratorInject", "true")
        // The aggregate pages of a national portal take long (the default is 30 s).
        yaml.raw("timeout", "\"3600s\"")
        // CommonMark as Lentera's libcmark reads it: no raw HTML, no autolinks, no smart quotes.
        yaml.open("markup")
        yaml.open("goldmark", indent: 2)
        // libcmark gives headings no `id`.
        yaml.open("parser", indent: 4)
        yaml.raw("autoHeadingID", "false", indent: 6)
        yaml.open("renderer", indent: 4)
        yaml.raw("unsafe", "false", indent: 6)
        yaml.open("extensions", indent: 4)
        yaml.raw("linkify", "false", indent: 6)
        yaml.raw("typographer", "false", indent: 6)
        yaml.open("params")
        yaml.field("deskripsi", PortalText.description, indent: 2)
        yaml.field("data_contoh", PortalText.notice, indent: 2)
        yaml.open("kontak", indent: 2)
        yaml.field("alamat", PortalText.contact.address, indent: 4)
        yaml.raw("telepon", YAMLText.quoted(PortalText.contact.phone), indent: 4)
        yaml.field("email", PortalText.contact.email, indent: 4)
        yaml.open("kanal_pengaduan", indent: 2)
        yaml.field("- nama", PortalText.channel.name, indent: 4)
        yaml.field("keterangan", PortalText.channel.note, indent: 6)
        yaml.open("komponen", indent: 2)
        for component in components {
            yaml.field("- kunci", component.key, indent: 4)
            yaml.field("judul", component.title, indent: 6)
        }
        yaml.open("instansi", indent: 2)
        for instansi in plan.instansi {
            yaml.field("- slug", instansi.slug, indent: 4)
            yaml.field("nama", instansi.name, indent: 6)
            yaml.field("singkatan", instansi.shortName, indent: 6)
        }
        yaml.open("instansi_nama", indent: 2)
        for instansi in plan.instansi { yaml.field(instansi.slug, instansi.name, indent: 4) }
        return yaml.text
    }

    /// The list pages Lentera makes besides units and services, and the `unit` section,
    /// which Lentera has no page for (`render: never`).
    static let sectionPages: [(path: String, text: String)] = [
        ("content/_index.md", "---\ntitle: Beranda\n---\n"),
        ("content/unit/_index.md", "---\ntitle: Unit kerja\n_build:\n  render: never\n---\n"),
        ("content/layanan/_index.md", "---\njudul: Daftar Layanan\n---\n"),
        ("content/dasbor/_index.md", "---\njudul: Dasbor Standar Pelayanan\n---\n"),
        ("content/survei/_index.md", "---\njudul: Dasbor Survei\n---\n"),
        ("content/zona-integritas/_index.md", "---\njudul: Zona Integritas\n---\n"),
    ]

    /// The services index's page of each instansi that has services, when Lentera splits
    /// the index (see `servicesOnOnePage`); none otherwise.
    static func servicesIndexPages(_ plan: PortalPlan) -> [(path: String, text: String)] {
        let withServices = plan.instansi.filter { instansi in instansi.units.contains { plan.units[$0].serviceCount > 0 } }
        guard plan.serviceCount > servicesOnOnePage, withServices.count > 1 else { return [] }
        return withServices.enumerated().map { order, instansi in
            var yaml = YAMLText(capacity: 256)
            yaml.line("---")
            yaml.field("judul", "Daftar Layanan — " + instansi.name)
            yaml.field("instansi", instansi.slug)
            yaml.raw("urutan", String(order + 1))
            yaml.line("---")
            return ("content/layanan/\(instansi.slug)/_index.md", yaml.text)
        }
    }

    /// A Lentera Markdown file (front matter first) as a Hugo page of the given type.
    static func page(_ markdown: String, type: String) -> String {
        precondition(markdown.hasPrefix("---\n"))
        return "---\ntype: \(type)\n" + markdown.dropFirst(4)
    }

    /// A Lentera YAML file (an SOP) as a Hugo page whose front matter is that YAML.
    static func page(yaml: String, type: String) -> String {
        "---\ntype: \(type)\n" + yaml + "---\n"
    }
}
