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
        #expect(IndexKeyword.letter(of: "(KK)") == "#")
        #expect(IndexKeyword.letter(of: "") == "#")
    }
}
