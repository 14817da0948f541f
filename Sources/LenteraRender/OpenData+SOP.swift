import LenteraDomain

extension SiteModel {
    /// `sop-durasi`: one row per SOP with its number of steps and its total time, both as
    /// the parts the steps give (days, minutes) and as the 7,5-hour working-day equivalent.
    func sopDurationTable(title: String) -> OpenDataTable {
        typealias F = OpenDataTable.Field
        let rows: ((OpenDataTable.Row) -> Void) -> Void = { [unitsInOrder, sopsByUnit, instansiOf = tree.instansiOf] row in
            for unit in unitsInOrder {
                for sop in sopsByUnit[unit.slug] ?? [] {
                    let total = sop.totalDuration
                    let known = !total.isUnknown
                    row([
                        .text(instansiOf[unit.slug] ?? ""), .text(unit.slug), .text(unit.name), .text(sop.slug), .text(sop.title),
                        .int(sop.steps.count), .int(total.unreadableSteps.count),
                        known ? .number(total.workingDays, digits: 2) : .null, known ? .number(total.minutes, digits: 1) : .null,
                        known ? .number(total.minutesOfWork, digits: 1) : .null, .text(Formatting.sopTotal(total)),
                        known ? .number(total.workingDayEquivalent, digits: 4) : .null,
                        .text(sop.enactment.number), .text(sop.enactment.date.iso),
                    ])
                }
            }
        }
        return OpenDataTable(
            name: "sop-durasi", title: title,
            description: "Jumlah waktu setiap standar operasional prosedur (SOP): jumlah waktu langkah-langkahnya. Menit dijumlahkan menjadi jam (60 menit = 1 jam); hari (hari dan hari kerja, keduanya hari kerja) dijumlahkan tersendiri dan jam tidak diubah menjadi hari. Setara hari kerja dihitung dengan 7,5 jam (450 menit) sehari. Langkah yang waktunya tidak dapat dibaca tidak dijumlahkan dan dihitung di langkah_tanpa_waktu.",
            fields: [F(name: "instansi", type: "string", description: "Slug instansi"),
                     F(name: "unit", type: "string", description: "Slug unit kerja (alamat halaman unit/<unit>/)"),
                     F(name: "nama_unit", type: "string", description: "Nama unit kerja"),
                     F(name: "sop", type: "string", description: "Slug SOP (alamat halaman unit/<unit>/sop/<sop>/)"),
                     F(name: "judul", type: "string", description: "Judul SOP"),
                     F(name: "langkah", type: "integer", description: "Jumlah langkah"),
                     F(name: "langkah_tanpa_waktu", type: "integer", description: "Langkah yang waktunya tidak dapat dibaca dan tidak dijumlahkan"),
                     F(name: "hari_kerja", type: "number", description: "Jumlah waktu langkah yang diberikan dalam hari (hari kerja)"),
                     F(name: "menit", type: "number", description: "Jumlah waktu langkah yang diberikan dalam menit atau jam, dalam menit"),
                     F(name: "menit_kerja", type: "number", description: "Seluruh waktu dalam menit kerja: hari_kerja × 450 + menit"),
                     F(name: "jumlah_waktu", type: "string", description: "Jumlah waktu seperti tertulis di halaman SOP, mis. 3 hari kerja 2 jam 5 menit"),
                     F(name: "setara_hari_kerja", type: "number", description: "Seluruh waktu dalam hari kerja 7,5 jam: menit_kerja ÷ 450"),
                     F(name: "nomor_penetapan", type: "string", description: "Nomor keputusan yang menetapkan SOP"),
                     F(name: "tanggal_penetapan", type: "string", description: "Tanggal penetapan, YYYY-MM-DD")],
            rows: rows)
    }
}
