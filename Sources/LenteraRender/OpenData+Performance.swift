import LenteraDomain

/// The open-data tables of performance indicators (`kinerja`) and SPBE applications
/// (`spbe-aplikasi`), beside the survey tables of OpenData.swift; docs/open-data.md.
extension SiteModel {
    func performanceOpenDataTables() -> [OpenDataTable] {
        typealias F = OpenDataTable.Field
        typealias V = OpenDataTable.Value
        let titles = Dictionary(uniqueKeysWithValues: OpenData.tables.map { ($0.name, $0.title) })
        let unitFields = [F(name: "instansi", type: "string", description: "Slug instansi"),
                          F(name: "unit", type: "string", description: "Slug unit kerja (alamat halaman unit/<unit>/)"),
                          F(name: "nama_unit", type: "string", description: "Nama unit kerja")]
        let instansiOf = tree.instansiOf
        func unitValues(_ unit: WorkUnit) -> [V] {
            [.text(instansiOf[unit.slug] ?? ""), .text(unit.slug), .text(unit.name)]
        }
        let units = unitsInOrder
        let performanceRows: ((OpenDataTable.Row) -> Void) -> Void = { [performanceByUnit] row in
            for unit in units {
                let reports = (performanceByUnit[unit.slug] ?? []).sorted { $0.period < $1.period }
                for report in reports {
                    for indicator in report.indicators {
                        let assessment = report.assessment(of: indicator)
                        var category: V = .null
                        if let assessment { category = .text(assessment.score?.category.rawValue ?? "di luar skala") }
                        row(unitValues(unit) + [
                            .text(report.period.description), report.assessor.map { .text($0) } ?? .null, report.assessed.map { .text($0) } ?? .null,
                            .text(indicator.code), .text(indicator.indicator), .text(indicator.kind.rawValue),
                            .number(indicator.target, digits: 2), indicator.targetText.map { .text($0) } ?? .null, .text(indicator.unitOfMeasure),
                            indicator.realisation.map { .number($0, digits: 2) } ?? .null,
                            indicator.items.isEmpty ? .null : .text(indicator.items.joined(separator: "; ")),
                            assessment.map { .number($0.completion, digits: 2) } ?? .null,
                            assessment.map { .int($0.scoringPercent) } ?? .null,
                            assessment?.score.map { .int($0.score) } ?? .null, category, .text(report.exampleData ? "ya" : "tidak"),
                        ])
                    }
                }
            }
        }
        let applicationRows: ((OpenDataTable.Row) -> Void) -> Void = { [spbe = content.spbe] row in
            for unit in units {
                for architecture in spbe where architecture.unit == unit.slug {
                    for application in architecture.applications {
                        row(unitValues(unit) + [
                            .text(application.name), .text(application.data.joined(separator: "; ")),
                            .text(application.services.joined(separator: " ")),
                        ] + Self.reconstructionValues(architecture))
                    }
                }
            }
        }
        return [
            OpenDataTable(name: "kinerja", title: titles["kinerja"]!,
                          description: Self.performanceTableDescription,
                          fields: unitFields + [
                              F(name: "periode", type: "string", description: "Periode penilaian: 2026-S1 (s.d. 30 Juni), 2026-S2 (s.d. 31 Desember) atau 2026 (tahun)"),
                              F(name: "penilai", type: "string", description: "Jabatan pejabat penilai (bukan nama); kosong bila tidak dicantumkan"),
                              F(name: "dinilai", type: "string", description: "Jabatan pejabat yang dinilai (bukan nama); kosong bila tidak dicantumkan"),
                              F(name: "kode", type: "string", description: "Kode indikator"),
                              F(name: "indikator", type: "string", description: "Indikator kinerja"),
                              F(name: "jenis_target", type: "string", description: "paling_sedikit (makin tinggi makin baik), paling_banyak (makin rendah makin baik, target boleh 0), laporan (disampaikan atau tidak) atau jumlah (hitungan)"),
                              F(name: "target", type: "number", description: "Target sebagai angka; 1 untuk laporan"),
                              F(name: "target_teks", type: "string", description: "Target sebagaimana tertulis dalam perjanjian kinerja, bila berbeda dari angkanya"),
                              F(name: "satuan", type: "string", description: "Satuan target dan realisasi"),
                              F(name: "realisasi", type: "number", description: "Realisasi; untuk laporan 1 (disampaikan) atau 0 (belum); kosong bila belum dilaporkan"),
                              F(name: "rincian", type: "string", description: "Untuk jumlah: yang dihitung, dipisah '; '; kosong bila tidak dirinci"),
                              F(name: "penyelesaian", type: "number", description: "Penyelesaian target menurut jenis targetnya (paling_sedikit dan jumlah: realisasi ÷ target × 100, dapat di atas 100)"),
                              F(name: "penyelesaian_dinilai", type: "integer", description: "Penyelesaian dibulatkan ke persen bulat dan dibatasi batas atas tabel: angka yang dicocokkan dengan tabel"),
                              F(name: "nilai", type: "integer", description: "Nilai menurut tabel; kosong bila di luar skala"),
                              F(name: "kategori", type: "string", description: "Kategori menurut tabel, atau 'di luar skala' (di bawah baris terendah tabel)"),
                              F(name: "data_contoh", type: "string", description: "ya bila angkanya rekaan (portal contoh), tidak bila sebenarnya"),
                          ],
                          rows: performanceRows),
            OpenDataTable(name: "spbe-aplikasi", title: titles["spbe-aplikasi"]!,
                          description: "Aplikasi pendukung layanan menurut arsitektur SPBE unit (Perpres 95/2018), dengan data yang digunakan dan layanan yang didukung.",
                          fields: unitFields + [
                              F(name: "aplikasi", type: "string", description: "Nama aplikasi"),
                              F(name: "data", type: "string", description: "Data yang digunakan, dipisah '; '"),
                              F(name: "layanan", type: "string", description: "Slug layanan unit yang didukung, dipisah spasi (alamat unit/<unit>/layanan/<layanan>/)"),
                              F(name: "direkonstruksi", type: "string", description: "Bagian baris yang disusun oleh penyusun konten dan tidak termuat dalam keputusan (aplikasi, data, layanan), dipisah spasi; kosong bila seluruhnya dari keputusan"),
                              F(name: "catatan_rekonstruksi", type: "string", description: "Catatan penyusun tentang bagian yang direkonstruksi, dipisah '; '"),
                          ],
                          rows: applicationRows),
        ]
    }

    /// The table's description, with the scoring table written from `PerformanceScore.table`.
    static var performanceTableDescription: String {
        let version = PerformanceScore.table.current
        let bands = version.value.bands.map { "\($0.completion.lowerBound)–\($0.completion.upperBound) nilai \($0.score) \($0.category.rawValue)" }
        return "Indikator kinerja per unit dan periode penilaian (\(version.source.caption)). Penyelesaian menurut jenis target (docs/rules.md); "
            + "dibulatkan ke persen bulat (setengah ke atas) dan dibatasi \(version.value.highestCompletion) untuk penilaian: "
            + bands.joined(separator: ", ") + "; di bawah \(version.value.lowestCompletion) 'di luar skala' tanpa nilai (tafsiran Lentera). Kosong bila realisasi belum dilaporkan."
    }

    /// The parts of an application row that the content's authors rebuilt, and their notes
    /// (`rekonstruksi` of the SPBE file): empty cells when the row is copied from the decree.
    static func reconstructionValues(_ architecture: SPBEArchitecture) -> [OpenDataTable.Value] {
        let parts: [SPBEPart] = [.aplikasi, .data, .layanan]
        let marked = parts.compactMap { part in architecture.reconstruction(of: part).map { (part, $0) } }
        guard !marked.isEmpty else { return [.null, .null] }
        return [.text(marked.map(\.0.rawValue).joined(separator: " ")), .text(marked.map(\.1).joined(separator: "; "))]
    }
}
