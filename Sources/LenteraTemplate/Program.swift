/// A name as written in a tag, split on `.` when the template is compiled.
enum Name: Sendable, Equatable {
    /// `{{.}}`: the top of the context stack.
    case implicit
    /// `{{title}}`
    case simple(String)
    /// `{{unit.name}}`: the first part is looked up the stack, the rest in what it found.
    case dotted(String, [String])
}

/// One instruction of a compiled template.
///
/// A section's body is the instructions that follow it up to (not including) `end`; the
/// renderer runs the body as often as the value asks and then continues at `end`.
enum Op: Sendable {
    /// Static text: `bytes[start..<end]` of the program.
    case text(start: Int, end: Int)
    case variable(Name, escaped: Bool)
    case section(Name, end: Int)
    case inverted(Name, end: Int)
    /// `{{> name}}`: `slot` indexes the program's `partials`. `indent` is the whitespace
    /// before a standalone tag, put before every line of the partial.
    case partial(slot: Int, indent: [UInt8], standalone: Bool)
    /// `{{>*name}}`: the partial's name is the value of `name`.
    case dynamicPartial(Name, indent: [UInt8], standalone: Bool)
}

/// A template compiled once: the instruction list, its static text as UTF-8 bytes, and
/// the names of the partials it refers to.
final class Program: Sendable {
    let ops: [Op]
    let bytes: [UInt8]
    /// Distinct names of the partials the template includes by a fixed name, in order of
    /// first use; `Op.partial(slot:…)` indexes this list.
    let partials: [String]
    let hasDynamicPartials: Bool

    init(ops: [Op], bytes: [UInt8], partials: [String], hasDynamicPartials: Bool) {
        self.ops = ops
        self.bytes = bytes
        self.partials = partials
        self.hasDynamicPartials = hasDynamicPartials
    }
}
