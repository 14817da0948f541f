import LenteraDomain

/// The table of content kinds: every kind of file a content folder holds, declared once.
/// The decoders take their allowed and required keys from here, `lentera schema` writes a
/// JSON Schema from it, and `lentera new` writes new files where it says they live.
/// `ContentKindsTests` holds the decoders and this table in step.
public enum ContentKinds {
    /// Every kind, in the order commands list them.
    public static let all: [ContentKind] = [portal, unit, layanan, maklumat, halaman, sop, kinerja, spbe, survei, analisisSurvei, zonaIntegritas]

    public static func named(_ name: String) -> ContentKind? { all.first { $0.name == name } }

    // MARK: - portal.yaml

    public static let portal = ContentKind(
        name: "portal", title: "Pengaturan portal",
        description: "Pengaturan seluruh portal: judul, alamat publik, instansi yang dicakup, kontak pengelola.",
        place: "portal", extensions: ["yaml", "yml", "json"],
        fields: FieldSet([
            FieldSpec("judul", .text, required: true, title: "Judul portal", "Judul portal, tampil di setiap halaman."),
            FieldSpec("logo", .text, title: "Logo", "Logo instansi (PNG, JPEG, WebP atau GIF) di folder berkas/ konten: berkas/logo.png. Juga menjadi ikon situs (favicon)."),
            FieldSpec("deskripsi", .markdown, title: "Deskripsi", "Satu paragraf (Markdown) di beranda: apa yang dicakup portal ini."),
            FieldSpec("base_url", .url(LinkScheme.web), required: true, title: "Alamat publik",
                      "Alamat portal di internet, misalnya https://transparansi.contoh.go.id/; dipakai untuk tautan kanonis dan sitemap."),
            FieldSpec("bahasa", .text, title: "Bahasa", "Kode bahasa halaman; bawaannya `id`."),
            FieldSpec("instansi", .list(.fields(instansiEntry)), required: true, title: "Instansi",
                      "Daftar instansi yang dicakup portal; unit teratas menyebut salah satunya."),
            FieldSpec("kontak", .fields(contact), title: "Kontak pengelola", "Alamat, telepon, surel dan situs pengelola portal."),
            FieldSpec("kanal_pengaduan", .list(.fields(complaintChannel)), title: "Kanal pengaduan",
                      "Kanal pengaduan yang tampil di setiap halaman unit, selain SP4N-LAPOR! yang selalu tampil."),
            FieldSpec("data_contoh", .text, title: "Catatan data contoh",
                      "Kalimat yang tampil sebagai spanduk di setiap halaman bila portal berisi data rekaan."),
            FieldSpec("survei", .fields(surveySettings), title: "Pengaturan survei",
                      "Cara angka survei dihitung: konversi ZI dan unsur SKM."),
            FieldSpec("warna", .pattern(colourPattern, example: "#0B4F8A"), title: "Warna instansi",
                      "Warna pita kepala setiap halaman, `#RRGGBB` dalam tanda kutip (`warna: \"#0B4F8A\"`); warna teks di atasnya dan warna tautan dipilih agar tetap terbaca (kontras 4,5:1)."),
            FieldSpec("ppid", .url(LinkScheme.web), title: "Halaman PPID",
                      "Alamat halaman PPID (layanan informasi publik) instansi, ditautkan di kaki setiap halaman."),
            FieldSpec("aksesibilitas", .fields(accessibilitySettings), title: "Pernyataan aksesibilitas",
                      "Tanggal peninjauan terakhir dan janji waktu tanggapan atas laporan hambatan, dimuat di halaman Aksesibilitas."),
        ]))

    public static let accessibilitySettings = FieldSet([
        FieldSpec("ditinjau", .date, title: "Tanggal peninjauan",
                  "Tanggal terakhir pengelola memeriksa aksesibilitas portal (YYYY-MM-DD), misalnya 2026-11-02."),
        FieldSpec("tanggapan_hari_kerja", .wholeNumber(Limits.replyDays), title: "Waktu tanggapan",
                  "Dalam berapa hari kerja pengelola menanggapi laporan hambatan aksesibilitas; bawaan Lentera 10."),
    ])

    /// A colour as the theme takes it: `#` and six hexadecimal digits.
    public static let colourPattern = "^#[0-9A-Fa-f]{6}$"

    public static let instansiEntry = FieldSet([
        FieldSpec("slug", .slug, required: true, title: "Kode instansi", "Pengenal pendek yang disebut unit (`instansi: kota-contoh`)."),
        FieldSpec("nama", .text, required: true, title: "Nama instansi", "Nama lengkap, misalnya Pemerintah Kota Contoh."),
        FieldSpec("singkatan", .text, title: "Singkatan", "Nama pendek."),
        FieldSpec("situs", .url(LinkScheme.web), title: "Situs", "Situs web instansi (https://…)."),
        FieldSpec("wilayah", .text, title: "Wilayah layanan",
                  "Wilayah yang dilayani, misalnya Kota Contoh; tanpa ini diambil dari nama (Pemerintah Kota Contoh → Kota Contoh)."),
    ])

    public static let contact = FieldSet([
        FieldSpec("alamat", .text, title: "Alamat", "Alamat kantor."),
        FieldSpec("telepon", .text, title: "Telepon", "Nomor telepon, ditulis sebagai teks."),
        FieldSpec("email", .email, title: "Surel", "Alamat surel, misalnya humas@contoh.go.id."),
        FieldSpec("situs", .url(LinkScheme.web), title: "Situs", "Situs web (https://…)."),
    ])

    public static let complaintChannel = FieldSet([
        FieldSpec("nama", .text, required: true, title: "Nama kanal", "Nama kanal pengaduan, misalnya WhatsApp Pengaduan."),
        FieldSpec("url", .url(LinkScheme.channel), title: "Alamat", "Alamat kanal: https://…, mailto:… atau tel:…."),
        FieldSpec("keterangan", .text, title: "Keterangan", "Keterangan singkat, misalnya jam layanan kanal."),
    ])

    public static let surveySettings = FieldSet([
        FieldSpec("konversi_zi", .choice(["proporsional", "linier"]), title: "Konversi ZI",
                  "Cara skala 1–6 survei ZI diubah ke skala 4: `proporsional` (bawaan) atau `linier`."),
        FieldSpec("unsur_skm", .list(.fields(skmElement)), title: "Unsur SKM",
                  "Unsur Survei Kepuasan Masyarakat bila berbeda dari sembilan unsur PermenPANRB 14/2017."),
    ])

    public static let skmElement = FieldSet([
        FieldSpec("kode", .pattern("^[A-Z][A-Z0-9]{0,15}$", example: "U1"), required: true, title: "Kode unsur", "Huruf kapital dan angka, diawali huruf, misalnya U1."),
        FieldSpec("nama", .text, required: true, title: "Nama unsur", "Nama unsur, misalnya Persyaratan."),
        FieldSpec("bobot", .number(Limits.weight), title: "Bobot", "Bobot unsur dari 0 sampai 1; kosongkan semua untuk bobot sama."),
    ])

    // MARK: - Units

    public static let unit = ContentKind(
        name: "unit", title: "Unit kerja",
        description: "Satu unit kerja: data di front matter, profil sebagai teks di bawahnya.",
        place: "units/{slug}/unit", extensions: ["md", "json", "yaml", "yml"],
        fields: FieldSet([
            FieldSpec("nama", .text, required: true, title: "Nama unit", "Nama unit, misalnya Bagian Layanan Pengadaan."),
            FieldSpec("slug", .slug, title: "Alamat", "Bagian akhir alamat halaman unit di portal bila tidak sama dengan nama foldernya: huruf kecil, angka dan tanda hubung. Kosongkan untuk memakai nama folder."),
            FieldSpec("jenis", .choice(UnitKind.allCases.map(\.rawValue)), required: true, title: "Jenis unit", "Jenis unit kerja."),
            FieldSpec("induk", .slug, title: "Unit induk", "Nama folder (slug) unit induknya; isi `induk` atau `instansi`."),
            FieldSpec("instansi", .slug, title: "Instansi", "Kode instansi dari portal.yaml, untuk unit teratas; isi `induk` atau `instansi`."),
            FieldSpec("singkatan", .text, title: "Singkatan", "Nama pendek, misalnya BLP."),
            FieldSpec("alamat", .text, title: "Alamat", "Alamat kantor."),
            FieldSpec("telepon", .text, title: "Telepon", "Nomor telepon, ditulis sebagai teks."),
            FieldSpec("email", .email, title: "Surel", "Alamat surel unit."),
            FieldSpec("situs", .url(LinkScheme.web), title: "Situs", "Situs web unit (https://…)."),
            FieldSpec("jam_layanan", .list(.fields(serviceHours)), title: "Jam layanan", "Hari dan jam buka layanan."),
            FieldSpec("kepala", .fields(official), title: "Kepala unit", "Nama, jabatan dan NIP kepala unit."),
            FieldSpec("urutan", .wholeNumber(Limits.order), title: "Urutan", "Angka untuk mengurutkan unit sejajar; tanpa ini menurut nama."),
            FieldSpec("profil", .markdown, title: "Profil", "Profil unit. Markdown: baris kosong memisahkan paragraf, `**tebal**` menebalkan, baris berawalan `- ` menjadi daftar. Dalam berkas .md: teks di bawah front matter (bagian antara kedua baris `---`).", isBody: true),
        ]))

    public static let serviceHours = FieldSet([
        FieldSpec("hari", .text, required: true, title: "Hari", "Misalnya Senin–Kamis."),
        FieldSpec("jam", .text, required: true, title: "Jam", "Misalnya 08.00–15.00."),
    ])

    /// A head of unit, a signatory.
    public static let official = FieldSet([
        FieldSpec("nama", .text, required: true, title: "Nama", "Nama lengkap pejabat."),
        FieldSpec("jabatan", .text, title: "Jabatan", "Jabatan pejabat."),
        FieldSpec("nip", .text, title: "NIP", "NIP 18 angka (tulis dalam tanda kutip); kosongkan bila tidak ada."),
    ])

    // MARK: - Maklumat

    public static let maklumat = ContentKind(
        name: "maklumat", title: "Maklumat Pelayanan",
        description: "Janji pelayanan unit (UU 25/2009): teksnya di bawah front matter.",
        place: "units/{unit}/maklumat", extensions: ["md", "json", "yaml", "yml"],
        fields: FieldSet([
            FieldSpec("judul", .text, title: "Judul", "Bawaannya Maklumat Pelayanan."),
            FieldSpec("tanggal", .date, required: true, title: "Tanggal", "Tanggal ditandatangani, YYYY-MM-DD."),
            FieldSpec("tempat", .text, title: "Tempat", "Tempat penandatanganan, misalnya Banjarmasin."),
            FieldSpec("penandatangan", .fields(official), required: true, title: "Penandatangan", "Kepala unit yang menandatangani: nama, jabatan, NIP."),
            FieldSpec("pindaian", .text, title: "Pindaian bertanda tangan",
                      "Pindaian maklumat yang ditandatangani (PDF atau gambar) di folder berkas/ unit, relatif dari berkas ini: berkas/maklumat-ttd.pdf."),
            FieldSpec("teks", .markdown, title: "Teks maklumat", "Isi janji. Markdown: baris kosong memisahkan paragraf, `**tebal**` menebalkan, baris berawalan `- ` menjadi daftar. Dalam berkas .md: teks di bawah front matter (bagian antara kedua baris `---`).", isBody: true),
        ]))

    // MARK: - Free pages

    public static let halaman = ContentKind(
        name: "halaman", title: "Halaman bebas",
        description: "Halaman dengan teks bebas (Markdown), misalnya Tentang.",
        place: "pages/{slug}", extensions: ["md", "json", "yaml", "yml", "markdown"],
        fields: FieldSet([
            FieldSpec("judul", .text, required: true, title: "Judul", "Judul halaman."),
            FieldSpec("ringkasan", .text, title: "Ringkasan", "Satu kalimat untuk daftar halaman."),
            FieldSpec("urutan", .wholeNumber(Limits.order), title: "Urutan", "Urutan di navigasi."),
            FieldSpec("slug", .slug, title: "Alamat", "Bagian akhir alamat halamannya di portal bila tidak sama dengan nama berkas: huruf kecil, angka dan tanda hubung. Kosongkan untuk memakai nama berkas."),
            FieldSpec("isi", .markdown, title: "Isi", "Isi halaman. Markdown: baris kosong memisahkan paragraf, `**tebal**` menebalkan, baris berawalan `- ` menjadi daftar. Dalam berkas .md: teks di bawah front matter (bagian antara kedua baris `---`).", isBody: true),
        ]))
}
