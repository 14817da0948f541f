/// Aggregated survey results as `lentera survey import` writes them (counts per answer and
/// a respondent profile), and the analysis a unit writes beside the latest one.
enum SurveyText {
    /// The quarters a unit may have surveyed, oldest first; a unit publishes the last few.
    static let quarters = ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]
    /// The months of SPKP and SPAK surveys of units building a Zona Integritas.
    static let months = ["2026-07", "2026-08", "2026-09"]

    static func skm(period: String, random: inout SplitMix64) -> String {
        let respondents = random.int(60...400)
        var yaml = YAMLText(capacity: 1536)
        yaml.line("# Hasil agregat survei kepuasan masyarakat (SKM): jumlah jawaban per unsur, tanpa data pribadi.")
        yaml.field("jenis", "skm")
        yaml.raw("periode", YAMLText.quoted(period))
        yaml.field("sumber", "impor")
        yaml.raw("responden", "\(respondents)")
        yaml.raw("pengguna_layanan", "\(respondents * random.int(4...30))")
        yaml.open("jawaban")
        let quality = random.unit()
        for element in 1...9 {
            let weights = [0.02, 0.06 + 0.1 * (1 - quality), 0.45, 0.3 + 0.4 * quality]
            yaml.raw("U\(element)", flow(random.split(respondents, weights: weights)), indent: 2)
        }
        profile(&yaml, respondents: respondents, full: true, random: &random)
        return yaml.text
    }

    static func zi(period: String, random: inout SplitMix64) -> String {
        let respondents = random.int(30...120)
        var yaml = YAMLText(capacity: 1536)
        yaml.line("# Hasil agregat survei Zona Integritas (SPKP dan SPAK): jumlah jawaban per unsur, tanpa data pribadi.")
        yaml.field("jenis", "zi")
        yaml.raw("periode", YAMLText.quoted(period))
        yaml.field("sumber", "impor")
        yaml.raw("responden", "\(respondents)")
        yaml.open("jawaban")
        for (prefix, count) in [("SPKP", 8), ("SPAK", 5)] {
            for element in 1...count {
                let weights = [0.005, 0.01, 0.03, 0.08, 0.3, 0.575]
                yaml.raw("\(prefix)\(element)", flow(random.split(respondents, weights: weights)), indent: 2)
            }
        }
        profile(&yaml, respondents: respondents, full: false, random: &random)
        return yaml.text
    }

    /// One analysis for the monthly SPKP and SPAK results, naming the months it covers.
    static func ziAnalysis(months: [String]) -> String {
        """
        ---
        jenis: zi
        mencakup: [\(months.map { "\"\($0)\"" }.joined(separator: ", "))]
        ---

        ## Analisis

        IPAK stabil pada bulan-bulan ini; IPKP terendah pada pernyataan tentang jangka waktu penyelesaian.

        ## Rencana tindak lanjut

        1. Menampilkan perkiraan waktu selesai pada tanda terima setiap berkas.
        2. Survei SPKP dan SPAK dilanjutkan setiap bulan sampai unit diusulkan ke TPN.

        """
    }

    static func analysis(random: inout SplitMix64) -> String {
        let weakest = random.pick(["U3 Waktu penyelesaian", "U8 Penanganan pengaduan", "U9 Sarana dan prasarana", "U2 Sistem, mekanisme dan prosedur"])
        return """
            ## Analisis

            Nilai unsur terendah pada periode ini adalah **\(weakest)**. Responden menyebut antrean pada awal \
            pekan dan lambatnya jawaban atas pengaduan melalui telepon. Unsur biaya tetap tinggi karena sebagian \
            besar layanan tidak dipungut biaya.

            ## Rencana tindak lanjut

            1. Menambah satu loket pada hari Senin dan Selasa — triwulan berikutnya — Subbagian Umum.
            2. Menjawab setiap pengaduan paling lambat \(random.int(3...7)) hari kerja dan mengumumkan rekapnya tiap bulan.
            3. Membagikan tautan survei pada tanda terima berkas agar sampel minimal terpenuhi.

            """
    }

    private static func flow(_ counts: [Int]) -> String {
        "[" + counts.map(String.init).joined(separator: ", ") + "]"
    }

    private static func profile(_ yaml: inout YAMLText, respondents: Int, full: Bool, random: inout SplitMix64) {
        yaml.open("profil")
        var fields: [(String, [String])] = [("jenis_kelamin", ["Laki-laki", "Perempuan"])]
        if full {
            fields.append(("pendidikan", ["SD", "SMP", "SMA", "D1–D3", "D4/S1", "S2"]))
            fields.append(("pekerjaan", ["PNS", "Pegawai swasta", "Wiraswasta", "Pelajar/Mahasiswa", "Ibu rumah tangga", "Lainnya"]))
        }
        fields.append(("usia", ["< 20", "20–29", "30–39", "40–49", "50–59", "≥ 60"]))
        for (field, categories) in fields {
            yaml.open(field, indent: 2)
            let counts = random.split(respondents, weights: categories.map { _ in 1.0 })
            for (category, count) in zip(categories, counts) {
                yaml.raw(YAMLText.quoted(category), "\(count)", indent: 4)
            }
        }
    }
}
