/// The 14 components of a Standar Pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014),
/// in the regulation's order, under the keys content files use.
public enum ServiceComponent: String, Sendable, CaseIterable, Equatable, Hashable, Comparable {
    // Service delivery (penyampaian pelayanan): what a citizen needs.
    case persyaratan
    case prosedur
    case jangkaWaktu = "jangka_waktu"
    case biaya
    case produk
    case pengaduan
    // Service management (pengelolaan pelayanan), inside the organisation.
    case dasarHukum = "dasar_hukum"
    case saranaPrasarana = "sarana_prasarana"
    case kompetensiPelaksana = "kompetensi_pelaksana"
    case pengawasanInternal = "pengawasan_internal"
    case jumlahPelaksana = "jumlah_pelaksana"
    case jaminanPelayanan = "jaminan_pelayanan"
    case jaminanKeamanan = "jaminan_keamanan"
    case evaluasiKinerja = "evaluasi_kinerja"

    /// The key used in content files.
    public var key: String { rawValue }

    /// The component's name as the regulation words it.
    public var title: String {
        switch self {
        case .persyaratan: "Persyaratan"
        case .prosedur: "Sistem, mekanisme dan prosedur"
        case .jangkaWaktu: "Jangka waktu pelayanan"
        case .biaya: "Biaya/tarif"
        case .produk: "Produk pelayanan"
        case .pengaduan: "Penanganan pengaduan, saran dan masukan"
        case .dasarHukum: "Dasar hukum"
        case .saranaPrasarana: "Sarana, prasarana dan/atau fasilitas"
        case .kompetensiPelaksana: "Kompetensi pelaksana"
        case .pengawasanInternal: "Pengawasan internal"
        case .jumlahPelaksana: "Jumlah pelaksana"
        case .jaminanPelayanan: "Jaminan pelayanan"
        case .jaminanKeamanan: "Jaminan keamanan dan keselamatan pelayanan"
        case .evaluasiKinerja: "Evaluasi kinerja pelaksana"
        }
    }

    public enum Part: Sendable, Equatable {
        /// Penyampaian pelayanan (6 components).
        case delivery
        /// Pengelolaan pelayanan (8 components).
        case management
    }

    public var part: Part {
        switch self {
        case .persyaratan, .prosedur, .jangkaWaktu, .biaya, .produk, .pengaduan: .delivery
        default: .management
        }
    }

    /// The shape of the value a content file gives for this component.
    public enum Form: Sendable, Equatable {
        case list, duration, cost, text
    }

    public var form: Form {
        switch self {
        case .jangkaWaktu: .duration
        case .biaya: .cost
        case .jumlahPelaksana: .text
        default: .list
        }
    }

    public static func < (lhs: ServiceComponent, rhs: ServiceComponent) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
