import LenteraContent
import LenteraDomain
import LenteraImport

/// The `workbook-sheet` target's input: a first byte choosing the format (even: an .xlsx
/// worksheet, odd: an .ods `content.xml`), then the sheet's XML. An .xlsx's table of shared
/// strings is the answers, the header and a few names, as a survey sheet's is.
enum WorkbookSheetInput {
    static let strings = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "P1", "Nama", "Jenis Kelamin", "Layanan", "Jumlah Nilai",
                          "NRR", "IKM", "Kategori", "Sangat Baik", "L", "P", "4", "Siti Rahayu"]

    static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let settings = SurveySettings()
        _ = WorkbookBytes.readSheet(Array(input.dropFirst()), ods: first & 1 == 1, sharedStrings: strings, kind: .skm,
                                    elements: settings.elements(of: .skm), chunkSize: 1 + Int(first >> 1) % 97)
    }
}
