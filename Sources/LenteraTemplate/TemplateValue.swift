/// What a template can read: the values of a view model, without reflection.
///
/// A view model conforms to `TemplateContext` by answering `value(for:)` with a `switch`
/// over the names its templates use; an unknown name answers `.missing`, and the engine
/// then looks the name up in the enclosing contexts, as Mustache requires. A name that the
/// view model has but whose value is absent (an optional that is nil) answers `.null`,
/// which stops the lookup and counts as false.
public enum TemplateValue {
    /// The name is not a field of this context: look further up the context stack.
    case missing
    /// The field exists and is empty (nil): false in sections, nothing when printed.
    case null
    case bool(Bool)
    case int(Int)
    case text(String)
    case context(any TemplateContext)
    case list(any TemplateList)
}

public protocol TemplateContext {
    /// The value of one name (one segment of a dotted name).
    func value(for key: String) -> TemplateValue
}

/// A sequence a section iterates over.
public protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

/// Anything that can stand as a value: text, numbers, booleans, contexts, lists of them
/// and optionals of them.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateContext {
    public var templateValue: TemplateValue { .context(self) }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .bool(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateList where Element: TemplateValueConvertible {
    public func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(self) }
}

extension TemplateValue {
    /// `TemplateValue(x)` for any convertible value, so a conformance reads
    /// `case "title": TemplateValue(title)`.
    public init(_ value: some TemplateValueConvertible) { self = value.templateValue }
}
