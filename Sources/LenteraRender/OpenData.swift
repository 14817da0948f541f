import LenteraDomain

/// Every published survey figure as open data: one table per kind of figure, each as CSV
/// and as JSON under `data/`, described by a Frictionless data package
/// (`data/datapackage.json`, Table Schema). The addresses and column names are stable:
/// docs/open-data.md documents them.
public struct OpenDataTable {
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

    public typealias Row = [Value]

    public var name: String
    public var title: String
    public var description: String
    public var fields: [Field]
    /// Makes the rows, in order, handing each to the given function as soon as it is made;
    /// no row is kept. A table can be read any number of times.
    private let produceRows: ((Row) -> Void) -> Void
    /// `"name": ` of each field, as JSON bytes, made once per table.
    private let jsonKeys: [[UInt8]]

    public init(name: String, title: String, description: String, fields: [Field], rows: @escaping ((Row) -> Void) -> Void) {
        self.name = name
        self.title = title
        self.description = description
        self.fields = fields
        produceRows = rows
        jsonKeys = fields.map { Array((Self.jsonString($0.name) + ": ").utf8) }
    }

    /// Calls `body` with each row, one at a time, in the order of the published files.
    public func forEachRow(_ body: (Row) -> Void) {
        produceRows(body)
    }

    // MARK: - CSV and JSON, a row at a time

    /// The CSV's first line: the field names, and CRLF as every line.
    public var csvHeader: String { fields.map(\.name).joined(separator: ",") + "\r\n" }
    /// What the JSON starts with: an array, one object per line.
    public static let jsonStart = "[\n"

    /// What the JSON ends with, after `rows` rows.
    public static func jsonEnd(rows: Int) -> String { rows == 0 ? "]\n" : "\n]\n" }

    /// Appends one row to the CSV and to the JSON text of the table; `index` is the row's
    /// place in the table (the JSON separates rows with a comma). Each number is formatted
    /// once, for both texts. The JSON object takes the values that have a field (a row
    /// longer than the fields keeps the rest in the CSV only).
    public func append(_ row: Row, index: Int, csv: inout [UInt8], json: inout [UInt8]) {
        json.append(contentsOf: index == 0 ? Self.firstObject : Self.nextObject)
        for (column, value) in row.enumerated() {
            let inJSON = column < jsonKeys.count
            if column > 0 { csv.append(UInt8(ascii: ",")) }
            if inJSON {
                if column > 0 { json.append(contentsOf: Self.pairSeparator) }
                json.append(contentsOf: jsonKeys[column])
            }
            switch value {
            case .text(let s):
                Self.appendCSVCell(s, to: &csv)
                if inJSON { Self.appendJSONString(s, to: &json) }
            case .int(let n):
                let text = String(n)
                csv.append(contentsOf: text.utf8)
                if inJSON { json.append(contentsOf: text.utf8) }
            case .number(let x, let digits):
                let text = Self.fixed(x, digits)
                csv.append(contentsOf: text.utf8)
                if inJSON { json.append(contentsOf: text.utf8) }
            case .null:
                if inJSON { json.append(contentsOf: Self.null) }
            }
        }
        csv.append(contentsOf: Self.lineEnd)
        json.append(UInt8(ascii: "}"))
    }

    private static let firstObject = Array("  {".utf8)
    private static let nextObject = Array(",\n  {".utf8)
    private static let pairSeparator = Array(", ".utf8)
    private static let null = Array("null".utf8)
    private static let lineEnd = Array("\r\n".utf8)

    static func fixed(_ value: Double, _ digits: Int) -> String {
        PlainNumber.fixed(roundedForPublication(value, digits: digits), digits: digits)
    }

    /// A text cell as the CSV holds it (for tests and other writers of CSV).
    public static func csvCell(_ text: String) -> String { csvQuoted(text) }

    /// A text cell of the CSV: quoted as RFC 4180 asks, and never a formula. A text that
    /// starts with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed would be run
    /// as a formula by a spreadsheet (a unit named `=HYPERLINK(…)`), so it gets a leading
    /// apostrophe, as OWASP recommends (docs/open-data.md). Numbers are not text cells and
    /// stay numeric; the JSON keeps every text as written.
    static func csvQuoted(_ text: String) -> String {
        let neutral = csvNeutralised(text)
        // Most values are printable ASCII without a comma or a quote: decided on the bytes.
        if neutral.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x2C && $0 != 0x22 }) { return neutral }
        guard neutral.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return neutral }
        return "\"" + neutral.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `csvQuoted(text)`'s bytes, appended: a text of printable ASCII without a comma or a
    /// quote (nearly every cell) is copied straight from its bytes, after the apostrophe of
    /// `csvNeutralised` where it needs one; any other goes through `csvQuoted`. (Making the
    /// cell as a `String` first cost about 1,800 instructions a cell.)
    static func appendCSVCell(_ text: String, to csv: inout [UInt8]) {
        var text = text
        let copied: Bool = text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") { return false }
            if let first = bytes.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") {
                csv.append(UInt8(ascii: "'"))
            }
            csv.append(contentsOf: bytes)
            return true
        }
        if !copied { csv.append(contentsOf: csvQuoted(text).utf8) }
    }

    /// The first bytes a spreadsheet reads as the start of a formula.
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, 0x0A]

    /// `text` with an apostrophe before it when a spreadsheet would read it as a formula.
    static func csvNeutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    static func jsonString(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendJSONString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest
    /// as it is. Byte by byte: in UTF-8 every byte of a character above U+007F is 0x80 or
    /// more, so a byte below 0x20 is always a control character of its own.
    static func appendJSONString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

public enum OpenData {
    /// The tables, in the order they are listed; their names are their file names.
    static let tables: [(name: String, title: String)] = [
        ("ikm", "IKM per unit, layanan dan periode"),
        ("ikm-unsur", "Nilai rata-rata per unsur SKM"),
        ("ikm-perhitungan", "Lembar perhitungan IKM: jawaban, JP, NRR, bobot dan NRR tertimbang per unsur"),
        ("zi", "IPKP dan IPAK per unit dan periode"),
        ("zi-rata-3-bulan", "Rata-rata IPKP dan IPAK 3 bulan terakhir dan batas minimal WBK/WBBM"),
        ("profil-responden", "Profil responden per kategori"),
        ("kinerja", "Capaian indikator kinerja per unit dan periode"),
        ("spbe-aplikasi", "Aplikasi SPBE pendukung layanan"),
        ("sop-durasi", "Jumlah waktu setiap SOP"),
        ("kelengkapan", "Kelengkapan kewajiban per unit"),
    ] + SiteModel.ziOpenDataTables
}

extension SiteModel {
    /// The open-data tables, in the order of `OpenData.tables`: their schemas, and their
    /// rows made on demand (a row at a time, so that no table is ever whole in memory).
    /// Each is published as `data/<name>.csv` and `data/<name>.json`, and all of them are
    /// described by `data/datapackage.json` (`dataPackage`).
    public func openDataTables() -> [OpenDataTable] {
        typealias F = OpenDataTable.Field
        typealias V = OpenDataTable.Value
        let settings = content.portal.survey
        func unitFields() -> [F] {
            [F(name: "instansi", type: "string", description: "Slug instansi"),
             F(name: "unit", type: "string", description: "Slug unit kerja (alamat halaman unit/<unit>/)"),
             F(name: "nama_unit", type: "string", description: "Nama unit kerja")]
        }
        let instansiOf = tree.instansiOf
        func unitValues(_ unit: WorkUnit) -> [V] {
            [.text(instansiOf[unit.slug] ?? ""), .text(unit.slug), .text(unit.name)]
        }
        let units = unitsInOrder
        let surveyFigures = surveyFigures
        let surveys = surveys
        /// The IKM points of a unit: the unit's own, then each service's.
        func ikmPoints(_ figures: UnitSurveyFigures) -> [(service: String?, point: UnitSurveyFigures.IKMPoint)] {
            figures.ikm.map { (service: String?.none, point: $0) }
                + figures.serviceIKM.flatMap { entry in entry.points.map { (service: Optional(entry.service), point: $0) } }
        }
        let ikmRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            for unit in units {
                guard let figures = surveyFigures[unit.slug] else { continue }
                for (service, point) in ikmPoints(figures) {
                    let score = point.score
                    let users = point.result.serviceUsers
                    row(unitValues(unit) + [
                        service.map { .text($0) } ?? .null, .text(point.period.description), .int(point.result.respondents),
                        users.map { .int($0) } ?? .null, users.map { .int(SampleSize.krejcieMorgan(population: $0)) } ?? .null,
                        .number(score.index, digits: 4), .number(score.converted, digits: 2), .text(score.mutu.rawValue),
                        .text(score.mutu.performance), .text(point.result.source.rawValue),
                    ])
                }
            }
        }
        let elementRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            for unit in units {
                guard let figures = surveyFigures[unit.slug] else { continue }
                for (service, point) in ikmPoints(figures) {
                    for element in point.score.elements {
                        row(unitValues(unit) + [
                            service.map { .text($0) } ?? .null, .text(point.period.description), .text(element.element.code),
                            .text(element.element.label), .number(element.weight, digits: 6), .number(element.nrr, digits: 4), .int(element.answered),
                        ])
                    }
                }
            }
        }
        // Every step of the calculation sheets (`surveyCalculationView`): the answers per
        // value when they were counted, JP, NRR, the weight and the weighted NRR.
        let scale = SurveyKind.skm.scale
        let baseURL = content.portal.baseURL
        let calculationRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            for unit in units {
                guard let figures = surveyFigures[unit.slug] else { continue }
                for (service, point) in ikmPoints(figures) {
                    let page = baseURL + Routes.surveyCalculation(unit: unit.slug, period: point.period)
                    for element in point.score.elements {
                        let stored = point.result.elements[element.element.code]
                        let counts: [V] = scale.map { value in
                            guard let counts = stored?.counts, value - scale.lowerBound < counts.count else { return .null }
                            return .int(counts[value - scale.lowerBound])
                        }
                        row(unitValues(unit) + [service.map { .text($0) } ?? .null, .text(point.period.description), .text(element.element.code)]
                            + counts + [.int(element.answered), .number(stored?.total ?? 0, digits: 4), .number(element.nrr, digits: 6),
                                        .number(element.weight, digits: 6), .number(element.weighted, digits: 6), .text(page)])
                    }
                }
            }
        }
        let ziRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            for unit in units {
                guard let figures = surveyFigures[unit.slug] else { continue }
                for point in figures.zi {
                    row(unitValues(unit) + [
                        .text(point.period.description), .int(point.result.respondents), .number(point.score.spkpMean, digits: 4),
                        .number(point.score.spakMean, digits: 4), .number(point.score.ipkp, digits: 4), .number(point.score.ipak, digits: 4),
                        .text(settings.ziConversion.rawValue),
                    ])
                }
            }
        }
        // The minimums the row was judged by: the version in force on its day, and its source.
        func minimums(on day: CalendarDate) -> [V] {
            let version = ZIMinimums.table.inForce(on: day)
            return ZIPredicate.allCases.flatMap { predicate -> [V] in
                let threshold = version.value.threshold(predicate)
                return [.number(threshold.ipkp, digits: 2), .number(threshold.ipak, digits: 2)]
            } + [.text(version.source.caption)]
        }
        let averageRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            for unit in units {
                guard let figures = surveyFigures[unit.slug], !figures.zi.isEmpty else { continue }
                let day = figures.judged.day
                let average = figures.average
                let statuses = ZIPredicate.allCases.map { ziWindowStatus(unit: unit.slug, predicate: $0, on: day) }
                func status(_ status: ZIWindowStatus) -> V { .text(Self.windowStatusText(status.status)) }
                func depends(_ predicate: ZIPredicate) -> V {
                    guard let average, average.problem == nil else { return .null }
                    return .text(average.dependsOnConversion(predicate) ? "ya" : "tidak")
                }
                row(unitValues(unit) + [
                    .text(day.iso), .text(figures.judged.proposal == nil ? "tanggal_pembuatan" : "usulan"),
                    average.map { .text($0.window.first.description) } ?? .null, average.map { .text($0.window.last.description) } ?? .null,
                    .text(average?.periods.map(\.description).joined(separator: " ") ?? ""), .int(average?.monthsCovered ?? 0), .int(average?.respondents ?? 0),
                    average.map { .number($0.ipkp, digits: 4) } ?? .null, average.map { .number($0.ipak, digits: 4) } ?? .null,
                ] + statuses.map(status) + [
                    statuses.first.flatMap { ziWindowReason($0) }.map { .text($0) } ?? .null,
                    .text(settings.ziConversion.rawValue),
                ] + ZIPredicate.allCases.map(depends) + minimums(on: day))
            }
        }
        let profileRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            // The units that have survey figures, as the other survey tables.
            for unit in units where surveyFigures[unit.slug] != nil {
                for kind in SurveyKind.allCases {
                    for result in surveys.unitResults(unit.slug, kind: kind) {
                        for field in ProfileField.allCases {
                            guard let counts = result.profile[field] else { continue }
                            let ordered = field.ordered(counts.keys).map { (category: $0, count: counts[$0]!) }
                            for (category, value) in SmallCounts.publish(ordered) {
                                var count: V = .null
                                var note: V = .null
                                if case .exact(let n) = value { count = .int(n) } else { note = .text(SmallCounts.text(value)) }
                                row(unitValues(unit) + [
                                    .text(kind.rawValue), .text(result.period.description), .text(field.rawValue), .text(category), count, note,
                                ])
                            }
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
            OpenDataTable(name: "ikm-perhitungan", title: titles["ikm-perhitungan"]!,
                          description: "Setiap langkah lembar perhitungan IKM per unsur: banyaknya jawaban tiap nilai (bila dihitung dari jawaban), jumlah nilai (JP), NRR = JP ÷ jumlah jawaban, bobot dan NRR × bobot. IKM = jumlah NRR × bobot (tabel ikm).",
                          fields: unitFields() + [serviceField, periodField,
                                                  F(name: "kode", type: "string", description: "Kode unsur (U1…U9)")]
                              + scale.map { F(name: "jawaban_\($0)", type: "integer", description: "Banyaknya jawaban bernilai \($0); kosong untuk hasil dari laporan akhir") }
                              + [F(name: "jawaban", type: "integer", description: "Jumlah jawaban unsur"),
                                 F(name: "jp", type: "number", description: "Jumlah nilai jawaban unsur (JP)"),
                                 F(name: "nrr", type: "number", description: "Nilai rata-rata unsur: JP ÷ jawaban"),
                                 F(name: "bobot", type: "number", description: "Bobot unsur"),
                                 F(name: "nrr_tertimbang", type: "number", description: "NRR × bobot"),
                                 F(name: "halaman", type: "string", description: "Alamat lembar perhitungan periode itu")],
                          rows: calculationRows),
            OpenDataTable(name: "zi", title: titles["zi"]!,
                          description: "IPKP (pernyataan SPKP) dan IPAK (pernyataan SPAK) pada skala 4, dari jawaban 1–6 bintang (SE MenPANRB 04/2023): 8 dan 5 pernyataan lampiran SE, ditambah pernyataan tambahan instansi bila ada (dasbor Zona Integritas mencantumkannya). Rata-rata tiap pernyataan berbobot sama.",
                          fields: unitFields() + [periodField,
                                                  F(name: "responden", type: "integer", description: "Jumlah responden"),
                                                  F(name: "rata_spkp", type: "number", description: "Rata-rata bintang SPKP (1–6)"),
                                                  F(name: "rata_spak", type: "number", description: "Rata-rata bintang SPAK (1–6)"),
                                                  F(name: "ipkp", type: "number", description: "IPKP, skala 4"),
                                                  F(name: "ipak", type: "number", description: "IPAK, skala 4"),
                                                  F(name: "aturan_konversi", type: "string", description: "proporsional: rata-rata ÷ 6 × 4; linier: 1 + 3 × (rata-rata − 1) ÷ 5")],
                          rows: ziRows),
            OpenDataTable(name: "zi-rata-3-bulan", title: titles["zi-rata-3-bulan"]!,
                          description: "Rata-rata IPKP dan IPAK 3 bulan terakhir sebelum tanggal penilaian (tanggal usulan unit ke TPN pada tahun pembuatan situs bila tercatat, selain itu tanggal pembuatan situs): periode yang berakhir sebelum tanggal itu dan dalam 3 bulan kalender hingga akhir periode terbaru, berbobot responden. Pemenuhan batas minimal (\(ZIMinimums.table.current.source.caption)) 'tidak diketahui' bila 3 bulan tidak tercakup, bila jendela berakhir lebih dari \(ZIWindowReading.table.current.value.staleAfterMonths) bulan sebelum tanggal penilaian (tafsiran Lentera), atau bila tidak ada survei sebelum tanggal itu; alasannya di kolom alasan.",
                          fields: unitFields() + [F(name: "dinilai_untuk", type: "string", description: "Tanggal penilaian, YYYY-MM-DD"),
                                                  F(name: "dasar_tanggal", type: "string", description: "usulan (tanggal usulan ke TPN) atau tanggal_pembuatan (tanggal pembuatan situs)"),
                                                  F(name: "jendela_awal", type: "string", description: "Bulan pertama jendela 3 bulan; kosong bila tidak ada survei sebelum tanggal penilaian"),
                                                  F(name: "jendela_akhir", type: "string", description: "Bulan terakhir jendela 3 bulan"),
                                                  F(name: "periode", type: "string", description: "Periode survei yang dirata-ratakan, dipisah spasi"),
                                                  F(name: "bulan_tercakup", type: "integer", description: "Bulan jendela yang tercakup survei (0–3)"),
                                                  F(name: "responden", type: "integer", description: "Jumlah responden"),
                                                  F(name: "ipkp", type: "number", description: "Rata-rata IPKP, skala 4"),
                                                  F(name: "ipak", type: "number", description: "Rata-rata IPAK, skala 4"),
                                                  F(name: "status_wbk", type: "string", description: "terpenuhi, tidak terpenuhi, atau tidak diketahui"),
                                                  F(name: "status_wbbm", type: "string", description: "terpenuhi, tidak terpenuhi, atau tidak diketahui (tanpa syarat predikat WBK sebelumnya)"),
                                                  F(name: "alasan", type: "string", description: "Mengapa status tidak diketahui; kosong bila dapat dinilai"),
                                                  F(name: "aturan_konversi", type: "string", description: "Aturan konversi skala 6 ke skala 4 yang dipakai"),
                                                  F(name: "bergantung_konversi_wbk", type: "string", description: "ya bila status WBK berbeda menurut aturan proporsional dan linier; kosong bila tidak dapat dinilai"),
                                                  F(name: "bergantung_konversi_wbbm", type: "string", description: "ya bila status WBBM berbeda menurut aturan proporsional dan linier; kosong bila tidak dapat dinilai")]
                              + ZIPredicate.allCases.flatMap { predicate in
                                  ["ipkp", "ipak"].map { index in
                                      F(name: "batas_\(index)_\(predicate.rawValue)", type: "number",
                                        description: "Batas minimal \(index.uppercased()) untuk \(predicate.title), skala 4, yang berlaku pada tanggal penilaian")
                                  }
                              }
                              + [F(name: "sumber_batas", type: "string", description: "Sumber batas minimal yang berlaku pada tanggal penilaian, dengan kedudukannya (sumber sekunder atau tafsiran Lentera)")],
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
            completenessTable(title: titles["kelengkapan"]!),
        ] + performanceOpenDataTables() + ziOpenDataTables()
    }

    /// `datapackage.json`: the schemas of the tables (no rows).
    public func dataPackage(_ tables: [OpenDataTable]) -> String {
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
