/// A unit's standard operating procedures (`sop/<slug>.yaml`): numbered steps, one actor
/// each, with the time and output of every step.
enum SOPText {
    static let titles = [
        "Penyusunan Rencana Kerja", "Pengelolaan Surat Masuk", "Pengelolaan Pengaduan Masyarakat", "Penyusunan Laporan Kinerja",
        "Pelaksanaan Survei Kepuasan Masyarakat", "Pengelolaan Arsip Dinamis", "Penyusunan Perjanjian Kinerja", "Pelayanan Informasi Publik",
        "Pengadaan Barang dan Jasa", "Pengelolaan Barang Milik Daerah", "Penyusunan Standar Pelayanan", "Pemantauan dan Evaluasi Program",
    ]
    private static let actors = ["Kepala Unit", "Sekretaris", "Kepala Subbagian Umum", "Kepala Seksi", "Staf Pelaksana", "Tim Kerja", "Pengelola Arsip"]
    private static let steps: [(activity: String, needs: String, output: String)] = [
        ("Memerintahkan penyusunan dokumen dan menunjuk penanggung jawab", "Disposisi pimpinan", "Surat perintah"),
        ("Menerima dan mencatat berkas dalam buku agenda", "Berkas masuk", "Berkas tercatat"),
        ("Memeriksa kelengkapan dan kebenaran berkas", "Berkas tercatat", "Berkas terverifikasi"),
        ("Menghimpun data dan menyusun konsep dokumen", "Data pendukung", "Konsep dokumen"),
        ("Membahas konsep dokumen dalam rapat tim", "Konsep dokumen", "Notulen rapat"),
        ("Memperbaiki konsep sesuai hasil rapat", "Notulen rapat", "Konsep perbaikan"),
        ("Memeriksa konsep dan memberi paraf", "Konsep perbaikan", "Konsep yang telah diparaf"),
        ("Menandatangani dokumen", "Konsep yang telah diparaf", "Dokumen yang telah ditandatangani"),
        ("Menggandakan dan mendistribusikan dokumen", "Dokumen yang telah ditandatangani", "Tanda terima distribusi"),
        ("Mengarsipkan dokumen", "Dokumen yang telah ditandatangani", "Arsip dokumen"),
    ]
    private static let times = ["10 menit", "15 menit", "30 menit", "45 menit", "1 jam", "1,5 jam", "2 jam", "1 hari", "2 hari kerja"]

    /// The file names (and titles) of a unit's SOPs.
    static func choose(count: Int, random: inout SplitMix64) -> [(slug: String, title: String)] {
        random.sample(titles, count).map { (Slug.make($0), "SOP " + $0) }
    }

    static func yaml(title: String, others: [(slug: String, title: String)], context: UnitContext, random: inout SplitMix64) -> String {
        var yaml = YAMLText(capacity: 2048)
        yaml.field("judul", title)
        let year = random.int(2020...2025)
        yaml.raw("nomor", YAMLText.quoted("\(random.int(1...999))/SOP/\(context.unit.index)/\(year)"))
        yaml.open("penetapan")
        yaml.field("nomor", "Keputusan \(context.head.position) Nomor \(random.int(1...300)) Tahun \(year)", indent: 2)
        yaml.raw("tanggal", Dates.iso(year, random.int(1...12), random.int(1...28)), indent: 2)
        yaml.field("oleh", context.head.position, indent: 2)
        let cast = random.sample(actors, random.int(3...5))
        yaml.raw("pelaksana", "[" + cast.joined(separator: ", ") + "]")
        yaml.open("langkah")
        let chosen = steps.indices.filter { _ in random.chance(0.75) }
        let stepIndices = chosen.count >= cast.count ? chosen : Array(steps.indices.prefix(max(cast.count, 5)))
        for (position, stepIndex) in stepIndices.enumerated() {
            let step = steps[stepIndex]
            // Every actor does at least one step: the first steps go to each in turn.
            let actor = position < cast.count ? cast[position] : random.pick(cast)
            yaml.field("- kegiatan", step.activity, indent: 2)
            yaml.field("pelaksana", actor, indent: 4)
            yaml.field("kelengkapan", step.needs, indent: 4)
            yaml.field("waktu", random.pick(times), indent: 4)
            yaml.field("output", step.output, indent: 4)
            if let other = others.first, random.chance(0.15) {
                yaml.field("keterangan", other.title, indent: 4)
                yaml.field("sop", other.slug, indent: 4)
            }
        }
        return yaml.text
    }
}
