import Foundation
import LenteraDomain

/// The files `lentera init` and `lentera new` write: every field filled with an example an
/// officer replaces, each explained by its comment (from the table of content kinds).
public enum Starters {
    /// What a new file is made for.
    public struct Request: Sendable {
        /// The file's own name (a service's, a page's…), without extension.
        public var slug: String
        /// The unit folder the file goes in, for kinds that live in one; for a new unit, its parent.
        public var unit: String?
        /// The name to write into the file (`nama`, `judul`).
        public var name: String
        /// The instansi a top-level unit belongs to.
        public var instansi: String
        /// Today, for dates and periods.
        public var today: CalendarDate

        public init(slug: String, unit: String? = nil, name: String, instansi: String, today: CalendarDate) {
            self.slug = slug
            self.unit = unit
            self.name = name
            self.instansi = instansi
            self.today = today
        }
    }

    /// The slug a kind proposes when neither a slug nor a name is given (a period, the
    /// instansi), or nil when one must be given.
    public static func defaultSlug(for kind: ContentKind, instansi: String, today: CalendarDate) -> String? {
        switch kind.name {
        case "kinerja": "\(today.year)-S\(today.month <= 6 ? 1 : 2)"
        case "survei", "analisis-survei": "skm-\(today.year)-Q\((today.month - 1) / 3 + 1)"
        case "zona-integritas": instansi
        default: nil
        }
    }

    /// A new portal: settings, one instansi, one unit with a maklumat and one service with
    /// all 14 components, and a free page.
    public static func portal(today: CalendarDate) -> [StarterFile] {
        let instansi = "pemerintah-kabupaten-contoh"
        let unit = Request(slug: "dinas-contoh", name: "Dinas Contoh", instansi: instansi, today: today)
        let inUnit = { (slug: String, name: String) in
            Request(slug: slug, unit: "dinas-contoh", name: name, instansi: instansi, today: today)
        }
        return [
            portalSettings(instansi: instansi),
            file(ContentKinds.unit, unit),
            file(ContentKinds.maklumat, inUnit("maklumat", "Maklumat Pelayanan")),
            file(ContentKinds.layanan, inUnit("layanan-contoh", "Layanan Contoh")),
            file(ContentKinds.halaman, Request(slug: "tentang", name: "Tentang Portal Ini", instansi: instansi, today: today)),
        ]
    }

    /// A new file of `kind` (any kind but the portal settings, which `portal` writes).
    public static func file(_ kind: ContentKind, _ request: Request) -> StarterFile {
        let path = kind.path(unit: kind.needs("unit") ? request.unit : nil,
                             slug: kind.needs("slug") ? request.slug : nil, ext: kind.extensions[0])
        let set = kind.fields
        let text: String
        switch kind.name {
        case "unit": text = unit(request, set: set)
        case "maklumat": text = maklumat(request, set: set)
        case "layanan": text = service(request, set: set)
        case "halaman": text = page(request, set: set)
        case "sop": text = sop(request, set: set)
        case "kinerja": text = performance(request, set: set)
        case "spbe": text = spbe(request, set: set)
        case "survei": text = survey(request, set: set)
        case "analisis-survei": text = surveyAnalysis(request, set: set)
        case "zona-integritas": text = zonaIntegritas(request, set: set)
        default: preconditionFailure("no starter for `\(kind.name)`")
        }
        return StarterFile(path: path, text: text)
    }

    static func portalSettings(instansi: String) -> StarterFile {
        StarterFile(path: "portal.yaml", text: StarterWriter.yamlFile("""
            Pengaturan portal. Setiap baris yang diawali # adalah penjelasan dan tidak dibaca Lentera.
            Setelah mengubah berkas ini, jalankan `lentera check`.
            """, [
                StarterField("judul", " Portal Transparansi Pelayanan Publik Kabupaten Contoh"),
                StarterField("deskripsi", " Standar pelayanan, maklumat pelayanan dan hasil survei unit-unit pelayanan Pemerintah Kabupaten Contoh."),
                StarterField("base_url", " https://transparansi.contoh.go.id/"),
                .example("logo", " berkas/logo.png"),
                .example("warna", " \"#0B4F8A\""),
                StarterField("bahasa", " id"),
                StarterField("instansi", """

                  # Setiap instansi: slug (kode pendek, dipakai unit), nama, singkatan, situs.
                  - slug: \(instansi)
                    nama: Pemerintah Kabupaten Contoh
                    singkatan: Pemkab Contoh
                    situs: https://contoh.go.id/
                """),
                .example("kontak", """

                  alamat: Jalan …, Kabupaten …
                  telepon: "(kode area) nomor"
                  email: humas@….go.id
                """),
                StarterField("kanal_pengaduan", """

                  - nama: Surel pengaduan
                    url: mailto:pengaduan@contoh.go.id
                    keterangan: Dijawab paling lama 5 hari kerja.
                """),
                .example("ppid", " https://ppid.contoh.go.id/"),
                StarterField("data_contoh", " Portal ini masih berisi data contoh. Hapus baris ini setelah semua isi diganti dengan data sebenarnya."),
            ], set: ContentKinds.portal.fields))
    }

    static func unit(_ request: Request, set: FieldSet) -> String {
        let parent = request.unit.map { StarterField("induk", " \($0)") } ?? StarterField("instansi", " \(request.instansi)")
        return StarterWriter.markdown("Unit kerja. Teks di bawah garis --- kedua adalah profil unit (Markdown).", [
            StarterField("nama", " " + StarterWriter.scalar(request.name)),
            StarterField("jenis", " \(request.unit == nil ? "dinas" : "bidang")"),
            parent,
            // Contact data is the officer's to write: shown as examples, never published invented.
            .example("alamat", " Jalan …, Kabupaten …"),
            .example("telepon", " \"(kode area) nomor\""),
            .example("email", " layanan@….go.id"),
            .example("jam_layanan", """

              - hari: Senin–Kamis
                jam: 08.00–15.00
            """),
            .example("kepala", """

              nama: \(Placeholder.officialName)
              jabatan: \(StarterWriter.scalar("Kepala " + request.name))
            """),
        ], set: set, body: "\(request.name) melayani masyarakat Kabupaten Contoh. Ganti teks ini dengan profil unit: tugas, fungsi dan layanan yang diberikan.")
    }

    static func maklumat(_ request: Request, set: FieldSet) -> String {
        StarterWriter.markdown("Maklumat Pelayanan unit. Teks di bawah garis --- kedua adalah isi janji pelayanan.", [
            StarterField("judul", " Maklumat Pelayanan"),
            StarterField("tanggal", " \(request.today.iso)"),
            // The place is the officer's to write, as the unit's contacts; the signatory is
            // required, so its placeholders are written and `check` warns until replaced.
            .example("tempat", " Kabupaten …"),
            StarterField("penandatangan", """

              nama: \(Placeholder.officialName)
              jabatan: \(Placeholder.officialPosition)
            """, note: """
                Ganti `\(Placeholder.officialName)` dan `\(Placeholder.officialPosition)` dengan nama dan jabatan kepala unit
                yang menandatangani maklumat, dan `tanggal` dengan tanggal penandatanganannya; selama nama dan
                jabatan belum diganti, `lentera check` memperingatkan.
                """),
        ], set: set, body: """
            Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan \
            yang telah ditetapkan, dan apabila tidak menepati janji ini, kami siap menerima sanksi \
            sesuai peraturan perundang-undangan yang berlaku.
            """)
    }

    static func service(_ request: Request, set: FieldSet) -> String {
        func list(_ items: [String]) -> String { "\n" + items.map { "  - \($0)" }.joined(separator: "\n") }
        return StarterWriter.markdown("""
            Standar Pelayanan: 14 komponen PermenPANRB 15/2014. Teks di bawah garis --- kedua adalah
            uraian layanan (Markdown, boleh dikosongkan).
            """, [
            StarterField("nama", " " + StarterWriter.scalar(request.name)),
            StarterField("ringkasan", " Satu kalimat yang menjelaskan layanan ini."),
            StarterField("ditetapkan", " belum", note: """
                Standar yang belum ditetapkan ditulis `belum`. Setelah keputusan penetapannya terbit,
                ganti `belum` dengan nomor dan tanggal keputusan itu, seperti ini (tanpa tanda #):
                ditetapkan:
                  nomor: \(Placeholder.decreeNumber)
                  tanggal: YYYY-MM-DD
                  tentang: Standar Pelayanan …
                """),
            StarterField("persyaratan", list(["Surat permohonan", "Fotokopi Kartu Tanda Penduduk (KTP)"])),
            StarterField("prosedur", list(["Pemohon mengisi formulir dan menyerahkan persyaratan", "Petugas memeriksa kelengkapan berkas",
                                           "Petugas memproses permohonan", "Pemohon menerima produk layanan"])),
            StarterField("jangka_waktu", " 3 hari kerja"),
            StarterField("biaya", " Gratis"),
            StarterField("produk", list(["Surat keterangan"])),
            StarterField("pengaduan", list(["SP4N-LAPOR! di https://www.lapor.go.id/", "Surel pengaduan@contoh.go.id"])),
            StarterField("dasar_hukum", list(["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                                              "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan"])),
            StarterField("sarana_prasarana", list(["Ruang tunggu", "Komputer dan printer"])),
            StarterField("kompetensi_pelaksana", list(["Memahami peraturan layanan ini", "Mampu mengoperasikan komputer"])),
            StarterField("pengawasan_internal", list(["Pengawasan oleh atasan langsung"])),
            StarterField("jumlah_pelaksana", " 2 orang"),
            StarterField("jaminan_pelayanan", list(["Pelayanan diberikan sesuai standar pelayanan ini"])),
            StarterField("jaminan_keamanan", list(["Berkas pemohon disimpan dengan aman dan dijaga kerahasiaannya"])),
            StarterField("evaluasi_kinerja", list(["Survei Kepuasan Masyarakat setiap tahun"])),
        ], set: set, body: "Uraian singkat layanan \(request.name).")
    }

    static func page(_ request: Request, set: FieldSet) -> String {
        StarterWriter.markdown("Halaman bebas. Teks di bawah garis --- kedua adalah isi halaman (Markdown).", [
            StarterField("judul", " " + StarterWriter.scalar(request.name)),
            StarterField("ringkasan", " Satu kalimat untuk daftar halaman."),
        ], set: set, body: "Tulis isi halaman di sini. Markdown dapat dipakai: **tebal**, *miring*, daftar, dan tautan.")
    }

    static func sop(_ request: Request, set: FieldSet) -> String {
        StarterWriter.yamlFile("Standar Operasional Prosedur: langkah-langkah dengan pelaksana dan waktunya.", [
            StarterField("judul", " " + StarterWriter.scalar(request.name)),
            StarterField("penetapan", """

              nomor: \(Placeholder.decreeNumber)
              tanggal: \(request.today.iso)
              oleh: \(Placeholder.officialPosition)
            """, note: """
                Tulis nomor dan tanggal keputusan yang menetapkan SOP ini, dan jabatan yang menetapkannya
                (misalnya Camat Contoh); selama `nomor` dan `oleh` belum diganti, `lentera check` memperingatkan.
                """),
            StarterField("pelaksana", " [Kepala, Staf]"),
            StarterField("langkah", """

              - kegiatan: Memberi perintah
                pelaksana: Kepala
                waktu: 10 menit
                output: Disposisi
              - kegiatan: Mengerjakan dan melaporkan
                pelaksana: Staf
                kelengkapan: Disposisi
                waktu: 1 jam
                output: Laporan
            """),
        ], set: set)
    }

    static func performance(_ request: Request, set: FieldSet) -> String {
        StarterWriter.yamlFile("Indikator kinerja satu periode. Nama berkas sama dengan periodenya.", [
            StarterField("periode", " \(request.slug)"),
            StarterField("indikator", """

              - kode: IK-1
                indikator: Persentase layanan yang selesai tepat waktu
                target: 100
                satuan: "%"
            """),
        ], set: set)
    }

    static func spbe(_ request: Request, set: FieldSet) -> String {
        StarterWriter.yamlFile("Aplikasi pendukung layanan unit dan peta jalan SPBE.", [
            StarterField("aplikasi", """

              - nama: Aplikasi Layanan Contoh
                data:
                  - Data permohonan
            """),
            StarterField("peta_jalan", """

              - tahun: \(request.today.year)
                bidang: Teknologi
                kegiatan:
                  - Pengembangan layanan daring
            """),
        ], set: set)
    }

    static func survey(_ request: Request, set: FieldSet) -> String {
        let counts = SKMElements.standard.map { "  \($0.code): [0, 0, 6, 4]" }.joined(separator: "\n")
        return StarterWriter.yamlFile("""
            Hasil Survei Kepuasan Masyarakat satu periode, diketik dari laporan akhir.
            Angka di bawah hanya contoh: ganti dengan angka sebenarnya, atau pakai `lentera survey import`.
            """, [
            StarterField("jenis", " skm"),
            StarterField("periode", " \(request.slug.hasPrefix("skm-") ? String(request.slug.dropFirst(4)) : request.slug)"),
            StarterField("responden", " 10"),
            StarterField("jawaban", "\n" + counts),
        ], set: set)
    }

    /// Beside the result of the same name (`skm-2026-Q1.md` beside `skm-2026-Q1.yaml`).
    static func surveyAnalysis(_ request: Request, set: FieldSet) -> String {
        let parts = request.slug.split(separator: "-", maxSplits: 1).map(String.init)
        var fields: [StarterField] = []
        if parts.count == 2, SurveyKind(rawValue: parts[0]) != nil, SurveyPeriod(parts[1]) != nil {
            fields = [StarterField("jenis", " \(parts[0])"), StarterField("mencakup", " [\"\(parts[1])\"]")]
        }
        return StarterWriter.markdown("""
            Analisis hasil survei dan rencana tindak lanjut perbaikan layanan (wajib untuk survei mandiri,
            SE MenPANRB 04/2023). Berkas bernama sama dengan hasil surveinya tidak memerlukan bagian ini;
            satu analisis untuk beberapa hasil menyebut periodenya di `mencakup`.
            """, fields, set: set, body: """
            ## Analisis

            \(Placeholder.analysis)

            ## Rencana tindak lanjut

            \(Placeholder.followUpStep)
            """)
    }

    static func zonaIntegritas(_ request: Request, set: FieldSet) -> String {
        StarterWriter.yamlFile("Catatan Zona Integritas instansi \(request.slug). Nama berkas sama dengan slug instansinya.", [
            StarterField("jumlah_unit", " 10"),
            StarterField("usulan", """

              - tahun: \(request.today.year)
                unit: []
            """),
        ], set: set)
    }
}

/// What `lentera new` needs to know of an existing portal.
public enum PortalFile {
    /// The slugs of the instansi `portal.yaml` (or `.yml`, `.json`) in `content` declares;
    /// nil when there is no such file.
    public static func instansi(in content: String) -> [String]? {
        for name in ["portal.yaml", "portal.yml", "portal.json"] {
            let path = content.hasSuffix("/") ? content + name : content + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let (document, _) = Document.parse(text: String(decoding: data, as: UTF8.self), displayPath: name)
            guard let document, let portal = PortalDecoder.decode(document) else { return [] }
            return portal.instansi.map(\.slug)
        }
        return nil
    }
}
