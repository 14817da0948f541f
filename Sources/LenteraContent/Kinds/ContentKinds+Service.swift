import LenteraDomain

extension ContentKinds {
    /// A service standard: the 14 components of PermenPANRB 15/2014 and its decree.
    public static let layanan = ContentKind(
        name: "layanan", title: "Standar Pelayanan",
        description: "Standar pelayanan satu jenis layanan: 14 komponen PermenPANRB 15/2014.",
        place: "units/{unit}/layanan/{slug}", extensions: ["md", "json", "yaml", "yml", "markdown"],
        fields: FieldSet([
            FieldSpec("nama", .text, required: true, title: "Nama layanan", "Nama jenis layanan."),
            FieldSpec("slug", .slug, title: "Alamat", "Bagian akhir alamat halamannya di portal bila tidak sama dengan nama berkas: huruf kecil, angka dan tanda hubung. Kosongkan untuk memakai nama berkas."),
            FieldSpec("nama_singkat", .pattern(shortNamePattern, example: "KTP-el"), title: "Nama singkat",
                      "Nama yang dikenal warga, misalnya KTP-el: daftar layanan A–Z mengelompokkan layanan menurut huruf pertamanya. Satu baris, paling banyak 40 karakter, diawali huruf atau angka, tanpa tab atau karakter kendali."),
            FieldSpec("ringkasan", .text, title: "Ringkasan", "Satu kalimat untuk daftar layanan."),
            // `belum`: a standard knowingly not yet enacted (read once the loader knows it).
            FieldSpec("ditetapkan", .either([.choice(["belum"]), .fields(serviceDecree)]), title: "Penetapan",
                      "Keputusan yang menetapkan standar ini: nomor, tanggal, tentang, url; atau `belum` bila standar memang belum ditetapkan."),
            FieldSpec("diperbarui", .date, title: "Terakhir diperbarui",
                      "Tanggal standar terakhir diubah, YYYY-MM-DD, tidak sebelum tanggal penetapan dan tidak sesudah hari ini; umpan berita portal memakai yang lebih akhir dari tanggal ini dan tanggal penetapan."),
            FieldSpec("urutan", .wholeNumber(Limits.order), title: "Urutan", "Angka untuk mengurutkan layanan unit; tanpa ini menurut nama."),
            FieldSpec("poster", .text, title: "Poster", "Gambar poster layanan (PNG, JPEG, WebP atau GIF) di folder berkas/ unit, relatif dari berkas ini: ../berkas/poster-ktp.png."),
        ] + ServiceComponent.allCases.map(componentField) + [
            FieldSpec("keterangan", .markdown, title: "Keterangan", "Uraian layanan. Markdown: baris kosong memisahkan paragraf, `**tebal**` menebalkan, baris berawalan `- ` menjadi daftar. Dalam berkas .md: teks di bawah front matter (bagian antara kedua baris `---`).", isBody: true),
        ]))

    /// `nama_singkat`: one line of at most 40 characters that starts with a letter A–Z or a
    /// digit (the A–Z index files the service under its first letter), without control
    /// characters (C0 with tab and CR, DEL, C1) or bidirectional controls (U+202A–202E,
    /// U+2066–2069), which would print unseen or reorder the line on `layanan/`. Written
    /// with `\uXXXX` escapes and no Unicode classes so that every schema validator
    /// (Python's `re`, ECMAScript, ICU in the decoder) reads it the same.
    public static let shortNamePattern = #"^[0-9A-Za-z][^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]{0,39}$"#

    public static let serviceDecree = FieldSet([
        FieldSpec("nomor", .text, required: true, title: "Nomor", "Nomor keputusan, misalnya Peraturan Wali Kota Contoh Nomor 1 Tahun 2024."),
        FieldSpec("tanggal", .date, title: "Tanggal", "Tanggal penetapan, YYYY-MM-DD."),
        FieldSpec("tentang", .text, title: "Tentang", "Judul keputusan."),
        FieldSpec("url", .url(LinkScheme.web), title: "Tautan", "Alamat dokumen keputusan (https://…)."),
        FieldSpec("berkas", .text, title: "Dokumen", "Dokumen keputusan (PDF) di folder berkas/ unit, relatif dari berkas ini: ../berkas/sk-standar.pdf."),
    ])

    /// An item of a list component: a line, or a heading with its lines.
    public static let listGroup = FieldSet([
        FieldSpec("kelompok", .text, required: true, title: "Judul kelompok", "Judul kelompok butir, misalnya Sarana dan prasarana."),
        FieldSpec("butir", .list(.text), required: true, title: "Butir", "Butir-butir di bawah judul kelompok."),
    ])

    public static let completionTime = FieldSet([
        FieldSpec("teks", .text, required: true, title: "Teks", "Jangka waktu seperti diumumkan."),
        FieldSpec("durasi", .text, title: "Durasi", "Angka dan satuan: menit, jam atau hari kerja, misalnya 5 hari kerja."),
    ])

    public static let cost = FieldSet([
        FieldSpec("tarif", .list(.fields(fee)), title: "Tarif", "Daftar tarif, masing-masing uraian dan jumlah dalam Rupiah."),
        FieldSpec("dasar_hukum", .text, title: "Dasar hukum tarif", "Peraturan yang menetapkan tarif (UU 25/2009 Pasal 31)."),
    ])

    public static let fee = FieldSet([
        FieldSpec("uraian", .text, required: true, title: "Uraian", "Untuk apa tarif ini, misalnya Legalisasi, per lembar."),
        FieldSpec("jumlah", .rupiah, required: true, title: "Jumlah", "Rupiah utuh: 5000 atau \"5.000\"."),
    ])

    static func componentField(_ component: ServiceComponent) -> FieldSpec {
        let part = component.part == .delivery ? "Komponen penyampaian pelayanan" : "Komponen pengelolaan pelayanan"
        let shape: FieldShape
        let form: String
        switch component.form {
        case .list:
            shape = .list(.either([.text, .fields(listGroup)]))
            form = "daftar; tiap butir satu baris, atau `kelompok` dengan `butir`"
        case .duration:
            shape = .either([.text, .fields(completionTime)])
            form = "angka dan satuan (30 menit, 5 hari kerja), atau `teks` dan `durasi`"
        case .cost:
            shape = .either([.text, .fields(cost)])
            form = "`Gratis`, atau `tarif` dan `dasar_hukum`"
        case .text:
            shape = .text
            form = "teks, misalnya 3 orang"
        }
        return FieldSpec(component.key, shape, expectedByRegulation: true, title: component.title,
                         "\(part) (PermenPANRB 15/2014): \(form).")
    }
}
