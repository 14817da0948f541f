import Foundation
import LenteraTesting

extension EditablePortal {
    /// The portal every run starts from: two instansi; four units in a tree (a dinas with a
    /// puskesmas under it, a kecamatan, a biro of the province with a `slug:` of its own);
    /// services complete and incomplete, in Markdown and JSON, one with a fee and a poster;
    /// maklumat (one with its signed scan); SKM results with analyses, one of a single
    /// service; three months of Zona Integritas surveys; SOPs; indicators; two free pages,
    /// one linking a unit and the guide; the portal's logo and guide; a templates folder
    /// overriding the free-page template.
    static func start(_ random: inout SplitMix64) -> EditablePortal {
        var portal = EditablePortal()
        portal.portalFiles = ["logo.png": SampleAttachment.png(width: 64, height: 64),
                              "panduan.pdf": SampleAttachment.pdf(1)]
        portal.pages = [
            FreePage(file: "tentang", title: "Tentang Portal", order: 1, body: "Portal ini dibuat untuk uji.", links: true),
            FreePage(file: "kontak", title: "Kontak", order: 2, body: "Hubungi tim pengelola portal."),
        ]
        portal.templates = ["page.mustache": pageTemplate(version: 1)]

        var dinas = Unit(folder: "dinas-kesehatan", name: "Dinas Kesehatan Kota Uji", order: 1,
                         profile: "Dinas Kesehatan melayani warga Kota Uji.")
        dinas.maklumat = Maklumat(scan: "maklumat-ttd.pdf")
        dinas.files = ["maklumat-ttd.pdf": SampleAttachment.pdf(10), "poster-imunisasi.png": SampleAttachment.png(width: 320, height: 200)]
        dinas.services = [
            Service(file: "surat-keterangan-sehat", name: "Surat Keterangan Sehat", summary: "Surat untuk melamar kerja.",
                    fee: 15000, updated: "2026-03-01", body: "Surat keterangan sehat dari dokter dinas."),
            Service(file: "imunisasi-anak", name: "Imunisasi Anak", updated: "2026-09-15", poster: "poster-imunisasi.png",
                    body: "Imunisasi dasar lengkap bagi anak."),
            Service(file: "izin-apotek", json: true, name: "Izin Apotek", summary: "Izin bagi apotek baru.",
                    body: "Izin operasional apotek."),
        ]
        dinas.surveys = [
            Survey(file: "skm-2025-S2", period: "2025-S2", counts: counts(respondents: 40, zi: false, &random)),
            Survey(file: "skm-2026-S1", period: "2026-S1", counts: counts(respondents: 52, zi: false, &random),
                   analysis: analysis(version: 1)),
            Survey(file: "skm-2026-S1-imunisasi", period: "2026-S1", counts: counts(respondents: 30, zi: false, &random),
                   service: "imunisasi-anak"),
        ]

        var puskesmas = Unit(folder: "puskesmas-utara", name: "Puskesmas Utara", kind: "puskesmas", parent: "dinas-kesehatan",
                             profile: "Puskesmas di wilayah utara.")
        puskesmas.maklumat = Maklumat(signer: "Siti Aminah")
        puskesmas.services = [
            Service(file: "pemeriksaan-umum", name: "Pemeriksaan Umum", missing: ["jaminan_keamanan", "evaluasi_kinerja"],
                    duration: "1 jam", body: "Pemeriksaan kesehatan umum."),
            Service(file: "rujukan", slug: "surat-rujukan", name: "Surat Rujukan", duration: "2 hari kerja", body: "Rujukan ke rumah sakit."),
        ]
        puskesmas.sops = [sop(file: "pendaftaran-pasien", title: "SOP Pendaftaran Pasien", version: 1)]
        puskesmas.indicators = [Indicators(period: "2026-S1", items: [
            Indicator(code: "IK-1", text: "Cakupan imunisasi dasar", target: 95, realisation: 90),
            Indicator(code: "IK-2", text: "Kunjungan rawat jalan", target: 100, realisation: nil),
        ])]

        var kecamatan = Unit(folder: "kecamatan-barat", name: "Kecamatan Barat", kind: "kecamatan", order: 2,
                             profile: "Kantor Kecamatan Barat.")
        kecamatan.services = [Service(file: "surat-pindah", name: "Surat Pindah", missing: ["dasar_hukum"], body: "Surat keterangan pindah.")]
        kecamatan.sops = [sop(file: "penyusunan-renja", title: "SOP Penyusunan Renja", version: 1),
                          sop(file: "pelaporan-ikm", title: "SOP Pelaporan IKM", version: 2)]
        kecamatan.surveys = ["07", "08", "09"].map { month in
            Survey(file: "zi-2026-\(month)", zi: true, period: "2026-\(month)", counts: counts(respondents: 24, zi: true, &random))
        }
        kecamatan.files = ["jadwal.pdf": SampleAttachment.pdf(20)]

        var biro = Unit(folder: "biro-umum", slug: "biro-umum-provinsi", name: "Biro Umum Provinsi Uji", kind: "bagian",
                        instansi: "provinsi-uji", profile: "Biro Umum Sekretariat Daerah Provinsi Uji.")
        biro.services = [Service(file: "peminjaman-aula", name: "Peminjaman Aula", fee: 250000, body: "Peminjaman aula kantor.")]

        portal.units = [dinas, puskesmas, kecamatan, biro]
        return portal
    }

    /// How many of `respondents` gave each answer, per element: mostly the two best answers.
    static func counts(respondents: Int, zi: Bool, _ random: inout SplitMix64) -> [[Int]] {
        let answers = zi ? 6 : 4
        return (zi ? ziCodes : skmCodes).map { _ in
            var row = Array(repeating: 0, count: answers)
            for _ in 0..<respondents {
                let answer = random.chance(80) ? answers - 1 - random.below(2) : random.below(answers)
                row[answer] += 1
            }
            return row
        }
    }

    static func analysis(version: Int) -> String {
        "## Analisis\n\nNilai terendah ada pada unsur sarana dan prasarana.\n\n## Rencana tindak lanjut\n\n"
            + "1. Memperbaiki ruang tunggu pada semester berikutnya.\n\nAnalisis versi \(version) untuk uji.\n"
    }

    static func sop(file: String, title: String, version: Int) -> SOP {
        SOP(file: file, title: title, actors: ["Kepala", "Staf"], steps: [
            ("Menerima berkas", "Staf", "\(5 * version) menit"),
            ("Memeriksa dan menyetujui", "Kepala", "1 hari kerja"),
            ("Mengarsipkan berkas", "Staf", "10 menit"),
        ])
    }

    // MARK: - The templates folder

    static let builtInTemplates = Repository.templates

    /// The free-page template with a line of its own.
    static func pageTemplate(version: Int) -> String {
        builtIn("page.mustache").replacingOccurrences(
            of: "<h1>{{title}}</h1>", with: "<h1>{{title}}</h1>\n<p class=\"catatan-uji\">Templat portal, versi \(version)</p>")
    }

    /// The list-item partial, used by every service page, with a mark of its version.
    static func itemsTemplate(version: Int) -> String {
        builtIn("partials/items.mustache").replacingOccurrences(of: "<li>{{{html}}}</li>", with: "<li data-versi=\"\(version)\">{{{html}}}</li>")
    }

    /// The stylesheet with a rule of its own (it is also inlined into the 404 page).
    static func styleSheet(version: Int) -> String {
        builtIn("assets/style.css") + "\n/* Portal uji, versi \(version) */\n.catatan-uji { font-style: italic; }\n"
    }

    static func builtIn(_ path: String) -> String {
        guard let text = try? String(contentsOf: builtInTemplates.appendingPathComponent(path), encoding: .utf8) else {
            fatalError("the built-in theme has no `\(path)`: the property test's template edits need it")
        }
        return text
    }
}
