import Foundation

extension EditablePortal {
    /// Every file of the portal, by path relative to the folder that holds `content/` and
    /// `templates/`, as bytes. The same values always give the same bytes.
    func files() -> [String: Data] {
        var files: [String: Data] = [:]
        func text(_ path: String, _ text: String) { files[path] = Data(text.utf8) }
        text("content/portal.yaml", portalYAML())
        for (name, bytes) in portalFiles { files["content/berkas/\(name)"] = bytes }
        let firstUnit = units.map(\.address).sorted().first
        for page in pages {
            text("content/pages/\(page.file).md", pageMarkdown(page, firstUnit: firstUnit))
        }
        for unit in units {
            let folder = "content/units/\(unit.folder)"
            text("\(folder)/unit.md", Self.unitMarkdown(unit))
            if let maklumat = unit.maklumat { text("\(folder)/maklumat.md", Self.maklumatMarkdown(maklumat)) }
            for service in unit.services {
                text("\(folder)/layanan/\(service.file).\(service.json ? "json" : "md")",
                     service.json ? Self.serviceJSON(service) : Self.serviceMarkdown(service))
            }
            for survey in unit.surveys {
                text("\(folder)/survei/\(survey.file).yaml", Self.surveyYAML(survey))
                if let analysis = survey.analysis { text("\(folder)/survei/\(survey.file).md", analysis) }
            }
            for sop in unit.sops { text("\(folder)/sop/\(sop.file).yaml", Self.sopYAML(sop)) }
            for period in unit.indicators { text("\(folder)/kinerja/\(period.period).yaml", Self.indicatorsYAML(period)) }
            for (name, bytes) in unit.files { files["\(folder)/berkas/\(name)"] = bytes }
        }
        for (path, template) in templates { text("templates/\(path)", template) }
        return files
    }

    func portalYAML() -> String {
        var lines = ["judul: \(settings.title)", "base_url: \(settings.baseURL)"]
        if settings.english { lines.append("bahasa: en") }
        lines.append("deskripsi: Portal uji yang disunting acak langkah demi langkah.")
        if settings.logo { lines.append("logo: berkas/logo.png") }
        if let colour = settings.colour { lines.append("warna: \"\(colour)\"") }
        if let banner = settings.banner { lines.append("data_contoh: \(banner)") }
        lines.append("instansi:")
        for instansi in settings.instansi {
            lines += ["  - slug: \(instansi.slug)", "    nama: \(instansi.name)"]
        }
        if settings.conversion != nil || settings.elementNames != nil {
            lines.append("survei:")
            if let conversion = settings.conversion { lines.append("  konversi_zi: \(conversion)") }
            if let names = settings.elementNames {
                lines.append("  unsur_skm:")
                for (index, name) in names.enumerated() { lines.append("    - { kode: U\(index + 1), nama: \(name) }") }
            }
        }
        if let reviewed = settings.reviewed { lines += ["aksesibilitas:", "  ditinjau: \(reviewed)"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A free page; one that `links` names the first unit's page and, while the portal has
    /// it, the guide in `berkas/`, so that renaming a unit or removing the guide changes it.
    func pageMarkdown(_ page: FreePage, firstUnit: String?) -> String {
        var lines = ["---", "judul: \(page.title)"]
        if let order = page.order { lines.append("urutan: \(order)") }
        lines += ["---", ""]
        if page.links {
            var links: [String] = []
            if let firstUnit { links.append("[unit pertama](../unit/\(firstUnit)/)") }
            if portalFiles["panduan.pdf"] != nil { links.append("[panduan](../berkas/panduan.pdf)") }
            if !links.isEmpty { lines += ["Lihat " + links.joined(separator: " dan ") + ".", ""] }
        }
        lines += [page.body, ""]
        return lines.joined(separator: "\n")
    }

    static func unitMarkdown(_ unit: Unit) -> String {
        var lines = ["---", "nama: \(unit.name)"]
        if let slug = unit.slug { lines.append("slug: \(slug)") }
        lines.append("jenis: \(unit.kind)")
        if let parent = unit.parent { lines.append("induk: \(parent)") } else { lines.append("instansi: \(unit.instansi)") }
        lines.append("telepon: \"\(unit.phone)\"")
        if let order = unit.order { lines.append("urutan: \(order)") }
        lines += ["---", "", unit.profile, ""]
        return lines.joined(separator: "\n")
    }

    static func maklumatMarkdown(_ maklumat: Maklumat) -> String {
        var lines = ["---", "tanggal: \(maklumat.date)", "tempat: Kota Uji", "penandatangan:",
                     "  nama: \(maklumat.signer)", "  jabatan: Kepala Unit Uji"]
        if let scan = maklumat.scan { lines.append("pindaian: berkas/\(scan)") }
        lines += ["---", "", maklumat.text, ""]
        return lines.joined(separator: "\n")
    }

    static func surveyYAML(_ survey: Survey) -> String {
        var lines = ["jenis: \(survey.zi ? "zi" : "skm")", "periode: \"\(survey.period)\"", "responden: \(survey.respondents)"]
        if let service = survey.service { lines.append("layanan: \(service)") }
        lines.append("jawaban:")
        let codes = survey.zi ? ziCodes : skmCodes
        for (code, row) in zip(codes, survey.counts) {
            lines.append("  \(code): [\(row.map(String.init).joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let skmCodes = (1...9).map { "U\($0)" }
    static let ziCodes = (1...8).map { "SPKP\($0)" } + (1...5).map { "SPAK\($0)" }

    static func sopYAML(_ sop: SOP) -> String {
        var lines = ["judul: \(sop.title)", "penetapan:", "  nomor: Keputusan Kepala Unit Uji Nomor 1 Tahun 2024",
                     "  tanggal: 2024-01-02", "  oleh: Kepala Unit Uji",
                     "pelaksana: [\(sop.actors.joined(separator: ", "))]", "langkah:"]
        for step in sop.steps {
            lines += ["  - kegiatan: \(step.activity)", "    pelaksana: \(step.actor)", "    waktu: \(step.time)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func indicatorsYAML(_ indicators: Indicators) -> String {
        var lines = ["periode: \(indicators.period)", "indikator:"]
        for item in indicators.items {
            lines += ["  - kode: \(item.code)", "    indikator: \(item.text)", "    target: \(item.target)", "    satuan: \"%\""]
            if let realisation = item.realisation { lines.append("    realisasi: \(realisation)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
