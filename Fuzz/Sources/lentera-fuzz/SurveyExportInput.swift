import LenteraContent
import LenteraDomain
import LenteraImport

/// The `survey-export` target's input: an optional first line `#zi` (an SPKP/SPAK export;
/// SKM otherwise), then an optional column mapping (YAML) ended by a line `%%`, then the
/// raw CSV export.
enum SurveyExportInput {
    static func run(_ input: [UInt8]) {
        var bytes = input[...]
        var kind = SurveyKind.skm
        if bytes.starts(with: Array("#zi\n".utf8)) {
            kind = .zi
            bytes = bytes.dropFirst(4)
        }
        let settings = SurveySettings()
        let elements = settings.elements(of: kind)
        var mapping = ColumnMapping()
        let marker = Array("\n%%\n".utf8)
        if let split = bytes.indices.first(where: { bytes[$0...].starts(with: marker) }) {
            let text = String(decoding: bytes[..<split], as: UTF8.self)
            let (read, _) = ColumnMappingFile.read(text, displayPath: "pemetaan.yaml", elements: elements, kind: kind)
            guard let read else { return }   // the import stops at a mapping it cannot read
            mapping = read
            bytes = bytes[(split + marker.count)...]
        }
        let period = SurveyPeriod(kind == .zi ? "2026-08" : "2026-Q1")!
        // Small chunks, so that records and separators cross the ends of the reader's buffer.
        let outcome = SurveyExportBytes.read(Array(bytes), displayPath: "ekspor.csv", kind: kind, elements: elements, mapping: mapping,
                                             unit: "dinas-contoh", period: period, chunkSize: 61, maximumRecordSize: 1 << 20)
        guard let file = outcome.resultFile else { return }
        // The written result must read back as a survey result without errors.
        let name = kind == .zi ? "zi-2026-08.yaml" : "skm-2026-Q1.yaml"
        let check = SingleFileDecoder.decode(.survey, Array(file.utf8), name: name, surroundings: FileSurroundings(unit: "dinas-contoh"))
        if let error = check.diagnostics.first(where: { $0.severity == .error }) {
            fatalError("the import wrote a result that the loader refuses: \(error)\n\(file)")
        }
    }
}
