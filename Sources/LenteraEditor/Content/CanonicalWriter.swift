import Foundation
import LenteraContent

/// Where a field was written in a file: its key (or list dash) and its value, as the
/// readers mark nodes (1-based lines and columns), and its last line. Diagnostics, which
/// carry a file's line and column, are put on fields by these.
struct FieldPlace: Equatable, Sendable {
    var keyLine: Int, keyColumn: Int
    var valueLine: Int, valueColumn: Int
    var endLine: Int
}

/// A tree written in Lentera's canonical form, and where each field went.
struct CanonicalText: Sendable {
    let text: String
    let places: [FieldPath: FieldPlace]
}

/// Writes a tree in Lentera's canonical form: fields in the order of the table of content
/// kinds (keys the table does not know after them, as given), empty values left out, 2-space
/// indentation. YAML with block lists, quotes only where YAML needs them (`YAMLText`),
/// multi-line texts as `|` blocks; JSON with 2-space indentation; Markdown as YAML front
/// matter between `---` lines and the body field below. Records where each field starts,
/// by its path in the tree given (an empty item left out keeps the others' indices).
struct CanonicalWriter {
    private(set) var lines: [String] = []
    private(set) var places: [FieldPath: FieldPlace] = [:]

    static func write(_ tree: ContentTree, kind: ContentKind, path: String) -> CanonicalText {
        var writer = CanonicalWriter()
        let ext = PathText.pathExtension(path).lowercased()
        let root = FieldShape.fields(kind.fields)
        switch ext {
        case "json":
            writer.json(tree, shape: root, path: FieldPath([]), indent: 0, prefix: "")
        case "md", "markdown":
            let body = kind.fields.fields.first(where: \.isBody)
            var front = tree
            var text: String?
            if let body, case .fields(let fields) = tree {
                front = .fields(fields.filter { $0.key != body.key })
                text = tree[body.key]?.text.map(Self.trimmedBody)
            }
            // An analysis of a survey result is read whole as its text when it has no front matter.
            let frontEmpty = front.isEmpty
            if !(frontEmpty && kind.name == ContentKinds.analisisSurvei.name) {
                writer.lines.append("---")
                writer.yamlFields(front, shape: root, path: FieldPath([]), indent: 0, dash: false)
                writer.lines.append("---")
            }
            if let body, let text, !text.isEmpty {
                if !writer.lines.isEmpty { writer.lines.append("") }
                let first = writer.lines.count + 1
                writer.lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                writer.places[FieldPath([body.key])] = FieldPlace(keyLine: first, keyColumn: 1, valueLine: first, valueColumn: 1, endLine: writer.lines.count)
            }
        default:
            writer.yamlFields(tree, shape: root, path: FieldPath([]), indent: 0, dash: false)
        }
        let text = writer.lines.isEmpty ? "" : writer.lines.joined(separator: "\n") + "\n"
        return CanonicalText(text: text, places: writer.places)
    }

    /// A Markdown body as the loader reads it: without white space around it.
    static func trimmedBody(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - Shapes and order

    /// The fields of a set, in the order of the table (unknown keys after, as given), empty
    /// ones left out, each with its shape.
    static func ordered(_ fields: [ContentField], shape: FieldShape?) -> [(field: ContentField, shape: FieldShape?)] {
        let set = shape?.setFor(.fields(fields))
        // A required list left empty stays, written `[]` (the regulation's `unit: []`).
        let present = fields.filter { field in
            if !field.value.isEmpty { return true }
            if case .list = field.value { return set?.isRequired(field.key) ?? false }
            return false
        }
        guard let set else {
            if case .map(let value, _)? = shape { return present.map { ($0, value) } }
            return present.map { ($0, nil) }
        }
        var result: [(ContentField, FieldShape?)] = []
        for spec in set.fields {
            if let field = present.first(where: { $0.key == spec.key }) { result.append((field, spec.shape)) }
        }
        for field in present where set[field.key] == nil { result.append((field, nil)) }
        return result
    }

    // MARK: - YAML

    /// A set of fields, each on its line at `indent`; with `dash`, the first after `- `.
    mutating func yamlFields(_ tree: ContentTree, shape: FieldShape?, path: FieldPath, indent: Int, dash: Bool) {
        guard case .fields(let fields) = tree else { return }
        for (index, entry) in Self.ordered(fields, shape: shape).enumerated() {
            let lead = dash && index == 0 ? String(repeating: " ", count: indent - 2) + "- " : String(repeating: " ", count: indent)
            yamlEntry(entry.field.key, entry.field.value, shape: entry.shape, path: path.appending(entry.field.key), indent: indent, lead: lead)
        }
    }

    mutating func yamlEntry(_ name: String, _ value: ContentTree, shape: FieldShape?, path: FieldPath, indent: Int, lead: String) {
        let keyLine = lines.count + 1, keyColumn = indent + 1
        // Keys of the table are plain; keys written freely (a profile's categories) are
        // quoted when YAML needs it.
        let key = YAMLText.plainIsSafe(name, textual: false) ? name : YAMLText.quoted(name)
        switch value {
        case .text(let raw):
            let text = YAMLText.normalised(raw)
            if let block = YAMLText.block(text) {
                lines.append(lead + key + ": " + block.header)
                lines += block.lines.map { $0.isEmpty ? "" : String(repeating: " ", count: indent + 2) + $0 }
            } else {
                lines.append(lead + key + ": " + YAMLText.scalar(text, textual: shape?.isTextual ?? true))
            }
            places[path] = FieldPlace(keyLine: keyLine, keyColumn: keyColumn, valueLine: keyLine, valueColumn: indent + key.count + 3, endLine: lines.count)
        case .list(let items) where items.allSatisfy(\.isEmpty):
            lines.append(lead + key + ": []")
            places[path] = FieldPlace(keyLine: keyLine, keyColumn: keyColumn, valueLine: keyLine, valueColumn: indent + key.count + 3, endLine: keyLine)
        case .list(let items):
            lines.append(lead + key + ":")
            yamlList(items, shape: shape?.itemShape, path: path, indent: indent + 2)
            places[path] = FieldPlace(keyLine: keyLine, keyColumn: keyColumn, valueLine: keyLine + 1, valueColumn: indent + 3, endLine: lines.count)
        case .fields:
            lines.append(lead + key + ":")
            yamlFields(value, shape: shape?.shapeFor(value), path: path, indent: indent + 2, dash: false)
            places[path] = FieldPlace(keyLine: keyLine, keyColumn: keyColumn, valueLine: keyLine + 1, valueColumn: indent + 3, endLine: lines.count)
        }
    }

    /// List items at `indent`, each after `- `; empty items left out.
    mutating func yamlList(_ items: [ContentTree], shape: FieldShape?, path: FieldPath, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        for (index, item) in items.enumerated() where !item.isEmpty {
            let itemPath = path.appending(index), line = lines.count + 1
            switch item {
            case .text(let raw):
                let text = YAMLText.normalised(raw)
                if let block = YAMLText.block(text) {
                    lines.append(pad + "- " + block.header)
                    lines += block.lines.map { $0.isEmpty ? "" : pad + "  " + $0 }
                } else {
                    lines.append(pad + "- " + YAMLText.scalar(text, textual: shape?.shapeFor(item).isTextual ?? true))
                }
            case .fields:
                yamlFields(item, shape: shape?.shapeFor(item), path: itemPath, indent: indent + 2, dash: true)
            case .list(let inner):
                lines.append(pad + "-")
                yamlList(inner, shape: shape?.shapeFor(item).itemShape, path: itemPath, indent: indent + 2)
            }
            places[itemPath] = FieldPlace(keyLine: line, keyColumn: indent + 1, valueLine: line, valueColumn: indent + 3, endLine: lines.count)
        }
    }

    // MARK: - JSON

    /// A value in JSON, its first line starting with `prefix` (a key) at `indent`.
    mutating func json(_ value: ContentTree, shape: FieldShape?, path: FieldPath, indent: Int, prefix: String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .text(let raw):
            lines.append(pad + prefix + JSONText.value(YAMLText.normalised(raw), shape: shape))
        case .list(let items):
            let kept = items.enumerated().filter { !$0.element.isEmpty }
            guard !kept.isEmpty else {
                lines.append(pad + prefix + "[]")
                return
            }
            lines.append(pad + prefix + "[")
            for (position, (index, item)) in kept.enumerated() {
                let line = lines.count + 1
                json(item, shape: shape?.itemShape?.shapeFor(item), path: path.appending(index), indent: indent + 2, prefix: "")
                places[path.appending(index)] = FieldPlace(keyLine: line, keyColumn: indent + 3, valueLine: line, valueColumn: indent + 3, endLine: lines.count)
                if position < kept.count - 1 { lines[lines.count - 1] += "," }
            }
            lines.append(pad + "]")
        case .fields(let fields):
            let entries: [(key: String, value: ContentTree, shape: FieldShape?)] = Self.ordered(fields, shape: shape).map { ($0.field.key, $0.field.value, $0.shape) }
            guard !entries.isEmpty else {
                lines.append(pad + prefix + "{}")
                return
            }
            lines.append(pad + prefix + "{")
            for (position, entry) in entries.enumerated() {
                let line = lines.count + 1
                let key = JSONText.string(entry.key)
                json(entry.value, shape: entry.shape, path: path.appending(entry.key), indent: indent + 2, prefix: key + ": ")
                places[path.appending(entry.key)] = FieldPlace(keyLine: line, keyColumn: indent + 3, valueLine: line,
                                                               valueColumn: indent + 3 + key.count + 2, endLine: lines.count)
                if position < entries.count - 1 { lines[lines.count - 1] += "," }
            }
            lines.append(pad + "}")
        }
    }
}

extension ContentTree {
    /// No text but white space in it, at any depth.
    var isEmpty: Bool {
        switch self {
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .list(let items): items.allSatisfy(\.isEmpty)
        case .fields(let fields): fields.allSatisfy(\.value.isEmpty)
        }
    }
}

extension FieldShape {
    /// The shape a value of this one takes, for a value of `tree`'s form: one of an
    /// `either`'s shapes (a set of fields for fields, a list for a list, else a scalar).
    func shapeFor(_ tree: ContentTree) -> FieldShape {
        guard case .either(let shapes) = self else { return self }
        switch tree {
        case .fields: return shapes.first { if case .fields = $0 { true } else { false } } ?? self
        case .list: return shapes.first { if case .list = $0 { true } else { false } } ?? self
        case .text:
            let scalars = shapes.filter { switch $0 { case .fields, .list, .map: false; default: true } }
            return scalars.count == 1 ? scalars[0] : .either(scalars)
        }
    }

    /// The set of fields of a value of `tree`'s form, if the shape has one.
    func setFor(_ tree: ContentTree) -> FieldSet? {
        if case .fields(let set) = shapeFor(tree) { return set }
        return nil
    }

    /// The shape of a list's items.
    var itemShape: FieldShape? {
        switch self {
        case .list(let item, _): item
        case .either(let shapes): shapes.lazy.compactMap(\.itemShape).first
        default: nil
        }
    }

    /// Whether the value is text to the reader (quoted when YAML would read it as a number,
    /// a truth value or nothing), rather than a number or a truth value.
    var isTextual: Bool {
        switch self {
        case .wholeNumber, .number, .rupiah, .boolean: false
        case .either(let shapes): shapes.allSatisfy(\.isTextual)
        case .list(let item, _): item.isTextual
        case .map(let value, _): value.isTextual
        default: true
        }
    }
}

