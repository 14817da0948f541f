/// A content file's value as the editor holds it between the file and the form: every
/// scalar as the text written (the decoders, not the editor, read numbers and dates), lists
/// and sets of fields in their order. What a form submits, what the canonical writer
/// writes and what a file read back gives.
public indirect enum ContentTree: Equatable, Sendable {
    case text(String)
    case list([ContentTree])
    case fields([ContentField])

    /// A set of no fields: a new file before anything is filled in.
    public static let empty = ContentTree.fields([])

    /// The value at `path`, nil where there is none.
    public subscript(path: FieldPath) -> ContentTree? {
        var node = self
        for part in path.parts {
            switch node {
            case .fields(let fields):
                guard let field = fields.first(where: { $0.key == part }) else { return nil }
                node = field.value
            case .list(let items):
                guard let index = Int(part), items.indices.contains(index) else { return nil }
                node = items[index]
            case .text:
                return nil
            }
        }
        return node
    }

    /// The value of the field `key` of a set of fields.
    public subscript(key: String) -> ContentTree? { self[FieldPath([key])] }

    /// The text of a scalar, nil for a list or a set of fields.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// Sets the value at `path` (nil removes it: the field from its set, the item from its
    /// list). Sets of fields are made on the way where they are missing; a list index must
    /// exist, or be the list's count to append.
    public mutating func set(_ value: ContentTree?, at path: FieldPath) {
        guard let first = path.parts.first else {
            if let value { self = value }
            return
        }
        let rest = FieldPath(Array(path.parts.dropFirst()))
        switch self {
        case .fields(var fields):
            if let index = fields.firstIndex(where: { $0.key == first }) {
                if rest.parts.isEmpty {
                    if let value { fields[index].value = value } else { fields.remove(at: index) }
                } else {
                    fields[index].value.set(value, at: rest)
                }
            } else if let value {
                var child = rest.parts.isEmpty ? value : ContentTree.empty
                if !rest.parts.isEmpty { child.set(value, at: rest) }
                fields.append(ContentField(first, child))
            }
            self = .fields(fields)
        case .list(var items):
            guard let index = Int(first), index >= 0, index <= items.count else { return }
            if index == items.count {
                guard let value else { return }
                var child = rest.parts.isEmpty ? value : ContentTree.empty
                if !rest.parts.isEmpty { child.set(value, at: rest) }
                items.append(child)
            } else if rest.parts.isEmpty {
                if let value { items[index] = value } else { items.remove(at: index) }
            } else {
                items[index].set(value, at: rest)
            }
            self = .list(items)
        case .text:
            guard value != nil else { return }
            self = .empty
            set(value, at: path)
        }
    }
}

/// One `key: value` of a set of fields.
public struct ContentField: Equatable, Sendable {
    public var key: String
    public var value: ContentTree

    public init(_ key: String, _ value: ContentTree) {
        self.key = key
        self.value = value
    }
}

/// Where a value is in a content file: keys of sets of fields and indices of list items
/// (decimal, from 0), written joined by dots (`persyaratan.2.butir.0`). Keys never hold a
/// dot (the table of content kinds and the element codes have none).
public struct FieldPath: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var parts: [String]

    public init(_ parts: [String]) { self.parts = parts }

    /// A path as written, `persyaratan.2`; the empty text is the file itself.
    public init(text: String) {
        parts = text.isEmpty ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    public var description: String { parts.joined(separator: ".") }

    public func appending(_ part: String) -> FieldPath { FieldPath(parts + [part]) }

    public func appending(_ index: Int) -> FieldPath { appending(String(index)) }

    /// The path without its last part (the list or set that holds the value).
    public var parent: FieldPath { FieldPath(Array(parts.dropLast())) }

    public static func < (a: FieldPath, b: FieldPath) -> Bool { a.description < b.description }
}
