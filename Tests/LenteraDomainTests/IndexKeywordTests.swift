import LenteraDomain
import Testing

/// The keyword a service is filed under in the A–Z index (`IndexKeyword`).
@Suite struct IndexKeywordTests {
    @Test func genericWordsInFrontArePassedOverTheRestIsKept() {
        #expect(IndexKeyword.split("Penerbitan Kartu Keluarga (KK)") == ("Penerbitan", "Kartu Keluarga (KK)"))
        #expect(IndexKeyword.split("Layanan Penerbitan Akta Kelahiran") == ("Layanan Penerbitan", "Akta Kelahiran"))
        #expect(IndexKeyword.split("PELAYANAN  Aktivasi User ID") == ("PELAYANAN", "Aktivasi User ID"))
        #expect(IndexKeyword.split("Layanan: Konsultasi Kearsipan") == ("Layanan:", "Konsultasi Kearsipan"))
        // Not generic: the act is the service.
        #expect(IndexKeyword.split("Pendaftaran Penduduk") == ("", "Pendaftaran Penduduk"))
        #expect(IndexKeyword.split("Perubahan Data Penyedia") == ("", "Perubahan Data Penyedia"))
        // A generic word inside the name stays.
        #expect(IndexKeyword.split("Akses Layanan Perpustakaan") == ("", "Akses Layanan Perpustakaan"))
        // Generic words only: the last one is kept, never an empty keyword.
        #expect(IndexKeyword.split("Layanan Pelayanan") == ("Layanan", "Pelayanan"))
        #expect(IndexKeyword.split("Layanan") == ("", "Layanan"))
    }

    @Test func theShortNameComesFirstAndTheLetterIsAToZOrHash() {
        #expect(IndexKeyword.keyword(name: "Penerbitan Kartu Tanda Penduduk Elektronik", shortName: "KTP-el") == "KTP-el")
        #expect(IndexKeyword.keyword(name: "Penerbitan Kartu Keluarga", shortName: nil) == "Kartu Keluarga")
        #expect(IndexKeyword.letter(of: "kartu") == "K")
        #expect(IndexKeyword.letter(of: "Émigration") == "E")
        #expect(IndexKeyword.letter(of: "112 Panggilan Darurat") == "#")
        #expect(IndexKeyword.letter(of: "(KK)") == "K")
        #expect(IndexKeyword.letter(of: "“…”") == "#")
        #expect(IndexKeyword.letter(of: "") == "#")
    }

    /// Review finding 10: `(Daring) Perubahan NPWP` was under `#`, and `Pelayanan dan
    /// Pendampingan Aplikasi SPSE` under D.
    @Test func signsInFrontArePassedOverAndAGenericWordJoinedByDanIsKept() {
        let daring = IndexKeyword.keyword(name: "Pelayanan (Daring) Perubahan NPWP", shortName: nil)
        #expect(daring == "(Daring) Perubahan NPWP")
        #expect(IndexKeyword.letter(of: daring) == "D")
        #expect(IndexKeyword.filed(daring) == "Daring) Perubahan NPWP")
        #expect(IndexKeyword.letter(of: IndexKeyword.keyword(name: "Layanan “Jemput Bola” Akta", shortName: nil)) == "J")
        #expect(IndexKeyword.letter(of: IndexKeyword.keyword(name: "Layanan – 112 Darurat", shortName: nil)) == "#")
        #expect(IndexKeyword.split("Pelayanan dan Pendampingan Aplikasi SPSE") == ("", "Pelayanan dan Pendampingan Aplikasi SPSE"))
        #expect(IndexKeyword.letter(of: IndexKeyword.keyword(name: "Pelayanan dan Pendampingan Aplikasi SPSE", shortName: nil)) == "P")
        #expect(IndexKeyword.split("Layanan & Konsultasi Hukum") == ("", "Layanan & Konsultasi Hukum"))
        #expect(IndexKeyword.split("Layanan DAN Informasi") == ("", "Layanan DAN Informasi"))
        // After a generic word that is dropped, a following `dan` joins the rest only.
        #expect(IndexKeyword.split("Layanan Penerbitan dan Legalisasi Akta") == ("Layanan", "Penerbitan dan Legalisasi Akta"))
        // `dan` further on changes nothing.
        #expect(IndexKeyword.split("Penerbitan Akta Kelahiran dan Kematian") == ("Penerbitan", "Akta Kelahiran dan Kematian"))
    }
}
