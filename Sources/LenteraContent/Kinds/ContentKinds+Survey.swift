import LenteraDomain

extension ContentKinds {
    // MARK: - Survey results

    /// A code of a survey element (`U1`, `P3`).
    static let elementCodePattern = "^[A-Z][A-Z0-9]{0,15}$"

    public static let survei = ContentKind(
        name: "survei", title: "Hasil survei",
        description: "Hasil survei satu periode (SKM, atau SPKP dan SPAK Zona Integritas): jumlah jawaban per unsur.",
        place: "units/{unit}/survei/{slug}", extensions: ["yaml", "yml", "json"], companionExtensions: ["md", "markdown"],
        fields: FieldSet([
            FieldSpec("jenis", .choice(SurveyKind.allCases.map(\.rawValue)), required: true, title: "Jenis survei",
                      "`skm`: Survei Kepuasan Masyarakat (jawaban 1–4); `zi`: survei Zona Integritas (1–6 bintang)."),
            FieldSpec("periode", .pattern(periodPattern, example: "2026-Q3"), required: true, title: "Periode",
                      "Bulan 2026-03, triwulan 2026-Q1, semester 2026-S1 atau tahun 2026."),
            FieldSpec("layanan", .slug, title: "Layanan", "Nama berkas layanan yang disurvei; kosongkan untuk seluruh unit."),
            FieldSpec("sumber", .choice(["impor", "manual"]), title: "Sumber",
                      "`impor` bila ditulis `lentera survey import`; kosongkan untuk hasil yang diketik dari laporan."),
            FieldSpec("responden", .wholeNumber(Limits.respondents), required: true, title: "Responden", "Jumlah orang yang menjawab."),
            FieldSpec("pengguna_layanan", .wholeNumber(Limits.serviceUsers), title: "Pengguna layanan", "Jumlah orang yang dilayani dalam periode."),
            FieldSpec("jawaban", .map(.list(.wholeNumber(Limits.count), single: false), keyPattern: elementCodePattern), title: "Jawaban",
                      "Per unsur, jumlah responden untuk tiap nilai jawaban, dari yang terendah: U1: [0, 2, 30, 18]."),
            FieldSpec("rata_rata", .map(.number(Limits.Bound(1...6, "an element's average", label: "limits.element-average")), keyPattern: elementCodePattern), title: "Rata-rata",
                      "Per unsur, nilai rata-rata dari laporan akhir, bila jumlah jawaban tidak ada."),
            FieldSpec("profil", .fields(respondentProfile), title: "Profil responden", "Jumlah responden per kategori."),
        ]))

    /// The analysis and follow-up plan beside a result (SE MenPANRB 04/2023, E.2.g). Plain
    /// Markdown named as its result needs no front matter; one that covers several results
    /// (a quarter's analysis of three monthly results) names them in it.
    public static let analisisSurvei = ContentKind(
        name: "analisis-survei", title: "Analisis dan rencana tindak lanjut survei",
        description: "Analisis hasil survei dan rencana tindak lanjut perbaikan layanan (Markdown), di samping hasil surveinya.",
        place: "units/{unit}/survei/{slug}", extensions: ["md"],
        fields: FieldSet([
            FieldSpec("jenis", .choice(SurveyKind.allCases.map(\.rawValue)), title: "Jenis survei",
                      "`skm` atau `zi`; wajib bila nama berkas ini tidak sama dengan nama berkas hasil survei."),
            FieldSpec("mencakup", .list(.pattern(periodPattern, example: "2026-Q3")), title: "Periode yang dicakup",
                      "Periode hasil survei yang dianalisis, misalnya [2026-07, 2026-08, 2026-09] atau 2026-Q3 (mencakup ketiga bulannya)."),
            FieldSpec("layanan", .slug, title: "Layanan", "Nama berkas layanan, bila hasil yang dianalisis adalah survei satu layanan."),
            FieldSpec("isi", .markdown, title: "Isi", "Analisis dan rencana tindak lanjut. Markdown: baris kosong memisahkan paragraf, `**tebal**` menebalkan, baris berawalan `- ` menjadi daftar. Dalam berkas .md: teks di bawah front matter, atau seluruh berkas bila tanpa front matter.", isBody: true),
        ]))

    public static let respondentProfile = FieldSet(ProfileField.allCases.map { field in
        FieldSpec(field.rawValue, .map(.wholeNumber(Limits.count), keyPattern: nil), title: field.label,
                  "Jumlah responden per kategori, misalnya \(field.categories[0]): 12.")
    })

    // MARK: - Zona Integritas

    public static let zonaIntegritas = ContentKind(
        name: "zona-integritas", title: "Zona Integritas",
        description: "Catatan Zona Integritas satu instansi: predikat, usulan, kapabilitas APIP, persetujuan TPN.",
        place: "zona-integritas/{slug}", extensions: ["yaml", "yml", "json"],
        fields: FieldSet([
            FieldSpec("jumlah_unit", .wholeNumber(Limits.unitsPerInstansi), title: "Jumlah unit", "Jumlah seluruh unit instansi."),
            FieldSpec("predikat", .list(.fields(designation)), title: "Predikat", "Predikat Menuju WBK/WBBM yang diberikan kepada unit."),
            FieldSpec("usulan", .list(.fields(proposal)), title: "Usulan", "Unit yang diusulkan tiap tahun."),
            FieldSpec("kapabilitas_apip", .list(.fields(apipCapability)), title: "Kapabilitas APIP", "Level IACM APIP per tahun."),
            FieldSpec("persetujuan_tpn", .list(.fields(tpnApproval)), title: "Persetujuan TPN",
                      "Apakah TPN menyetujui penilaian mandiri Menuju WBK, per tahun."),
            FieldSpec("pernyataan_tambahan", .fields(ziAdditionalStatements), title: "Pernyataan tambahan",
                      "Pernyataan SPKP dan SPAK yang ditanyakan unit-unit instansi selain 8 + 5 pernyataan lampiran SE MenPANRB 04/2023; hasil survei ZI unitnya wajib menjawabnya sejak periode `mulai` masing-masing."),
        ]))

    public static let ziStatement = FieldSet([
        FieldSpec("kode", .pattern(elementCodePattern, example: "SPKP9"), required: true, title: "Kode",
                  "Kode pernyataan di berkas hasil dan ekspor survei: huruf besar dan angka, diawali huruf, misalnya SPKP9."),
        FieldSpec("teks", .text, required: true, title: "Teks", "Pernyataan sebagaimana ditanyakan kepada responden."),
        FieldSpec("mulai", .pattern(periodPattern, example: "2026-10"), required: true, title: "Mulai",
                  "Periode survei pertama yang menanyakan pernyataan ini (2026-10, 2026-Q4, 2026-S2 atau 2026). Hasil periode yang dimulai sebelumnya dinilai tanpa pernyataan ini."),
    ])

    public static let ziAdditionalStatements = FieldSet([
        FieldSpec("spkp", .list(.fields(ziStatement)), title: "SPKP", "Pernyataan tambahan persepsi kualitas pelayanan."),
        FieldSpec("spak", .list(.fields(ziStatement)), title: "SPAK", "Pernyataan tambahan persepsi anti korupsi."),
    ])

    public static let ziDecree = FieldSet([
        FieldSpec("nomor", .text, required: true, title: "Nomor", "Nomor surat keputusan."),
        FieldSpec("tanggal", .date, required: true, title: "Tanggal", "Tanggal keputusan, YYYY-MM-DD."),
    ])

    public static let designation = FieldSet([
        FieldSpec("unit", .slug, required: true, title: "Unit", "Nama folder unit yang menerima predikat."),
        FieldSpec("predikat", .choice(ZIPredicate.allCases.map(\.rawValue)), required: true, title: "Predikat", "`wbk` atau `wbbm`."),
        FieldSpec("tahun", .wholeNumber(Limits.years), required: true, title: "Tahun", "Tahun predikat."),
        FieldSpec("oleh", .choice(DesignationAuthority.allCases.map(\.rawValue)), required: true, title: "Oleh",
                  "`tpn`: Tim Penilai Nasional; `mandiri`: penilaian instansi sendiri (hanya WBK)."),
        FieldSpec("sk", .fields(ziDecree), required: true, title: "SK", "Surat keputusan predikat: nomor dan tanggal."),
        FieldSpec("penetap", .text, title: "Penetap",
                  "Jabatan yang menetapkan predikat, misalnya `Wali Kota Banjarmasin`; untuk `oleh: mandiri` pimpinan instansi (SE MenPANRB 04/2023, E.3.c)."),
        FieldSpec("supervisi_tpn", .either([.choice(["ya", "tidak"]), .boolean]), title: "Supervisi TPN",
                  "Untuk `oleh: mandiri`: apakah evaluasi mandiri disupervisi Tim Penilai Nasional (E.3.b), `ya` atau `tidak`."),
        FieldSpec("laporan_kemenpanrb", .fields(ziReport), title: "Laporan ke KemenPANRB",
                  "Untuk `oleh: mandiri`: surat penyampaian hasil penetapan kepada Kementerian PANRB, paling lambat \(DesignationReportDeadline.table.current.value) hari setelah SK (E.3.d)."),
        FieldSpec("pencabutan", .fields(ziRevocation), title: "Pencabutan", "Keputusan pencabutan predikat, bila ada: nomor, tanggal dan jabatan yang mencabut."),
    ])

    public static let ziReport = FieldSet([
        FieldSpec("nomor", .text, title: "Nomor", "Nomor surat penyampaian."),
        FieldSpec("tanggal", .date, required: true, title: "Tanggal", "Tanggal surat penyampaian, YYYY-MM-DD."),
    ])

    public static let ziRevocation = FieldSet(ziDecree.fields + [
        FieldSpec("oleh", .text, title: "Oleh", "Jabatan yang mencabut, misalnya `Wali Kota Banjarmasin` (E.3.g: pimpinan instansi untuk predikat hasil evaluasi mandiri)."),
    ])

    public static let proposal = FieldSet([
        FieldSpec("tahun", .wholeNumber(Limits.years), required: true, title: "Tahun", "Tahun usulan."),
        FieldSpec("unit", .list(.slug), required: true, title: "Unit", "Unit yang diusulkan; `[]` bila tidak ada."),
        FieldSpec("tanggal", .date, title: "Tanggal",
                  "Tanggal usulan dikirim ke TPN, YYYY-MM-DD. Rata-rata IPKP dan IPAK 3 bulan unit yang diusulkan dinilai untuk tanggal ini."),
    ])

    public static let apipCapability = FieldSet([
        FieldSpec("tahun", .wholeNumber(Limits.years), required: true, title: "Tahun", "Tahun penilaian."),
        FieldSpec("level", .wholeNumber(Limits.Bound(1...5, "an IACM level", label: "limits.iacm-level")), required: true, title: "Level", "Level IACM, 1 sampai 5."),
        FieldSpec("sumber", .text, title: "Sumber", "Sumber penilaian."),
    ])

    public static let tpnApproval = FieldSet([
        FieldSpec("tahun", .wholeNumber(Limits.years), required: true, title: "Tahun", "Tahun persetujuan."),
        FieldSpec("disetujui", .either([.choice(["ya", "tidak"]), .boolean]), required: true, title: "Disetujui", "`ya` atau `tidak`."),
        FieldSpec("sk", .fields(ziDecree), title: "SK", "Surat persetujuan: nomor dan tanggal."),
    ])
}
