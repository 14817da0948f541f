/// `portal.yaml` and the free page `pages/tentang.md`.
enum PortalText {
    static let title = "Portal Transparansi Pelayanan Publik Nasional (sintetis)"
    static let baseURL = "https://transparansi.contoh.go.id/"
    static let description = """
        Portal ini menghimpun **standar pelayanan**, **maklumat pelayanan**, hasil survei kepuasan masyarakat \
        dan predikat Zona Integritas dari unit kerja banyak instansi pemerintah. Untuk setiap jenis layanan \
        Anda dapat melihat persyaratan, prosedur, jangka waktu, biaya, produk layanan dan cara menyampaikan \
        pengaduan.
        """
    static let notice = "Seluruh isi portal ini dibuat oleh generator data sintetis untuk uji kinerja; bukan data resmi instansi mana pun."
    static let channel = (
        name: "Loket pengaduan dan kotak saran di unit layanan",
        note: "Sampaikan pengaduan secara tertulis di loket atau kotak saran unit yang memberikan layanan, paling lambat 30 hari sejak Anda menerima pelayanan."
    )
    static let contact = (address: "Tim Pengelola Portal Transparansi, Jl. Contoh Raya No. 1, Jakarta", phone: "(021) 000 0100",
                          email: "redaksi@transparansi.contoh.go.id")

    static func portal(_ plan: PortalPlan) -> String {
        var yaml = YAMLText(capacity: 256 + plan.instansi.count * 160)
        yaml.line("# Portal sintetis untuk uji kinerja (lentera-bench generate). Format: docs/content.md.")
        yaml.field("judul", title)
        yaml.field("deskripsi", description)
        yaml.field("base_url", baseURL)
        yaml.field("bahasa", "id")
        yaml.open("instansi")
        for instansi in plan.instansi {
            yaml.field("- slug", instansi.slug, indent: 2)
            yaml.field("nama", instansi.name, indent: 4)
            yaml.field("singkatan", instansi.shortName, indent: 4)
            yaml.field("situs", "https://\(instansi.token).contoh.go.id/", indent: 4)
        }
        yaml.open("kontak")
        yaml.field("alamat", contact.address, indent: 2)
        yaml.raw("telepon", YAMLText.quoted(contact.phone), indent: 2)
        yaml.field("email", contact.email, indent: 2)
        yaml.open("kanal_pengaduan")
        yaml.field("- nama", channel.name, indent: 2)
        yaml.field("keterangan", channel.note, indent: 4)
        yaml.field("data_contoh", notice)
        return yaml.text
    }

    static func about(_ plan: PortalPlan) -> String {
        """
        ---
        judul: Tentang portal ini
        ringkasan: Apa isi portal ini dan dari mana datanya.
        ---

        Portal ini dibuat oleh generator portal sintetis Lentera untuk mengukur kecepatan pembuatan situs. \
        Isinya \(plan.instansi.count) instansi, \(plan.units.count) unit kerja dan \(plan.serviceCount) standar \
        pelayanan yang disusun dari daftar kata, bukan dari dokumen resmi.

        ## Sumber data

        Semua nama, alamat, nomor telepon, nomor keputusan, hasil survei dan predikat Zona Integritas di portal \
        ini **rekaan**. Nama peraturan perundang-undangan yang disebut pada dasar hukum memang ada, tetapi \
        penyebutannya di sini hanya contoh.

        """
    }
}
