import LenteraDomain

extension ContentKinds {
    // MARK: - SOP

    public static let sop = ContentKind(
        name: "sop", title: "Standar Operasional Prosedur",
        description: "Satu SOP: langkah bernomor, pelaksana tiap langkah, dan mutu bakunya.",
        place: "units/{unit}/sop/{slug}", extensions: ["yaml", "yml", "json"],
        fields: FieldSet([
            FieldSpec("judul", .text, required: true, title: "Judul", "Judul SOP, misalnya SOP Penyusunan Perjanjian Kinerja."),
            FieldSpec("nomor", .text, title: "Nomor SOP", "Nomor SOP sendiri (tulis dalam tanda kutip)."),
            FieldSpec("penetapan", .fields(sopDecree), required: true, title: "Penetapan", "Keputusan yang menetapkan SOP: nomor, tanggal, oleh."),
            FieldSpec("pelaksana", .list(.text), required: true, title: "Pelaksana", "Para pelaksana, dalam urutan kolom tabel."),
            FieldSpec("langkah", .list(.fields(sopStep), single: false), required: true, title: "Langkah", "Langkah-langkah, berurutan."),
            FieldSpec("urutan", .wholeNumber(Limits.order), title: "Urutan", "Angka untuk mengurutkan SOP unit; tanpa ini menurut judul."),
            FieldSpec("hari", .choice([SOPDayKind.working.rawValue, SOPDayKind.calendar.rawValue]), title: "Arti \"hari\"",
                      "Arti \"hari\" tanpa keterangan di SOP ini: `kerja` atau `kalender`. Tanpa ini, \"hari\" dijumlahkan tersendiri."),
            FieldSpec("kolom_mutu_baku", .fields(sopColumns), title: "Judul kolom mutu baku",
                      "Judul kolom mutu baku bila sumber menamainya lain: kelengkapan, waktu, output."),
            FieldSpec("rekonstruksi", .list(.fields(sopReconstruction)), title: "Rekonstruksi",
                      "Bagian yang tidak disalin dari dokumen sumber, masing-masing dengan catatannya."),
        ]))

    public static let sopColumns = FieldSet([
        FieldSpec("kelengkapan", .text, title: "Kolom kelengkapan", "Judul kolom kelengkapan, misalnya Persyaratan / Kelengkapan."),
        FieldSpec("waktu", .text, title: "Kolom waktu", "Judul kolom waktu."),
        FieldSpec("output", .text, title: "Kolom output", "Judul kolom output, misalnya Input bila sumber menulis begitu."),
    ])

    public static let sopReconstruction = FieldSet([
        FieldSpec("bagian", .choice(SOPPart.allCases.map(\.rawValue)), required: true, title: "Bagian", "Bagian SOP yang direkonstruksi."),
        FieldSpec("catatan", .text, required: true, title: "Catatan", "Bagaimana bagian itu disusun, dan mengapa tidak disalin dari sumber."),
    ])

    public static let sopDecree = FieldSet([
        FieldSpec("nomor", .text, required: true, title: "Nomor", "Nomor keputusan."),
        FieldSpec("tanggal", .date, required: true, title: "Tanggal", "Tanggal penetapan, YYYY-MM-DD."),
        FieldSpec("oleh", .text, required: true, title: "Oleh", "Yang menetapkan, misalnya Camat Contoh."),
    ])

    public static let sopStep = FieldSet([
        FieldSpec("kegiatan", .text, required: true, title: "Kegiatan", "Kegiatan langkah ini."),
        FieldSpec("pelaksana", .text, required: true, title: "Pelaksana", "Siapa yang mengerjakan: salah satu `pelaksana` SOP."),
        FieldSpec("kelengkapan", .text, title: "Kelengkapan", "Apa yang diperlukan langkah ini."),
        FieldSpec("waktu", .text, required: true, title: "Waktu", "Angka dan satuan: 10 menit, 1,5 jam, 2 hari kerja."),
        FieldSpec("output", .text, title: "Output", "Hasil langkah ini."),
        FieldSpec("keterangan", .text, title: "Keterangan", "Catatan, sering nama SOP lain."),
        FieldSpec("sop", .slug, title: "SOP terkait", "Nama berkas (tanpa .yaml) SOP lain unit ini; keterangan menjadi tautan ke sana."),
        FieldSpec("bersamaan_dengan", .wholeNumber(Limits.wholeNumber), title: "Bersamaan dengan",
                  "Nomor langkah lain yang berjalan pada waktu yang sama; keduanya dihitung sekali dalam jumlah waktu."),
    ])

    // MARK: - Performance indicators

    /// A period written `2026`, `2026-03`, `2026-Q1` or `2026-S1`.
    static let periodPattern = "^[0-9]{4}(-(0[1-9]|1[0-2]|[Qq][1-4]|[Ss][12]))?$"

    public static let kinerja = ContentKind(
        name: "kinerja", title: "Indikator kinerja",
        description: "Indikator Perjanjian Kinerja unit untuk satu periode: target dan realisasi.",
        place: "units/{unit}/kinerja/{slug}", extensions: ["yaml", "yml", "json"],
        fields: FieldSet([
            FieldSpec("periode", .pattern(periodPattern, example: "2026-S1"), required: true, title: "Periode",
                      "Periode penilaian: 2026-S1, 2026-S2 atau 2026; sama dengan nama berkas."),
            FieldSpec("data_contoh", .boolean, title: "Data contoh", "`true` bila realisasi hanya rekaan (portal contoh)."),
            FieldSpec("penilai", .text, title: "Pejabat penilai",
                      "Jabatan pejabat penilai, bukan nama orang, misalnya Direktur Jenderal Kependudukan dan Pencatatan Sipil Kemendagri."),
            FieldSpec("dinilai", .text, title: "Pejabat yang dinilai",
                      "Jabatan pejabat yang dinilai, bukan nama orang, misalnya Kepala Dinas Kependudukan dan Pencatatan Sipil."),
            FieldSpec("indikator", .list(.fields(indicator)), required: true, title: "Indikator", "Daftar indikator, paling sedikit satu."),
        ]))

    public static let indicator = FieldSet([
        FieldSpec("kode", .text, required: true, title: "Kode", "Kode indikator, unik dalam berkas (IK-1)."),
        FieldSpec("sasaran", .text, title: "Sasaran", "Sasaran yang dilayani indikator."),
        FieldSpec("indikator", .text, required: true, title: "Indikator", "Indikator seperti tertulis di perjanjian."),
        FieldSpec("jenis_target", .choice(TargetKind.allCases.map(\.rawValue)), title: "Jenis target",
                  "`paling_sedikit` (bawaan: makin tinggi makin baik), `paling_banyak` (makin rendah makin baik, target boleh 0), `laporan` (disampaikan atau tidak) atau `jumlah` (bilangan bulat, dengan `rincian`)."),
        FieldSpec("target", .number(Limits.indicatorValue), title: "Target",
                  "Target berupa angka dalam `satuan`: lebih dari nol; 0 atau lebih untuk `paling_banyak`; tidak diisi untuk `laporan`."),
        FieldSpec("satuan", .text, title: "Satuan", "Satuan ukur: \"%\" (dalam tanda kutip), dokumen, SKPD…; tidak diisi untuk `laporan`."),
        FieldSpec("target_teks", .text, title: "Target tertulis", "Target seperti diumumkan bila lebih dari angka: \"94–98%\"."),
        FieldSpec("realisasi", .either([.number(Limits.indicatorValue), .boolean, .choice(["ya", "tidak"])]), title: "Realisasi",
                  "Capaian dalam `satuan`; untuk `laporan`: `ya` (disampaikan) atau `tidak`. Kosongkan bila belum dilaporkan."),
        FieldSpec("rincian", .list(.text), title: "Rincian", "Untuk `jumlah`: yang dihitung, satu per baris (misalnya nama setiap inovasi)."),
        FieldSpec("keterangan", .text, title: "Keterangan", "Catatan di bawah indikator."),
    ])

    // MARK: - SPBE

    public static let spbe = ContentKind(
        name: "spbe", title: "Aplikasi dan peta jalan SPBE",
        description: "Aplikasi pendukung layanan unit dan peta jalan SPBE per tahun (Perpres 95/2018).",
        place: "units/{unit}/spbe", extensions: ["yaml", "yml", "json"],
        fields: FieldSet([
            FieldSpec("dasar", .text, title: "Dasar", "Keputusan yang menetapkan arsitektur SPBE."),
            FieldSpec("aplikasi", .list(.fields(application)), title: "Aplikasi", "Daftar aplikasi; isi `aplikasi` atau `peta_jalan`."),
            FieldSpec("peta_jalan", .list(.fields(roadmapRow)), title: "Peta jalan", "Baris peta jalan; isi `aplikasi` atau `peta_jalan`."),
            FieldSpec("rekonstruksi", .list(.fields(spbeReconstruction)), title: "Rekonstruksi",
                      "Bagian yang tidak disalin dari keputusan, masing-masing dengan catatannya."),
        ]))

    public static let spbeReconstruction = FieldSet([
        FieldSpec("bagian", .choice(SPBEPart.allCases.map(\.rawValue)), required: true, title: "Bagian", "Bagian yang direkonstruksi, misalnya `layanan`."),
        FieldSpec("catatan", .text, required: true, title: "Catatan", "Bagaimana bagian itu disusun, dan mengapa tidak disalin dari keputusan."),
    ])

    public static let application = FieldSet([
        FieldSpec("nama", .text, required: true, title: "Nama aplikasi", "Nama aplikasi."),
        FieldSpec("layanan", .list(.slug), title: "Layanan", "Nama berkas layanan unit ini yang didukung aplikasi."),
        FieldSpec("data", .list(.text), title: "Data", "Data yang dipakai aplikasi."),
        FieldSpec("perbaikan", .list(.either([.text, .fields(improvement)])), title: "Perbaikan",
                  "Rencana perbaikan: satu baris, atau `teks` dan `tahun`."),
    ])

    public static let improvement = FieldSet([
        FieldSpec("teks", .text, required: true, title: "Teks", "Perbaikan yang direncanakan."),
        FieldSpec("tahun", .text, title: "Tahun", "Tahun 2025, rentang 2024–2026, atau `tiap tahun`."),
    ])

    public static let roadmapRow = FieldSet([
        FieldSpec("tahun", .text, required: true, title: "Tahun", "Tahun 2024 atau rentang 2022–2026 (2000 sampai 2100)."),
        FieldSpec("bidang", .text, title: "Bidang", "Bidang: SDM, Proses, Teknologi…"),
        FieldSpec("kegiatan", .list(.text), required: true, title: "Kegiatan", "Kegiatan, paling sedikit satu."),
        FieldSpec("rekonstruksi", .text, title: "Rekonstruksi", "Catatan bila baris ini disusun ulang, tidak disalin dari keputusan."),
    ])
}
