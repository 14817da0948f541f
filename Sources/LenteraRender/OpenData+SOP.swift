import LenteraDomain

extension SiteModel {
    /// `sop-durasi`: one row per SOP with its number of steps and its total time, both as
    /// the parts the steps give (days of each kind, minutes) and, when every day is a working
    /// day, as the 7,5-hour working-day equivalent; the steps counted once because they run
    /// at the same time, what the SOP's plain `hari` means, its column headings and what was
    /// reconstructed.
    func sopDurationTable(title: String) -> OpenDataTable {
        typealias F = OpenDataTable.Field
        let rows: ((OpenDataTable.Row) -> Void) -> Void = { [unitsInOrder, sopsByUnit, instansiOf = tree.instansiOf] row in
            for unit in unitsInOrder {
                for sop in sopsByUnit[unit.slug] ?? [] {
                    let total = sop.totalDuration
                    let known = !total.isUnknown
                    let groups = total.parallelGroups.map { $0.steps.map(String.init).joined(separator: "+") }.joined(separator: "; ")
                    let columns = [sop.columns.requirements, sop.columns.time, sop.columns.output].joined(separator: "; ")
                    let parts = sop.reconstructions.map(\.part.rawValue).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                    let notes = sop.reconstructions.map { "\($0.part.rawValue): \($0.note)" }.joined(separator: " | ")
                    row([
                        .text(instansiOf[unit.slug] ?? ""), .text(unit.slug), .text(unit.name), .text(sop.slug), .text(sop.title),
                        .int(sop.steps.count), .int(total.unreadableSteps.count),
                        known ? .number(total.workingDays, digits: 2) : .null, known ? .number(total.calendarDays, digits: 2) : .null,
                        known ? .number(total.unstatedDays, digits: 2) : .null, known ? .number(total.minutes, digits: 1) : .null,
                        known ? total.minutesOfWork.map { .number($0, digits: 1) } ?? .null : .null, .text(Formatting.sopTotal(total)),
                        known ? total.workingDayEquivalent.map { .number($0, digits: 4) } ?? .null : .null,
                        groups.isEmpty ? .null : .text(groups), sop.plainDays == .unstated ? .null : .text(sop.plainDays.rawValue),
                        .text(columns), parts.isEmpty ? .null : .text(parts.joined(separator: "; ")), notes.isEmpty ? .null : .text(notes),
                        .text(sop.enactment.number), .text(sop.enactment.date.iso),
                    ])
                }
            }
        }
        return OpenDataTable(
            name: "sop-durasi", title: title,
            description: "Jumlah waktu setiap standar operasional prosedur (SOP): jumlah waktu langkah-langkahnya, disusun Lentera (dokumen SOP tidak memuat jumlah). Menit dijumlahkan menjadi jam (60 menit = 1 jam); hari dijumlahkan tersendiri menurut jenisnya (hari kerja, hari kalender, dan \"hari\" yang tidak dinyatakan jenisnya), dan jam tidak diubah menjadi hari. Langkah yang berjalan bersamaan dihitung sekali, dengan waktu terpanjangnya. Setara hari kerja dihitung dengan 7,5 jam (450 menit) sehari, hanya bila semua harinya hari kerja. Langkah yang waktunya tidak dapat dibaca tidak dijumlahkan dan dihitung di langkah_tanpa_waktu.",
            fields: [F(name: "instansi", type: "string", description: "Slug instansi"),
                     F(name: "unit", type: "string", description: "Slug unit kerja (alamat halaman unit/<unit>/)"),
                     F(name: "nama_unit", type: "string", description: "Nama unit kerja"),
                     F(name: "sop", type: "string", description: "Slug SOP (alamat halaman unit/<unit>/sop/<sop>/)"),
                     F(name: "judul", type: "string", description: "Judul SOP"),
                     F(name: "langkah", type: "integer", description: "Jumlah langkah"),
                     F(name: "langkah_tanpa_waktu", type: "integer", description: "Langkah yang waktunya tidak dapat dibaca dan tidak dijumlahkan"),
                     F(name: "hari_kerja", type: "number", description: "Jumlah waktu langkah yang ditulis dalam hari kerja (dan \"hari\" bila SOP menyatakannya hari kerja)"),
                     F(name: "hari_kalender", type: "number", description: "Jumlah waktu langkah yang ditulis dalam hari kalender (dan \"hari\" bila SOP menyatakannya hari kalender)"),
                     F(name: "hari", type: "number", description: "Jumlah waktu langkah yang ditulis dalam \"hari\" tanpa keterangan, bila SOP tidak menyatakan jenis harinya"),
                     F(name: "menit", type: "number", description: "Jumlah waktu langkah yang diberikan dalam menit atau jam, dalam menit"),
                     F(name: "menit_kerja", type: "number", description: "Seluruh waktu dalam menit kerja: hari_kerja × 450 + menit; kosong bila ada hari_kalender atau hari"),
                     F(name: "jumlah_waktu", type: "string", description: "Jumlah waktu seperti tertulis di halaman SOP, mis. 3 hari kerja 2 jam 5 menit atau 17 hari 2 jam 35 menit"),
                     F(name: "setara_hari_kerja", type: "number", description: "Seluruh waktu dalam hari kerja 7,5 jam: menit_kerja ÷ 450; kosong bila ada hari_kalender atau hari"),
                     F(name: "langkah_bersamaan", type: "string", description: "Kelompok langkah yang berjalan bersamaan dan dihitung sekali, mis. 4+5; kelompok dipisahkan titik koma"),
                     F(name: "arti_hari", type: "string", description: "Arti \"hari\" menurut SOP: kerja atau kalender; kosong bila SOP tidak menyatakannya"),
                     F(name: "kolom_mutu_baku", type: "string", description: "Judul ketiga kolom mutu baku seperti ditulis sumber, dipisahkan titik koma, mis. Kelengkapan; Waktu; Input"),
                     F(name: "direkonstruksi", type: "string", description: "Bagian SOP yang tidak disalin dari dokumen sumber (mis. pelaksana), dipisahkan titik koma; kosong bila tidak ada"),
                     F(name: "catatan_rekonstruksi", type: "string", description: "Catatan penyusun untuk setiap bagian yang direkonstruksi, bagian: catatan, dipisahkan |"),
                     F(name: "nomor_penetapan", type: "string", description: "Nomor keputusan yang menetapkan SOP"),
                     F(name: "tanggal_penetapan", type: "string", description: "Tanggal penetapan, YYYY-MM-DD")],
            rows: rows)
    }
}
