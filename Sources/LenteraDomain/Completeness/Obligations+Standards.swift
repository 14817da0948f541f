// The obligations of a unit's service standards, maklumat and complaint channels.
extension Obligations {
    /// UU 25/2009 Pasal 21 and PermenPANRB 15/2014: a standard states 14 components. The
    /// same 14 are listed in Perwali Banjarmasin 67/2018 Pasal 5 (seed 004), which was read.
    public static let components = Obligation(
        id: "komponen", title: "14 komponen standar pelayanan",
        statement: "Standar pelayanan setiap layanan memuat keempat belas komponen: enam komponen penyampaian pelayanan dan delapan komponen pengelolaan pelayanan.",
        source: RuleSource("UU 25/2009 Pasal 21; PermenPANRB 15/2014", standing: .secondary,
                           note: "Kedua peraturan itu tidak dibaca langsung; keempat belas komponen yang sama tercantum dalam Perwali Banjarmasin 67/2018 Pasal 5, yang dibaca.")
    ) { dossier in
        guard !dossier.services.isEmpty else { return dossier.noServices }
        let lacking = dossier.services.filter { !$0.isComplete }
        guard !lacking.isEmpty else {
            return ObligationFinding(.met, "Keempat belas komponen tercantum pada \(count(dossier.services.count, "layanan")).")
        }
        return ObligationFinding(.notMet, "\(lacking.count) dari \(count(dossier.services.count, "layanan")) belum memuat keempat belas komponen.",
                                 fixes: lacking.map { service in
            let missing = service.missingComponents
            return ObligationFix(file: dossier.files.service(unit: service.unit, slug: service.slug),
                                 field: missing.map(\.key).joined(separator: ", "),
                                 what: "Tulis komponen yang belum ada: " + missing.map(\.title).joined(separator: "; ") + ".")
        })
    }

    /// A standard is enacted (ditetapkan) by a decree: PermenPANRB 15/2014 as the PEKPPP
    /// instrument reads it (secondary); seed 004 Pasal 9 ayat (2) enacts standards by Perwali.
    public static let enactment = Obligation(
        id: "penetapan", title: "Standar pelayanan ditetapkan",
        statement: "Standar pelayanan setiap layanan ditetapkan dengan keputusan (nomor dan tanggal), misalnya peraturan atau keputusan kepala daerah.",
        source: RuleSource("PermenPANRB 15/2014", standing: .secondary,
                           note: "Peraturan itu tidak dibaca langsung; Perwali Banjarmasin 67/2018 Pasal 9 ayat (2) menetapkan standar pelayanan dengan peraturan wali kota.")
    ) { dossier in
        guard !dossier.services.isEmpty else { return dossier.noServices }
        let unenacted = dossier.services.filter { $0.enactment == nil }
        guard !unenacted.isEmpty else {
            return ObligationFinding(.met, "Standar \(count(dossier.services.count, "layanan")) ditetapkan dengan keputusan.")
        }
        return ObligationFinding(.notMet, "\(unenacted.count) dari \(count(dossier.services.count, "layanan")) belum mencantumkan keputusan penetapan.",
                                 fixes: unenacted.map { service in
            ObligationFix(file: dossier.files.service(unit: service.unit, slug: service.slug), field: "ditetapkan",
                          what: service.notYetEnacted
                              ? "Standar ini ditandai belum ditetapkan (ditetapkan: belum): setelah ditetapkan, tulis nomor dan tanggal keputusannya."
                              : "Tulis nomor dan tanggal keputusan yang menetapkan standar ini.")
        })
    }

    /// Perwali Banjarmasin 67/2018 Pasal 7: a maklumat, signed by the head of the unit. The
    /// Perwali binds its own unit; asking it of every unit that lists services is a reading.
    public static let maklumat = Obligation(
        id: "maklumat", title: "Maklumat pelayanan ditandatangani dan bertanggal",
        statement: "Unit menyusun maklumat pelayanan, pernyataan tertulis yang ditandatangani kepala unit, dan mengumumkannya secara luas.",
        source: RuleSource("Perwali Banjarmasin 67/2018, Pasal 7"),
        reading: "Perwali itu mengikat Bagian Layanan Pengadaan Kota Banjarmasin; Lentera meminta maklumat dari setiap unit yang mencantumkan layanan (tafsiran Lentera), sejalan dengan kewajiban penyelenggara menurut UU 25/2009 Pasal 22 (sumber sekunder: undang-undangnya tidak dibaca untuk portal ini). Maklumat yang dimuat portal selalu memuat penanda tangan dan tanggal: tanpa keduanya berkasnya ditolak."
    ) { dossier in
        if let pledge = dossier.maklumat {
            return ObligationFinding(.met, "Ditandatangani \(pledge.signatory.name), tanggal \(IndonesianText.date(pledge.date)).")
        }
        guard !dossier.services.isEmpty else { return dossier.noServices }
        return ObligationFinding(.notMet, "Unit ini belum memuat maklumat pelayanan.",
                                 fixes: [ObligationFix(file: dossier.files.maklumat(unit: dossier.unit.slug),
                                                       what: "Tulis teks maklumat, tanggal (kolom tanggal) dan penanda tangannya (kolom penandatangan: nama dan jabatan kepala unit).")])
    }

    /// Perwali Banjarmasin 67/2018 Pasal 8 ayat (1): a unit provides complaint channels.
    public static let complaintChannels = Obligation(
        id: "pengaduan", title: "Sarana pengaduan",
        statement: "Unit menyediakan sarana pengaduan masyarakat, secara langsung atau melalui media lain.",
        source: RuleSource("Perwali Banjarmasin 67/2018, Pasal 8 ayat (1)"),
        reading: "Lentera menganggapnya terpenuhi bila portal mencantumkan kanal pengaduan sendiri selain SP4N-LAPOR! (kanal itu tampil di setiap halaman unit), dan memintanya dari setiap unit yang mencantumkan layanan (tafsiran Lentera), sejalan dengan kewajiban penyelenggara menurut UU 25/2009 Pasal 36 (sumber sekunder: undang-undangnya tidak dibaca untuk portal ini). Kanalnya dicantumkan sekali untuk seluruh portal."
    ) { dossier in
        // A unit that lists no service: unknown, as for the other obligations of serving.
        guard !dossier.services.isEmpty else { return dossier.noServices }
        if !dossier.complaintChannels.isEmpty {
            return ObligationFinding(.met, "Kanal pengaduan: " + (dossier.complaintChannels.map(\.name) + [ComplaintChannel.lapor.name]).joined(separator: "; ") + ".")
        }
        return ObligationFinding(.notMet, "Hanya SP4N-LAPOR! yang tercantum; portal belum mencantumkan kanal pengaduan sendiri.",
                                 fixes: [ObligationFix(file: "portal.yaml", field: "kanal_pengaduan",
                                                       what: "Tulis kanal pengaduan unit: nama, alamat (https:, mailto: atau tel:) dan keterangan.")])
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)" }
}
