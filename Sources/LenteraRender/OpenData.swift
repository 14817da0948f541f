import LenteraDomain

/// Every published survey figure as open data: one table per kind of figure, each as CSV
/// and as JSON under `data/`, described by a Frictionless data package
/// (`data/datapackage.json`, Table Schema). The addresses and column names are stable:
/// docs/open-data.md documents them.
public struct OpenDataTable: Sendable {
    public enum Value: Sendable {
        case text(String)
        case int(Int)
        case number(Double, digits: Int)
        case null
    }

    public struct Field: Sendable {
        public var name: String
        /// Table Schema type: `string`, `integer`, `number`.
        public var type: String
        public var description: String
    }

    public var name: String
    public var title: String
    public var description: String
    public var fields: [Field]
    public var rows: [[Value]]

    public var csv: String {
        var text = fields.map(\.name).joined(separator: ",") + "\r\n"
        for row in rows {
            text += row.map { value in
                switch value {
                case .text(let s): Self.csvQuoted(s)
                case .int(let n): String(n)
                case .number(let x, let digits): Self.fixed(x, digits)
                case .null: ""
                }
            }.joined(separator: ",") + "\r\n"
        }
        return text
    }

    public var json: String {
        var text = "[\n"
        for (index, row) in rows.enumerated() {
            let pairs = zip(fields, row).map { field, value -> String in
                let encoded: String
                switch value {
                case .text(let s): encoded = Self.jsonString(s)
                case .int(let n): encoded = String(n)
                case .number(let x, let digits): encoded = Self.fixed(x, digits)
                case .null: encoded = "null"
                }
                return "\(Self.jsonString(field.name)): \(encoded)"
            }
            text += "  {" + pairs.joined(separator: ", ") + "}" + (index == rows.count - 1 ? "\n" : ",\n")
        }
        return text + "]\n"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", roundedForPublication(value, digits: digits))
    }

    static func csvQuoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

public enum OpenData {
    /// The tables, in the order they are listed; their names are their file names.
    static let tables: [(name: String, title: String)] = [
        ("ikm", "IKM per unit, layanan dan periode"),
        ("ikm-unsur", "Nilai rata-rata per unsur SKM"),
        ("zi", "IPKP dan IPAK per unit dan periode"),
        ("zi-rata-3-bulan", "Rata-rata IPKP dan IPAK 3 bulan terakhir dan batas minimal WBK/WBBM"),
        ("profil-responden", "Profil responden per kategori"),
        ("kinerja", "Capaian indikator kinerja per unit dan periode"),
        ("spbe-aplikasi", "Aplikasi SPBE pendukung layanan"),
        ("sop-durasi", "Jumlah waktu setiap SOP"),
    ] + SiteModel.ziOpenDataTables
}

extension SiteModel {
    /// The open-data files, by path relative to the output folder.
    public func openDataFiles() -> [(path: String, text: String)] {
        let tables = openDataTables()
        var files: [(String, String)] = []
        for table in tables {
            files.append((Routes.openData + table.name + ".csv", table.csv))
            files.append((Routes.openData + table.name + ".json", table.json))
        }
        files.append((Routes.openData + "datapackage.json", dataPackage(tables)))
        return files
    }

    func openDataTables() -> [OpenDataTable] {
        typealias F = OpenDataTable.Field
        let settings = content.portal.survey
        func unitFields() -> [F] {
            [F(name: "instansi", type: "string", description: "Slug instansi"),
             F(name: "unit", type: "string", description: "Slug unit kerja (alamat halaman unit/<unit>/)"),
             F(name: "nama_unit", type: "string", description: "Nama unit kerja")]
        }
        func unitValues(_ unit: WorkUnit) -> [OpenDataTable.Value] {
            [.text(tree.instansiOf[unit.slug] ?? ""), .text(unit.slug), .text(unit.name)]
        }
        var ikmRows: [[OpenDataTable.Value]] = []
        var elementRows: [[OpenDataTable.Value]] = []
        var ziRows: [[OpenDataTable.Value]] = []
        var averageRows: [[OpenDataTable.Value]] = []
        var profileRows: [[OpenDataTable.Value]] = []
        for unit in unitsInOrder {
            guard let figures = surveyFigures[unit.slug] else { continue }
            let points = figures.ikm.map { (service: String?.none, point: $0) }
                + figures.serviceIKM.flatMap { entry in entry.points.map { (service: Optional(entry.service), point: $0) } }
            for (service, point) in points {
                let score = point.score
                let users = point.result.serviceUsers
                ikmRows.append(unitValues(unit) + [
                    service.map { .text($0) } ?? .null, .text(point.period.description), .int(point.result.respondents),
                    users.map { .int($0) } ?? .null, users.map { .int(SampleSize.krejcieMorgan(population: $0)) } ?? .null,
                    .number(score.index, digits: 4), .number(score.converted, digits: 2), .text(score.mutu.rawValue),
                    .text(score.mutu.performance), .text(point.result.source.rawValue),
                ])
                for element in score.elements {
                    elementRows.append(unitValues(unit) + [
                        service.map { .text($0) } ?? .null, .text(point.period.description), .text(element.element.code),
                        .text(element.element.label), .number(element.weight, digits: 6), .number(element.nrr, digits: 4), .int(element.answered),
                    ])
                }
            }
            for point in figures.zi {
                ziRows.append(unitValues(unit) + [
                    .text(point.period.description), .int(point.result.respondents), .number(point.score.spkpMean, digits: 4),
                    .number(point.score.spakMean, digits: 4), .number(point.score.ipkp, digits: 4), .number(point.score.ipak, digits: 4),
                    .text(settings.ziConversion.rawValue),
                ])
            }
            if let average = figures.average {
                func verdict(_ threshold: ZIThreshold) -> OpenDataTable.Value {
                    Self.statusValue(CriterionStatus(average.meets(threshold)))
                }
                averageRows.append(unitValues(unit) + [
                    .text(average.window.first.description), .text(average.window.last.description),
                    .text(average.periods.map(\.description).joined(separator: " ")), .int(average.monthsCovered), .int(average.respondents),
                    .number(average.ipkp, digits: 4), .number(average.ipak, digits: 4), verdict(.wbk), verdict(.wbbm),
                    .text(settings.ziConversion.rawValue),
                ])
            }
            for kind in SurveyKind.allCases {
                for result in surveys.unitResults(unit.slug, kind: kind) {
                    for field in ProfileField.allCases {
                        guard let counts = result.profile[field] else { continue }
                        let ordered = field.ordered(counts.keys).map { (category: $0, count: counts[$0]!) }
                        for (category, value) in SmallCounts.publish(ordered) {
                            var count: OpenDataTable.Value = .null
                            var note: OpenDataTable.Value = .null
                            if case .exact(let n) = value { count = .int(n) } else { note = .text(SmallCounts.text(value)) }
                            profileRows.append(unitValues(unit) + [
                                .text(kind.rawValue), .text(result.period.description), .text(field.rawValue), .text(category), count, note,
                            ])
                        }
                    }
                }
            }
        }
        let serviceField = F(name: "layanan", type: "string", description: "Slug layanan; kosong untuk survei seluruh unit")
        let periodField = F(name: "periode", type: "string", description: "Periode survei: 2024 (tahun), 2024-S1 (semester), 2024-Q1 (triwulan) atau 2024-03 (bulan)")
        let titles = Dictionary(uniqueKeysWithValues: OpenData.tables.map { ($0.name, $0.title) })
        return [
            OpenDataTable(name: "ikm", title: titles["ikm"]!,
                          description: "Indeks Kepuasan Masyarakat menurut PermenPANRB 14/2017: bobot tiap unsur tepat 1/n, IKM = Σ NRR × bobot (1–4), dikonversi × 25 (25–100); mutu dari nilai konversi yang dibulatkan 2 desimal.",
                          fields: unitFields() + [serviceField, periodField,
                                                  F(name: "responden", type: "integer", description: "Jumlah responden"),
                                                  F(name: "pengguna_layanan", type: "integer", description: "Jumlah pengguna layanan dalam periode, bila diberikan unit"),
                                                  F(name: "sampel_minimal", type: "integer", description: "Sampel minimal menurut Krejcie dan Morgan untuk pengguna_layanan"),
                                                  F(name: "ikm", type: "number", description: "IKM pada skala 1–4"),
                                                  F(name: "ikm_konversi", type: "number", description: "IKM pada skala 25–100"),
                                                  F(name: "mutu", type: "string", description: "Mutu pelayanan A–D"),
                                                  F(name: "kinerja", type: "string", description: "Kinerja unit: Sangat Baik, Baik, Kurang Baik, Tidak Baik"),
                                                  F(name: "sumber", type: "string", description: "impor (dihitung dari jawaban) atau manual (dari laporan akhir)")],
                          rows: ikmRows),
            OpenDataTable(name: "ikm-unsur", title: titles["ikm-unsur"]!,
                          description: "Nilai rata-rata (NRR) tiap unsur SKM: jumlah nilai jawaban dibagi jumlah jawaban unsur itu.",
                          fields: unitFields() + [serviceField, periodField,
                                                  F(name: "kode", type: "string", description: "Kode unsur (U1…U9)"),
                                                  F(name: "unsur", type: "string", description: "Nama unsur"),
                                                  F(name: "bobot", type: "number", description: "Bobot unsur dalam IKM"),
                                                  F(name: "nrr", type: "number", description: "Nilai rata-rata unsur, skala 1–4"),
                                                  F(name: "jawaban", type: "integer", description: "Jumlah jawaban unsur")],
                          rows: elementRows),
            OpenDataTable(name: "zi", title: titles["zi"]!,
                          description: "IPKP (8 pernyataan SPKP) dan IPAK (5 pernyataan SPAK) pada skala 4, dari jawaban 1–6 bintang (SE MenPANRB 04/2023). Rata-rata tiap pernyataan berbobot sama.",
                          fields: unitFields() + [periodField,
                                                  F(name: "responden", type: "integer", description: "Jumlah responden"),
                                                  F(name: "rata_spkp", type: "number", description: "Rata-rata bintang SPKP (1–6)"),
                                                  F(name: "rata_spak", type: "number", description: "Rata-rata bintang SPAK (1–6)"),
                                                  F(name: "ipkp", type: "number", description: "IPKP, skala 4"),
                                                  F(name: "ipak", type: "number", description: "IPAK, skala 4"),
                                                  F(name: "aturan_konversi", type: "string", description: "proporsional: rata-rata ÷ 6 × 4; linier: 1 + 3 × (rata-rata − 1) ÷ 5")],
                          rows: ziRows),
            OpenDataTable(name: "zi-rata-3-bulan", title: titles["zi-rata-3-bulan"]!,
                          description: "Rata-rata IPKP dan IPAK 3 bulan terakhir (periode yang berakhir dalam 3 bulan kalender hingga akhir periode terbaru, berbobot responden) dan pemenuhan batas minimal Menuju WBK (IPKP 3,20; IPAK 3,60) dan Menuju WBBM (3,60; 3,60). 'tidak diketahui' bila 3 bulan tidak tercakup.",
                          fields: unitFields() + [F(name: "jendela_awal", type: "string", description: "Bulan pertama jendela 3 bulan"),
                                                  F(name: "jendela_akhir", type: "string", description: "Bulan terakhir jendela 3 bulan"),
                                                  F(name: "periode", type: "string", description: "Periode survei yang dirata-ratakan, dipisah spasi"),
                                                  F(name: "bulan_tercakup", type: "integer", description: "Bulan jendela yang tercakup survei (0–3)"),
                                                  F(name: "responden", type: "integer", description: "Jumlah responden"),
                                                  F(name: "ipkp", type: "number", description: "Rata-rata IPKP, skala 4"),
                                                  F(name: "ipak", type: "number", description: "Rata-rata IPAK, skala 4"),
                                                  F(name: "memenuhi_wbk", type: "string", description: "ya, tidak, atau tidak diketahui"),
                                                  F(name: "memenuhi_wbbm", type: "string", description: "ya, tidak, atau tidak diketahui (tanpa syarat predikat WBK sebelumnya)"),
                                                  F(name: "aturan_konversi", type: "string", description: "Aturan konversi skala 6 ke skala 4")],
                          rows: averageRows),
            OpenDataTable(name: "profil-responden", title: titles["profil-responden"]!,
                          description: "Jumlah responden per kategori profil. Kategori dengan kurang dari 5 responden tidak disebut jumlahnya (keterangan '<5'); bila hanya satu kategori demikian, kategori terkecil berikutnya juga disamarkan ('≥5').",
                          fields: unitFields() + [F(name: "jenis", type: "string", description: "skm atau zi"), periodField,
                                                  F(name: "profil", type: "string", description: "jenis_kelamin, pendidikan, pekerjaan atau usia"),
                                                  F(name: "kategori", type: "string", description: "Kategori"),
                                                  F(name: "jumlah", type: "integer", description: "Jumlah responden; kosong bila disamarkan"),
                                                  F(name: "keterangan", type: "string", description: "<5 atau ≥5 bila jumlah disamarkan")],
                          rows: profileRows),
            sopDurationTable(title: titles["sop-durasi"]!),
        ] + performanceOpenDataTables() + ziOpenDataTables()
    }

    func dataPackage(_ tables: [OpenDataTable]) -> String {
        let q = OpenDataTable.jsonString
        var resources: [String] = []
        for table in tables {
            let fields = table.fields.map { "          {\"name\": \(q($0.name)), \"type\": \(q($0.type)), \"description\": \(q($0.description))}" }
            resources.append("""
                {
                  "name": \(q(table.name)),
                  "path": \(q(table.name + ".csv")),
                  "title": \(q(table.title)),
                  "description": \(q(table.description)),
                  "format": "csv",
                  "mediatype": "text/csv",
                  "encoding": "utf-8",
                  "schema": {
                    "fields": [
            \(fields.joined(separator: ",\n"))
                    ],
                    "missingValues": [""]
                  }
                }
            """)
        }
        return """
        {
          "name": "lentera-survei",
          "title": \(q("Hasil survei — " + content.portal.title)),
          "description": "Hasil Survei Kepuasan Masyarakat (IKM) dan survei Zona Integritas (IPKP, IPAK) yang diterbitkan portal ini. Juga capaian indikator kinerja (Kepmendagri 100-1077/2017), aplikasi SPBE unit, serta predikat Zona Integritas dan syarat evaluasi mandiri (SE MenPANRB 04/2023). Tabel sop-durasi memuat jumlah waktu setiap standar operasional prosedur. Tidak memuat data pribadi responden. Setiap tabel juga tersedia sebagai JSON (nama yang sama, akhiran .json).",
          "homepage": \(q(content.portal.baseURL + Routes.surveyDashboard)),
          "resources": [
        \(resources.joined(separator: ",\n"))
          ]
        }

        """
    }
}
