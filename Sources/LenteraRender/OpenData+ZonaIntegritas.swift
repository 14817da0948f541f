import LenteraDomain

/// Zona Integritas figures as open data: the predicates, the yearly figures of each
/// instansi and the self-evaluation conditions (docs/open-data.md).
extension SiteModel {
    static let ziOpenDataTables: [(name: String, title: String)] = [
        ("zi-predikat", "Predikat Zona Integritas per unit, dengan keputusan dan pencabutan"),
        ("zi-tahunan", "Usulan, penetapan, tingkat keberhasilan dan persentase unit berpredikat per instansi dan tahun"),
        ("zi-kelayakan", "Syarat evaluasi mandiri Menuju WBK per instansi dan tahun"),
    ]

    static func statusValue(_ status: CriterionStatus) -> OpenDataTable.Value {
        switch status {
        case .met: .text("ya")
        case .notMet: .text("tidak")
        case .unknown: .text("tidak diketahui")
        }
    }

    static func reportValue(_ status: DesignationReportStatus) -> String {
        switch status {
        case .reported: "tepat waktu"
        case .late: "terlambat"
        case .notReported: "belum dilaporkan"
        case .notYetDue: "belum jatuh tempo"
        case .notRequired: "tidak perlu"
        }
    }

    /// A window's status in `zi-rata-3-bulan`: words that cannot be read as a bare yes or no.
    static func windowStatusText(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "terpenuhi"
        case .notMet: "tidak terpenuhi"
        case .unknown: "tidak diketahui"
        }
    }

    func ziOpenDataTables() -> [OpenDataTable] {
        typealias F = OpenDataTable.Field
        typealias V = OpenDataTable.Value
        let instansiField = F(name: "instansi", type: "string", description: "Slug instansi")
        let yearField = F(name: "tahun", type: "integer", description: "Tahun")
        let model = self
        /// The instansi with a Zona Integritas record, in the portal's order.
        func records(_ body: (Instansi, ZIRecord) -> Void) {
            for instansi in model.content.portal.instansi {
                guard let record = model.content.zonaIntegritas.first(where: { $0.instansi == instansi.slug }) else { continue }
                body(instansi, record)
            }
        }
        let designationRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            records { instansi, _ in
                for unit in model.units(of: instansi.slug) {
                    for designation in model.designationsByUnit[unit.slug] ?? [] {
                        row([
                            .text(instansi.slug), .text(unit.slug), .text(unit.name), .text(designation.predicate.rawValue), .int(designation.year),
                            .text(designation.authority.rawValue), .text(designation.decree.number), .text(designation.decree.date.iso),
                            designation.revocation.map { .text($0.number) } ?? .null, designation.revocation.map { .text($0.date.iso) } ?? .null,
                            .text(designation.isHeld(on: model.referenceDate) ? "ya" : "tidak"),
                            designation.designatedBy.map { .text($0) } ?? .null,
                            designation.supervisedByTPN.map { .text($0 ? "ya" : "tidak") } ?? .null,
                            designation.report.flatMap(\.number).map { .text($0) } ?? .null,
                            designation.report.map { .text($0.date.iso) } ?? .null,
                            designation.authority == .selfEvaluation ? .text(DesignationReportDeadline.lastDay(for: designation.decree.date).iso) : .null,
                            .text(Self.reportValue(designation.reportStatus(on: model.referenceDate))),
                            designation.revokedBy.map { .text($0) } ?? .null,
                        ])
                    }
                }
            }
        }
        let yearRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            records { instansi, record in
                let population = record.population ?? model.units(of: instansi.slug).count
                for year in ZIYearFigures.compute(record, years: ZIYearFigures.years(of: record)) {
                    row([
                        .text(instansi.slug), .int(year.year), year.proposed.map { .int($0) } ?? .null, year.successful.map { .int($0) } ?? .null,
                        year.successRate.map { .number($0 * 100, digits: 2) } ?? .null, .int(year.designatedByTPN), .int(year.designatedBySelfEvaluation),
                        .int(year.holdingTPNPredicate), .int(population),
                        population > 0 ? .number(Double(year.holdingTPNPredicate) / Double(population) * 100, digits: 2) : .null,
                    ])
                }
            }
        }
        let eligibilityRows: ((OpenDataTable.Row) -> Void) -> Void = { row in
            records { instansi, record in
                let portalUnits = model.units(of: instansi.slug).count
                for year in [model.referenceDate.year, model.referenceDate.year + 1] {
                    let eligibility = SelfEvaluationEligibility.evaluate(record, portalUnits: portalUnits, year: year)
                    row([
                        .text(instansi.slug), .int(year),
                        .int(eligibility.share.designated), .int(eligibility.share.population), .text(eligibility.share.populationFromPortal ? "portal" : "instansi"),
                        eligibility.share.value.map { .number($0 * 100, digits: 2) } ?? .null, Self.statusValue(eligibility.share.status),
                        eligibility.iacm.assessment.map { .int($0.level) } ?? .null, Self.statusValue(eligibility.iacm.status),
                        .text(eligibility.success.years.map { year in
                            "\(year.year):" + (year.figures.map { "\($0.successful ?? 0)/\($0.proposed ?? 0)" } ?? "?")
                        }.joined(separator: " ")),
                        Self.statusValue(eligibility.success.status), Self.statusValue(eligibility.approval.status), Self.statusValue(eligibility.status),
                        .int(eligibility.thresholds.minimumSharePercent), .int(eligibility.thresholds.minimumIACMLevel),
                        .int(eligibility.thresholds.minimumSuccessRatePercent), .text(eligibility.source.caption),
                    ])
                }
            }
        }
        let titles = Dictionary(uniqueKeysWithValues: Self.ziOpenDataTables.map { ($0.name, $0.title) })
        let status = "ya, tidak, atau tidak diketahui (data tidak dicantumkan)"
        return [
            OpenDataTable(name: "zi-predikat", title: titles["zi-predikat"]!,
                          description: "Predikat Menuju WBK dan Menuju WBBM unit kerja, oleh Tim Penilai Nasional (tpn) atau evaluasi mandiri instansi (mandiri), dengan keputusan penetapan dan pencabutannya.",
                          fields: [instansiField,
                                   F(name: "unit", type: "string", description: "Slug unit kerja"),
                                   F(name: "nama_unit", type: "string", description: "Nama unit kerja"),
                                   F(name: "predikat", type: "string", description: "wbk (Menuju WBK) atau wbbm (Menuju WBBM)"),
                                   yearField,
                                   F(name: "oleh", type: "string", description: "tpn atau mandiri"),
                                   F(name: "sk_nomor", type: "string", description: "Nomor keputusan penetapan"),
                                   F(name: "sk_tanggal", type: "string", description: "Tanggal keputusan penetapan (YYYY-MM-DD)"),
                                   F(name: "pencabutan_nomor", type: "string", description: "Nomor keputusan pencabutan, bila dicabut"),
                                   F(name: "pencabutan_tanggal", type: "string", description: "Tanggal pencabutan, bila dicabut"),
                                   F(name: "berlaku", type: "string", description: "ya bila predikat masih dipegang pada tanggal pembangunan situs"),
                                   F(name: "ditetapkan_oleh", type: "string", description: "Jabatan yang menetapkan, bila dicantumkan"),
                                   F(name: "supervisi_tpn", type: "string", description: "Evaluasi mandiri disupervisi TPN: ya, tidak, atau kosong bila tidak dicantumkan"),
                                   F(name: "laporan_nomor", type: "string", description: "Nomor surat penyampaian penetapan kepada Kementerian PANRB"),
                                   F(name: "laporan_tanggal", type: "string", description: "Tanggal penyampaian penetapan kepada Kementerian PANRB (YYYY-MM-DD)"),
                                   F(name: "batas_laporan", type: "string", description: "Hari terakhir penyampaian penetapan hasil evaluasi mandiri (YYYY-MM-DD); kosong untuk penetapan TPN"),
                                   F(name: "status_laporan", type: "string", description: "tepat waktu, terlambat, belum dilaporkan, belum jatuh tempo, atau tidak perlu (penetapan TPN), pada tanggal pembangunan situs"),
                                   F(name: "dicabut_oleh", type: "string", description: "Jabatan yang mencabut predikat, bila dicantumkan")],
                          rows: designationRows),
            OpenDataTable(name: "zi-tahunan", title: titles["zi-tahunan"]!,
                          description: "Per instansi dan tahun: unit yang diusulkan kepada TPN, yang berhasil (ditetapkan TPN pada tahun itu), tingkat keberhasilan (berhasil ÷ diusulkan; pembaginya tafsiran Lentera, lihat Metodologi #zi-pembagi-keberhasilan), penetapan TPN dan mandiri, dan unit yang memegang predikat dari TPN pada 31 Desember dibanding jumlah seluruh unit (predikat yang dicabut tidak dihitung sejak pencabutannya; tafsiran Lentera, lihat Metodologi #zi-pencabutan-kumulatif).",
                          fields: [instansiField, yearField,
                                   F(name: "diusulkan", type: "integer", description: "Unit yang diusulkan; kosong bila usulan tahun itu tidak dicantumkan"),
                                   F(name: "berhasil", type: "integer", description: "Unit usulan yang ditetapkan TPN pada tahun itu"),
                                   F(name: "tingkat_keberhasilan_persen", type: "number", description: "berhasil ÷ diusulkan × 100 (tafsiran Lentera); kosong bila tidak ada usulan"),
                                   F(name: "ditetapkan_tpn", type: "integer", description: "Unit yang ditetapkan TPN pada tahun itu"),
                                   F(name: "ditetapkan_mandiri", type: "integer", description: "Unit yang ditetapkan Menuju WBK oleh evaluasi mandiri"),
                                   F(name: "berpredikat_tpn", type: "integer", description: "Unit yang memegang predikat dari TPN pada 31 Desember (kumulatif; predikat yang dicabut tidak dihitung, tafsiran Lentera)"),
                                   F(name: "jumlah_unit", type: "integer", description: "Seluruh unit instansi (jumlah_unit), atau unit yang dimuat portal"),
                                   F(name: "persentase_berpredikat", type: "number", description: "berpredikat_tpn ÷ jumlah_unit × 100")],
                          rows: yearRows),
            OpenDataTable(name: "zi-kelayakan", title: titles["zi-kelayakan"]!,
                          description: "Syarat evaluasi mandiri Menuju WBK untuk tahun evaluasi, dengan batas yang berlaku untuk tahun itu (kolom batas_…): (1) persentase unit berpredikat dari TPN pada akhir tahun sebelumnya, (2) kapabilitas APIP (IACM) menurut penilaian terkini hingga tahun sebelumnya, (3) tingkat keberhasilan pada tiap tahun sebelumnya (tahun tanpa usulan tidak memenuhi: tafsiran Lentera), (4) persetujuan TPN untuk tahun itu.",
                          fields: [instansiField, F(name: "tahun", type: "integer", description: "Tahun evaluasi mandiri"),
                                   F(name: "unit_berpredikat_tpn", type: "integer", description: "Unit berpredikat dari TPN pada akhir tahun sebelumnya"),
                                   F(name: "jumlah_unit", type: "integer", description: "Jumlah unit yang dipakai"),
                                   F(name: "sumber_jumlah_unit", type: "string", description: "instansi (jumlah_unit) atau portal (unit yang dimuat portal)"),
                                   F(name: "persentase_berpredikat", type: "number", description: "unit_berpredikat_tpn ÷ jumlah_unit × 100"),
                                   F(name: "syarat_persentase", type: "string", description: status),
                                   F(name: "level_iacm", type: "integer", description: "Level kapabilitas APIP terkini; kosong bila tidak dicantumkan"),
                                   F(name: "syarat_iacm", type: "string", description: status),
                                   F(name: "keberhasilan_per_tahun", type: "string", description: "tahun:berhasil/diusulkan untuk tiap tahun yang dinilai (tahun-tahun sebelum tahun evaluasi); ? bila tidak dicantumkan"),
                                   F(name: "syarat_keberhasilan", type: "string", description: status),
                                   F(name: "syarat_persetujuan_tpn", type: "string", description: status),
                                   F(name: "memenuhi_semua", type: "string", description: "ya bila keempat syarat terpenuhi; tidak bila satu tidak terpenuhi; selain itu tidak diketahui"),
                                   F(name: "batas_persentase", type: "integer", description: "Batas minimal persentase unit berpredikat yang dipakai untuk tahun itu"),
                                   F(name: "batas_level_iacm", type: "integer", description: "Batas minimal level IACM yang dipakai"),
                                   F(name: "batas_keberhasilan_persen", type: "integer", description: "Batas minimal tingkat keberhasilan per tahun yang dipakai"),
                                   F(name: "sumber_batas", type: "string", description: "Sumber batas-batas itu")],
                          rows: eligibilityRows),
        ]
    }
}
