import LenteraContent
import LenteraDomain
import LenteraImport

/// One fuzz target: its name (`scripts/fuzz sop`) and what it does with an input.
struct FuzzTarget: Sendable {
    let name: String
    let run: @Sendable ([UInt8]) -> Void
}

/// Every fuzz target. The readers take any bytes; the decoders read the bytes as a file of
/// their kind, named as the loader expects it (`FuzzInput.name`), in a portal shaped like
/// the example content (`ExamplePortal`).
enum FuzzTargets {
    static let all: [FuzzTarget] = [
        // Front matter and YAML: a Markdown file when the input opens with `---`, else YAML.
        FuzzTarget(name: "yaml") { bytes in
            _ = SingleFileDecoder.parse(bytes, name: FuzzInput.opensFrontMatter(bytes) ? "fuzz.md" : "fuzz.yaml")
        },
        FuzzTarget(name: "json") { bytes in _ = SingleFileDecoder.parse(bytes, name: "fuzz.json") },
    ] + ContentFileKind.allCases.map { kind in
        FuzzTarget(name: kind.rawValue) { bytes in
            _ = SingleFileDecoder.decode(kind, bytes, name: FuzzInput.name(of: kind, bytes), surroundings: ExamplePortal.surroundings(for: kind))
        }
    } + [
        FuzzTarget(name: "survey-export") { bytes in SurveyExportInput.run(bytes) },
        FuzzTarget(name: "workbook-sheet") { bytes in WorkbookSheetInput.run(bytes) },
    ]
}
