import Foundation

/// A service standard written as Markdown with front matter or as strict JSON: the same
/// values, the same components in the regulation's order.
extension EditablePortal {
    /// A component's value: a text, a list of texts, or a fee with its legal basis.
    enum ComponentValue {
        case text(String)
        case list([String])
        case fee(Int)
    }

    /// The fourteen components of PermenPANRB 15/2014, in its order.
    static let componentKeys = ["persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan", "dasar_hukum",
                                "sarana_prasarana", "kompetensi_pelaksana", "pengawasan_internal", "jumlah_pelaksana",
                                "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja"]

    static func components(of service: Service) -> [(key: String, value: ComponentValue)] {
        componentKeys.filter { !service.missing.contains($0) }.map { key in
            let value: ComponentValue = switch key {
            case "persyaratan": .list(service.requirements)
            case "prosedur": .list(["Pemohon mengisi formulir", "Petugas memeriksa berkas", "Petugas menyerahkan hasil"])
            case "jangka_waktu": .text(service.duration)
            case "biaya": service.fee.map { .fee($0) } ?? .text("Gratis")
            case "produk": .list(["Surat keterangan"])
            case "pengaduan": .list(["Kotak saran di loket layanan"])
            case "dasar_hukum": .list(["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"])
            case "jumlah_pelaksana": .text("2 orang")
            default: .list(["Butir \(key.replacingOccurrences(of: "_", with: " "))"])
            }
            return (key, value)
        }
    }

    static let decreeNumber = "Peraturan Wali Kota Uji Nomor 1 Tahun 2020"
    static let feeBasis = "Peraturan Daerah Kota Uji Nomor 2 Tahun 2020 tentang Retribusi"

    static func serviceMarkdown(_ service: Service) -> String {
        var lines = ["---", "nama: \(service.name)"]
        if let slug = service.slug { lines.append("slug: \(slug)") }
        if let summary = service.summary { lines.append("ringkasan: \(summary)") }
        if let order = service.order { lines.append("urutan: \(order)") }
        if let updated = service.updated { lines.append("diperbarui: \(updated)") }
        if let poster = service.poster { lines.append("poster: ../berkas/\(poster)") }
        lines += ["ditetapkan:", "  nomor: \(decreeNumber)", "  tanggal: 2020-01-02"]
        for (key, value) in components(of: service) {
            switch value {
            case .text(let text): lines.append("\(key): \(text)")
            case .list(let items): lines += ["\(key):"] + items.map { "  - \($0)" }
            case .fee(let amount):
                lines += ["\(key):", "  tarif:", "    - uraian: Biaya layanan", "      jumlah: \(amount)", "  dasar_hukum: \(feeBasis)"]
            }
        }
        lines += ["---", "", service.body, ""]
        return lines.joined(separator: "\n")
    }

    static func serviceJSON(_ service: Service) -> String {
        var fields: [(String, String)] = [("nama", json(service.name))]
        if let slug = service.slug { fields.append(("slug", json(slug))) }
        if let summary = service.summary { fields.append(("ringkasan", json(summary))) }
        if let order = service.order { fields.append(("urutan", String(order))) }
        if let updated = service.updated { fields.append(("diperbarui", json(updated))) }
        if let poster = service.poster { fields.append(("poster", json("../berkas/\(poster)"))) }
        fields.append(("ditetapkan", "{ \"nomor\": \(json(decreeNumber)), \"tanggal\": \"2020-01-02\" }"))
        for (key, value) in components(of: service) {
            switch value {
            case .text(let text): fields.append((key, json(text)))
            case .list(let items): fields.append((key, "[" + items.map(json).joined(separator: ", ") + "]"))
            case .fee(let amount):
                fields.append((key, "{ \"tarif\": [{ \"uraian\": \"Biaya layanan\", \"jumlah\": \(amount) }], \"dasar_hukum\": \(json(feeBasis)) }"))
            }
        }
        fields.append(("keterangan", json(service.body)))
        return "{\n" + fields.map { "  \(json($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
