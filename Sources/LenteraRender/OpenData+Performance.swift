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
                        let assessment = indicator.assessment
                        var category: V = .null
                        if let assessment { category = .text(assessment.score?.category.rawValue ?? "di luar skala") }
                        row(unitValues(unit) + [
                            .text(report.period.description), .text(indicator.code), .text(indicator.indicator),
                            .number(indicator.target, digits: 2), indicator.targetText.map { .text($0) } ?? .null, .text(indicator.unitOfMeasure),
                            indicator.realisation.map { .number($0, digits: 2) } ?? .null,
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
                        ])
                    }
                }
            }
        }
        return [
            OpenDataTable(name: "kinerja", title: titles["kinerja"]!,
                          description: "Indikator kinerja per unit dan periode penilaian (Kepmendagri 100-1077/2017). Penyelesaian = realisasi ÷ target × 100; dibulatkan ke persen bulat (setengah ke atas) dan dibatasi 100 untuk penilaian: 91–100 nilai 90 Sangat Baik, 76–90 nilai 80 Baik, 61–75 nilai 70 Cukup, 51–60 nilai 60 Kurang; di bawah 51 'di luar skala' tanpa nilai. Kosong bila realisasi belum dilaporkan.",
                          fields: unitFields + [
                              F(name: "periode", type: "string", description: "Periode penilaian: 2026-S1 (s.d. 30 Juni), 2026-S2 (s.d. 31 Desember) atau 2026 (tahun)"),
                              F(name: "kode", type: "string", description: "Kode indikator"),
                              F(name: "indikator", type: "string", description: "Indikator kinerja"),
                              F(name: "target", type: "number", description: "Target sebagai angka"),
                              F(name: "target_teks", type: "string", description: "Target sebagaimana tertulis dalam perjanjian kinerja, bila berbeda dari angkanya"),
                              F(name: "satuan", type: "string", description: "Satuan target dan realisasi"),
                              F(name: "realisasi", type: "number", description: "Realisasi; kosong bila belum dilaporkan"),
                              F(name: "penyelesaian", type: "number", description: "Realisasi ÷ target × 100, sebagaimana dilaporkan (dapat di atas 100)"),
                              F(name: "penyelesaian_dinilai", type: "integer", description: "Penyelesaian dibulatkan ke persen bulat dan dibatasi 100: angka yang dicocokkan dengan tabel"),
                              F(name: "nilai", type: "integer", description: "Nilai 90, 80, 70 atau 60; kosong bila di luar skala"),
                              F(name: "kategori", type: "string", description: "Sangat Baik, Baik, Cukup, Kurang, atau 'di luar skala' (di bawah 51%)"),
                              F(name: "data_contoh", type: "string", description: "ya bila angkanya rekaan (portal contoh), tidak bila sebenarnya"),
                          ],
                          rows: performanceRows),
            OpenDataTable(name: "spbe-aplikasi", title: titles["spbe-aplikasi"]!,
                          description: "Aplikasi pendukung layanan menurut arsitektur SPBE unit (Perpres 95/2018), dengan data yang digunakan dan layanan yang didukung.",
                          fields: unitFields + [
                              F(name: "aplikasi", type: "string", description: "Nama aplikasi"),
                              F(name: "data", type: "string", description: "Data yang digunakan, dipisah '; '"),
                              F(name: "layanan", type: "string", description: "Slug layanan unit yang didukung, dipisah spasi (alamat unit/<unit>/layanan/<layanan>/)"),
                          ],
                          rows: applicationRows),
        ]
    }
}
