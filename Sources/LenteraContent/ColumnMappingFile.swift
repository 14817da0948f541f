import Foundation
import LenteraDiagnostics
import LenteraFiles
import LenteraDomain
import Yams

/// How the columns of a survey tool's export map to survey elements and profile fields,
/// and how its answers map to numbers. Read from a mapping file (`--mapping`, see
/// docs/survey.md); without one, headers are matched to element codes and profile names.
public struct ColumnMapping: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case element(String)
        case profile(ProfileField)
        /// `abaikan`: the column is dropped, as a header the import does not know is.
        case ignored
    }

    /// Targets by normalised header text.
    public var columns: [String: Target]
    /// Answer labels (normalised) → value, for every element.
    public var answers: [String: Int]
    /// Answer labels per element code, taking precedence over `answers`.
    public var elementAnswers: [String: [String: Int]]
    /// Profile answers (normalised) → category, per field, besides the built-in ones.
    public var categories: [ProfileField: [String: String]]
    /// The delimiter, when the file gives it; nil to detect it from the header line.
    public var delimiter: UnicodeScalar?

    public init(columns: [String: Target] = [:], answers: [String: Int] = [:], elementAnswers: [String: [String: Int]] = [:],
                categories: [ProfileField: [String: String]] = [:], delimiter: UnicodeScalar? = nil) {
        self.columns = columns
        self.answers = answers
        self.elementAnswers = elementAnswers
        self.categories = categories
        self.delimiter = delimiter
    }

    /// Case, surrounding spaces and runs of white space do not matter in headers and labels.
    public static func normalise(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Reads a mapping file.
public enum ColumnMappingFile {
    static let keys = ["pemisah", "kolom", "jawaban", "kategori"]

    /// The mapping, or nil with the reasons as diagnostics.
    public static func load(_ url: URL, displayPath: String, elements: [SurveyElement], kind: SurveyKind) -> (ColumnMapping?, [Diagnostic]) {
        // A path the user named, so a link is followed; but only a regular file is read (a
        // FIFO would block the import).
        guard case .success(let bytes) = RegularFile.read(url.path, followingLinks: true) else {
            return (nil, [.error("mapping.unreadable", at: SourceLocation(file: displayPath), Message("mapping.unreadable"),
                                 advice: Message("mapping.unreadable.hint"))])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, [.error("content.not-utf8", at: SourceLocation(file: displayPath), Message("mapping.not-utf8"),
                                 advice: UTF8Text.hint)])
        }
        return read(text, displayPath: displayPath, elements: elements, kind: kind)
    }

    /// The mapping in `text`, the file `displayPath`, or nil with the reasons as diagnostics.
    public static func read(_ text: String, displayPath: String, elements: [SurveyElement], kind: SurveyKind) -> (ColumnMapping?, [Diagnostic]) {
        // A mapping is YAML (or JSON), whatever its name ends in.
        let (document, context) = Document.parse(text: text, displayPath: displayPath,
                                                 format: Document.format(of: displayPath) == .json ? .json : .yaml)
        guard let document else { return (nil, context.diagnostics) }
        let mapping = decode(document.root, context: context, elements: elements, kind: kind)
        return (context.diagnostics.hasErrors ? nil : mapping, context.diagnostics)
    }

    static func decode(_ root: Node, context: FileContext, elements: [SurveyElement], kind: SurveyKind) -> ColumnMapping {
        var mapping = ColumnMapping()
        guard let fields = Fields(root, context: context, what: Message("thing.mapping"), allowed: keys) else { return mapping }
        if let delimiter = fields.string("pemisah") {
            let named = ["koma": ",", "titik koma": ";", "tab": "\t"][delimiter.lowercased()] ?? delimiter
            if named.unicodeScalars.count == 1, let scalar = named.unicodeScalars.first, scalar != "\"" {
                mapping.delimiter = scalar
            } else {
                context.error("mapping.invalid-delimiter", fields.value("pemisah"), Message("mapping.invalid-delimiter", ["value": .text(delimiter)]),
                              advice: Message("mapping.invalid-delimiter.hint"))
            }
        }
        let codes = elements.map(\.code)
        let targets = codes + ProfileField.allCases.map(\.rawValue) + ["abaikan"]
        if let node = fields.value("kolom") {
            guard case .mapping(let columns) = node else {
                context.error("content.not-a-mapping", node, Message("mapping.columns-not-a-mapping"), advice: Message("mapping.columns-not-a-mapping.hint"))
                return mapping
            }
            for (header, value) in columns {
                guard let headerText = header.scalar?.string else { continue }
                var targetText = value.scalar?.string
                var answersNode: Node?
                if case .mapping = value, let entry = Fields(value, context: context, what: Message("thing.column"), allowed: ["unsur", "jawaban"]) {
                    targetText = entry.string("unsur", required: true, what: Message("thing.column"))
                    answersNode = entry.value("jawaban")
                }
                guard let target = targetText else { continue }
                let key = ColumnMapping.normalise(headerText)
                if let code = codes.first(where: { $0.caseInsensitiveCompare(target) == .orderedSame }) {
                    mapping.columns[key] = .element(code)
                    if let answersNode { mapping.elementAnswers[code] = labels(answersNode, context: context, kind: kind) }
                } else if let field = ProfileField(rawValue: target.lowercased()) {
                    mapping.columns[key] = .profile(field)
                } else if target.lowercased() == "abaikan" {
                    mapping.columns[key] = .ignored
                } else {
                    context.error("mapping.unknown-target", value, Message("mapping.unknown-target", ["target": .text(target), "kind": .text(kind.rawValue.uppercased())]),
                                  advice: Suggestion.advice(for: target, among: targets,
                                                            then: Message("mapping.unknown-target.hint", ["targets": .text(targets.joined(separator: ", "))])))
                }
            }
        }
        if let node = fields.value("jawaban") { mapping.answers = labels(node, context: context, kind: kind) }
        if let categories = fields.fields("kategori", what: Message("thing.field", ["field": "kategori"]), allowed: ProfileField.allCases.map(\.rawValue)) {
            for field in ProfileField.allCases {
                guard let node = categories.value(field.rawValue) else { continue }
                guard case .mapping(let pairs) = node else {
                    context.error("content.not-a-mapping", node, Message("mapping.categories-not-a-mapping", ["field": .text(field.rawValue)]),
                                  advice: Message("mapping.categories-not-a-mapping.hint"))
                    continue
                }
                for (answer, category) in pairs {
                    guard let answerText = answer.scalar?.string, let categoryText = category.scalar?.string else { continue }
                    mapping.categories[field, default: [:]][ColumnMapping.normalise(answerText)] = categoryText.trimmedSpaces()
                }
            }
        }
        return mapping
    }

    /// `label: value` pairs, each value within the kind's scale.
    static func labels(_ node: Node, context: FileContext, kind: SurveyKind) -> [String: Int] {
        guard case .mapping(let pairs) = node else {
            context.error("content.not-a-mapping", node, Message("mapping.answers-not-a-mapping"), advice: Message("mapping.answers-not-a-mapping.hint"))
            return [:]
        }
        var labels: [String: Int] = [:]
        for (label, value) in pairs {
            guard let text = label.scalar?.string else { continue }
            guard let number = Int(value.scalar?.string.trimmedSpaces() ?? ""), kind.scale.contains(number) else {
                context.error("mapping.invalid-answer-value", value,
                              Message("mapping.invalid-answer-value", ["answer": .text(text), "lowest": .text(String(kind.scale.lowerBound)),
                                                                       "highest": .text(String(kind.scale.upperBound))]),
                              advice: Message("mapping.invalid-answer-value.hint", ["example": .text("\"\(text)\": \(kind.scale.upperBound)")]))
                continue
            }
            labels[ColumnMapping.normalise(text)] = number
        }
        return labels
    }
}
