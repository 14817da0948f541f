import Foundation

/// A portal the property test edits, as values: settings, units in a tree with their
/// services, maklumat, survey results and analyses, SOPs, indicators and files, free
/// pages, the portal's own files and its templates folder. `files` writes it out as the
/// content and templates folders hold it (`EditablePortal+Files.swift`); the edits
/// (`PortalEditor`) change these values, so that what is written stays a portal whose
/// every cross-reference holds (a parent unit exists, a survey's service exists, a poster
/// is in `berkas/`).
struct EditablePortal {
    struct Instansi {
        var slug: String
        var name: String
    }

    struct Settings {
        var title = "Portal Transparansi Uji"
        var baseURL = "https://transparansi.uji.go.id/"
        var english = false
        var colour: String? = "#0B5E55"
        var banner: String?
        /// `survei.konversi_zi`: nil for the default, or `proporsional`, `linier`.
        var conversion: String?
        /// The names of the nine SKM elements (`survei.unsur_skm`), nil for the regulation's.
        var elementNames: [String]?
        /// `aksesibilitas.ditinjau`, a day that the build date may lie before.
        var reviewed: String? = "2026-06-01"
        /// Whether `logo: berkas/logo.png` is set (the file is then in `portalFiles`).
        var logo = true
        var instansi = [Instansi(slug: "kota-uji", name: "Pemerintah Kota Uji"),
                        Instansi(slug: "provinsi-uji", name: "Pemerintah Provinsi Uji")]
    }

    struct Service {
        /// The file's name without its extension.
        var file: String
        var json = false
        /// The `slug:` field, another address than the file's name.
        var slug: String?
        var name: String
        var summary: String?
        var order: Int?
        /// Components left out (the standard is then incomplete: a warning).
        var missing: Set<String> = []
        var duration = "30 menit"
        /// A fee in Rupiah, nil for `Gratis`.
        var fee: Int?
        var updated: String?
        /// A file of the unit's `berkas/` shown as the poster.
        var poster: String?
        var requirements = ["Surat permohonan", "Fotokopi KTP"]
        var body = "Keterangan layanan."

        var address: String { slug ?? file }
    }

    struct Maklumat {
        var date = "2020-01-02"
        var signer = "Budi Santoso"
        var text = "Kami sanggup menyelenggarakan pelayanan sesuai standar."
        /// A file of the unit's `berkas/`, the signed scan.
        var scan: String?
    }

    struct Survey {
        /// The file's name without `.yaml`.
        var file: String
        var zi = false
        var period: String
        /// Per element, how many respondents gave each answer (4 answers for SKM, 6 for ZI);
        /// every row adds up to the same number, the respondents.
        var counts: [[Int]]
        /// The address of a service of the unit, for a survey of one service.
        var service: String?
        /// The analysis beside the result (`<file>.md`), when there is one.
        var analysis: String?

        var respondents: Int { counts.first?.reduce(0, +) ?? 0 }
    }

    struct SOP {
        var file: String
        var title: String
        var actors: [String]
        var steps: [(activity: String, actor: String, time: String)]
    }

    struct Indicator {
        var code: String
        var text: String
        var target: Int
        var realisation: Int?
    }

    struct Indicators {
        /// The period, which is also the file's name: `2026-S1`.
        var period: String
        var items: [Indicator]
    }

    struct Unit {
        var folder: String
        var slug: String?
        var name: String
        var kind = "dinas"
        /// The address of the parent unit; nil for a top-level unit of `instansi`.
        var parent: String?
        var instansi = "kota-uji"
        var order: Int?
        var phone = "(0511) 000 0001"
        var profile = "Profil unit."
        var maklumat: Maklumat?
        var services: [Service] = []
        var surveys: [Survey] = []
        var sops: [SOP] = []
        var indicators: [Indicators] = []
        /// The unit's `berkas/`, by name.
        var files: [String: Data] = [:]

        var address: String { slug ?? folder }
    }

    struct FreePage {
        var file: String
        var title: String
        var order: Int?
        var body: String
        /// Whether the page links to the first unit's page and to the portal's guide.
        var links = false
    }

    var settings = Settings()
    var units: [Unit] = []
    var pages: [FreePage] = []
    /// The portal's `berkas/`, by name.
    var portalFiles: [String: Data] = [:]
    /// The portal's templates folder (`templates/` beside the content), by relative path.
    var templates: [String: String] = [:]

    func unitIndex(address: String) -> Int? {
        units.firstIndex { $0.address == address }
    }

    /// Whether `unit` lies under `ancestor` (or is it).
    func isWithin(_ unit: String, _ ancestor: String) -> Bool {
        var current: String? = unit
        var seen: Set<String> = []
        while let address = current, seen.insert(address).inserted {
            if address == ancestor { return true }
            current = unitIndex(address: address).flatMap { units[$0].parent }
        }
        return false
    }
}
