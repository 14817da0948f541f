/// A template that cannot be compiled, with the place of the offending tag.
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// `{{#name}}` or `{{^name}}` without its `{{/name}}`; the position is the opening tag's.
        case unclosedSection(String)
        /// `{{/closed}}` while `{{#opened}}` is the innermost open section.
        case closedWithOtherName(opened: String, closed: String)
        /// `{{/name}}` with no section open.
        case unexpectedClose(String)
        /// An opening delimiter without its closing delimiter.
        case unfinishedTag
        /// A set-delimiter tag that does not hold exactly two delimiters without
        /// whitespace or `=`, such as `{{=<% %>=}}`.
        case malformedSetDelimiter
        /// A tag without a name, such as `{{}}` or `{{# }}`.
        case emptyName
        /// A dotted name with an empty part, such as `{{a..b}}` or `{{.a}}`.
        case invalidName(String)
        /// A tag this engine does not implement (template inheritance: `{{<parent}}`, `{{$block}}`).
        case unsupportedTag(String)
        /// A template of 1 GB or more.
        case templateTooLarge
    }

    public let reason: Reason
    /// 1-based line of the tag.
    public let line: Int
    /// 1-based column of the tag, in Unicode scalars.
    public let column: Int

    public init(_ reason: Reason, line: Int, column: Int) {
        self.reason = reason
        self.line = line
        self.column = column
    }

    /// The reason in a sentence, without the position.
    public var message: String {
        switch reason {
        case .unclosedSection(let name): "the section `\(name)` is not closed"
        case .closedWithOtherName(let opened, let closed): "the section `\(opened)` is closed with another name, `\(closed)`"
        case .unexpectedClose(let name): "`{{/\(name)}}` closes a section that is not open"
        case .unfinishedTag: "a tag is not finished"
        case .malformedSetDelimiter: "a set-delimiter tag is malformed"
        case .emptyName: "a tag has no name"
        case .invalidName(let name): "`\(name)` is not a valid name"
        case .unsupportedTag(let tag): "the tag `\(tag)` is not supported (template inheritance is not implemented)"
        case .templateTooLarge: "the template is too large"
        }
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// A render that cannot finish.
public enum TemplateRenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The library has no template of that name.
    case unknownTemplate(String)
    /// Partials nested deeper than `TemplateLibrary.maximumPartialDepth`: a partial that
    /// includes itself without a section that ends the recursion.
    case partialsTooDeep(String)

    public var description: String {
        switch self {
        case .unknownTemplate(let name): "the template `\(name)` does not exist"
        case .partialsTooDeep(let name): "partials nest too deep at `\(name)` (a partial including itself without end?)"
        }
    }
}
