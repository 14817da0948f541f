import LenteraTesting
import Testing

/// `lentera check` on broken portals prints every diagnostic like a compiler, exactly:
/// `path:line:column: error: message [code]` and the hint, then a summary; exit 1.
@Suite struct CheckDiagnosticsTests {
    func check(_ portal: TestPortal) throws -> ProcessResult {
        let result = try LenteraProcess.run("check", portal)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        return result
    }

    @Test func malformedYAMLPointsAtTheLineAndColumn() throws {
        #expect(try check(BrokenPortals.badIndentation).stderrLines == [
            "content/units/dinas-contoh/unit.md:7:4: error: this line is indented 3 spaces, out of line with the lines at its level [yaml.indentation]",
            "  hint: the fields of one group start in the same column, and so do the items (`- `) of one list; line this one up with the line above at its level, using spaces only",
            "Check failed: 1 error, 0 warnings.",
        ])
    }

    @Test func anUnknownFieldSuggestsTheFieldMeant() throws {
        let lines = try check(BrokenPortals.misspeltField).stderrLines
        #expect(lines == [
            "content/units/dinas-contoh/layanan/layanan-contoh.md:3:1: error: unknown field `persyaratn` in the service standard [content.unknown-key]",
            "  hint: did you mean `persyaratan`? the fields allowed here are: nama, slug, nama_singkat, ringkasan, ditetapkan, diperbarui, urutan, poster, persyaratan, prosedur, jangka_waktu, biaya, produk, pengaduan, dasar_hukum, sarana_prasarana, kompetensi_pelaksana, pengawasan_internal, jumlah_pelaksana, jaminan_pelayanan, jaminan_keamanan, evaluasi_kinerja",
            "Check failed: 1 error, 0 warnings.",
        ])
    }

    @Test func anUnknownParentUnitSuggestsTheUnitMeant() throws {
        #expect(try check(BrokenPortals.unknownParent).stderrLines == [
            "content/units/bidang-satu/unit.md:4:8: error: the parent unit `dinas-kontoh` does not exist [unit.unknown-parent]",
            "  hint: did you mean `dinas-contoh`? `induk` must be the slug (folder name) of another unit",
            "Check failed: 1 error, 0 warnings.",
        ])
    }

    /// `x.md` and `x.json` are one address: the file read second (by name) is the error,
    /// and the message names the first.
    @Test func theSameServiceInTwoFilesIsADuplicateAddress() throws {
        #expect(try check(BrokenPortals.sameServiceTwice).stderrLines == [
            "content/units/dinas-contoh/layanan/x.md:2:1: error: the unit already has a service at the address `x` (content/units/dinas-contoh/layanan/x.json) [service.duplicate-slug]",
            "  hint: rename one of the files or give it another `slug`",
            "Check failed: 1 error, 0 warnings.",
        ])
    }

    @Test func aSlugThatWouldLeaveTheSiteIsRefused() throws {
        #expect(try check(BrokenPortals.slugLeavingTheSite).stderrLines == [
            "content/units/dinas-contoh/layanan/layanan-contoh.md:3:7: error: `../../etc` cannot be used as an address [slug.invalid]",
            "  hint: use only lowercase letters, digits and hyphens, e.g. `aktivasi-user-id`",
            "Check failed: 1 error, 0 warnings.",
        ])
    }

    /// A unit that cannot be read does not hide the problems of its maklumat and services.
    @Test func everyErrorIsPrintedNotOnlyTheFirst() throws {
        #expect(try check(BrokenPortals.severalErrors).stderrLines == [
            "content/units/bidang-satu/unit.md:4:11: error: the instansi `kota-lain` is not listed in portal.yaml [unit.unknown-instansi]",
            "  hint: `instansi` must be one of the slugs listed in portal.yaml: kota-contoh",
            "content/units/dinas-contoh/layanan/layanan-contoh.md:14:8: error: `biaya` is neither free nor a list of tariffs: `Murah` [service.invalid-cost]",
            "  hint: write `biaya: Gratis` for a free service, or `biaya:` with `tarif:` (each `uraian` and `jumlah` in Rupiah) and `dasar_hukum:`",
            "content/units/dinas-contoh/maklumat.md:2:10: error: `tanggal` is not a date: `2 Januari 2020` [content.invalid-date]",
            "  hint: write dates as YYYY-MM-DD, e.g. `tanggal: 2018-11-27`",
            "content/units/dinas-contoh/unit.md:3:8: error: unknown kind of unit `dinass` [unit.unknown-kind]",
            "  hint: did you mean `dinas`? use one of: dinas, badan, sekretariat, bagian, bidang, kecamatan, kelurahan, upt, rumah-sakit, puskesmas, kantor, lainnya",
            "Check failed: 4 errors, 0 warnings.",
        ])
    }
}
