#if canImport(Glibc)
import Glibc
#endif

/// A raw SKM export of any number of rows, in the columns and shape of
/// `scripts/make-survey-export` (a spreadsheet in the Indonesian locale: BOM, semicolons,
/// CRLF; names, phone numbers, e-mail addresses, NIK and free text beside the nine
/// answers and four profile fields), for measuring `lentera survey import`.
public enum SurveyExport {
    public static let header = "\u{FEFF}Timestamp;Nama Lengkap;No HP;Email;NIK;U1;U2;U3;U4;U5;U6;U7;U8;U9;"
        + "Jenis Kelamin;Pendidikan;Pekerjaan;Umur;Saran\r\n"

    /// Writes the export to `path` in 1 MB chunks; returns its size in bytes.
    @discardableResult
    public static func write(rows: Int, seed: UInt64, to path: String) throws -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileTree.Failure(path: path, operation: "open", code: errno) }
        defer { close(descriptor) }
        var random = SplitMix64.stream(seed, 0, 9)
        var chunk = header
        var total = 0
        let answers = ["2", "3", "3", "3", "4", "4", "4", "4"]
        let schooling = ["SD", "SMP", "SLTA", "D3", "S1", "S2"]
        let jobs = ["PNS", "Swasta", "Wiraswasta", "Pelajar", "IRT", "Petani"]
        let notes = ["", "", "", "pelayanan cepat", "\"antrian panjang; mohon\r\nditambah loket\""]
        for row in 0..<rows {
            let name = "\(random.pick(Words.firstNames)) \(random.pick(Words.lastNames))"
            chunk += "2026-0\(1 + row % 3)-\(Dates.twoDigits(1 + row % 28)) 08:\(Dates.twoDigits(row % 60));\(name);08\(padded(row, 10));"
            chunk += "u\(row)@contoh.id;6371\(padded(row, 12));"
            for _ in 0..<9 { chunk += random.pick(answers) + ";" }
            chunk += "\(random.chance(0.5) ? "L" : "P");\(random.pick(schooling));\(random.pick(jobs));\(random.int(17...75));\(random.pick(notes))\r\n"
            if chunk.utf8.count >= 1 << 20 {
                total += try flush(&chunk, descriptor, path)
            }
        }
        total += try flush(&chunk, descriptor, path)
        return total
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func flush(_ chunk: inout String, _ descriptor: Int32, _ path: String) throws -> Int {
        let count = try chunk.withUTF8 { bytes -> Int in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FileTree.Failure(path: path, operation: "write", code: errno)
                }
                offset += written
            }
            return bytes.count
        }
        chunk = ""
        chunk.reserveCapacity(1 << 20 + 4096)
        return count
    }
}
