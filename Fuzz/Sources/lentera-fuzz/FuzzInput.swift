import LenteraContent
import LenteraDomain

/// How an input is named for the loader: the format follows its first bytes (`---` opens
/// Markdown with front matter, `{` or `[` JSON, anything else YAML), the base name what
/// the kind's folder expects.
enum FuzzInput {
    static func opensFrontMatter(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Array("---".utf8)) }

    static func opensJSON(_ bytes: [UInt8]) -> Bool {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    static func name(of kind: ContentFileKind, _ bytes: [UInt8]) -> String {
        let format = opensFrontMatter(bytes) ? "md" : opensJSON(bytes) ? "json" : "yaml"
        return base(of: kind, bytes) + "." + format
    }

    static func base(of kind: ContentFileKind, _ bytes: [UInt8]) -> String {
        switch kind {
        case .portal: "portal"
        case .unit: "dinas-contoh"
        case .maklumat: "maklumat"
        case .service: "layanan-contoh"
        case .survey: "skm-2026-Q1"
        case .zonaIntegritas: "kota-banjarmasin"
        case .sop: "sop-contoh"
        // A report is named after its period, so the input's own `periode` names it.
        case .performance: period(in: bytes) ?? "2026-S1"
        case .spbe: "spbe"
        }
    }

    /// The text after the first `periode` key, when it is a period.
    static func period(in bytes: [UInt8]) -> String? {
        let key = Array("periode".utf8)
        guard let start = bytes.indices.first(where: { bytes[$0...].starts(with: key) }) else { return nil }
        var index = start + key.count
        let skipped: Set<UInt8> = [0x22, 0x27, 0x3A, 0x20, 0x09]   // quotes, colon, blanks
        while index < bytes.count, skipped.contains(bytes[index]) { index += 1 }
        var end = index
        while end < bytes.count, end - index < 16, ![0x22, 0x27, 0x2C, 0x0A, 0x0D, 0x20, 0x7D].contains(bytes[end]) { end += 1 }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        return SurveyPeriod(text) != nil ? text : nil
    }
}

/// The units, instansi and services of the example content, which the seeds name.
enum ExamplePortal {
    static let instansi = [Instansi(slug: "kota-banjarmasin", name: "Pemerintah Kota Banjarmasin"),
                           Instansi(slug: "provinsi-dki-jakarta", name: "Pemerintah Provinsi DKI Jakarta")]
    static let units = [
        WorkUnit(slug: "sekretariat-daerah-banjarmasin", name: "Sekretariat Daerah", kind: .sekretariat, instansi: "kota-banjarmasin"),
        WorkUnit(slug: "bagian-layanan-pengadaan", name: "Bagian Layanan Pengadaan", kind: .bagian, parent: "sekretariat-daerah-banjarmasin"),
        WorkUnit(slug: "dinas-kependudukan-dan-pencatatan-sipil-banjarmasin", name: "Dinas Dukcapil", kind: .dinas, instansi: "kota-banjarmasin"),
        WorkUnit(slug: "kecamatan-contoh", name: "Kecamatan", kind: .kecamatan, instansi: "kota-banjarmasin"),
        WorkUnit(slug: "dinas-perpustakaan-dan-kearsipan-dki", name: "Dinas Perpustakaan", kind: .dinas, instansi: "provinsi-dki-jakarta"),
        WorkUnit(slug: "upt-pusat-dokumentasi-sastra-hb-jassin", name: "UPT PDS HB Jassin", kind: .upt, parent: "dinas-perpustakaan-dan-kearsipan-dki"),
    ]
    static let services: Set<String> = [
        "keanggotaan-dan-peminjaman-buku", "serah-simpan-karya-cetak-dan-karya-rekam", "konsultasi-dan-pembinaan-kearsipan",
        "penerbitan-kartu-keluarga", "penerbitan-ktp-el", "penerbitan-akta-kelahiran", "surat-keterangan-pindah",
    ]

    static func surroundings(for kind: ContentFileKind) -> FileSurroundings {
        FileSurroundings(unit: kind == .spbe ? "dinas-perpustakaan-dan-kearsipan-dki" : "dinas-kependudukan-dan-pencatatan-sipil-banjarmasin",
                         services: services, units: units, instansi: instansi)
    }
}
