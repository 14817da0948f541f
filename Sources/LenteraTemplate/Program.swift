/// A name as written in a tag, split on `.` when the template is compiled: `count` parts
/// starting at `first` in the program's `keys`. No parts is the implicit iterator `{{.}}`.
/// The first part is looked up the context stack, the others in what it found.
struct Name: Sendable, Equatable {
    var first: Int32
    var count: Int32
    var isImplicit: Bool { count == 0 }
}

/// One instruction of a compiled template. Instructions hold only numbers (offsets into
/// the program's bytes and keys), so reading one costs no reference counting.
///
/// A section's body is the instructions that follow it up to (not including) `end`; the
/// renderer runs the body as often as the value asks and then continues at `end`.
enum Op: Sendable {
    /// Static text: `bytes[start..<end]`.
    case text(start: Int32, end: Int32)
    case variable(Name, escaped: Bool)
    case section(Name, end: Int32)
    case inverted(Name, end: Int32)
    /// `{{> name}}`: `slot` indexes the program's `partials`. A standalone tag's indentation,
    /// `bytes[indentStart..<indentEnd]`, goes before every line of the partial.
    case partial(slot: Int32, indentStart: Int32, indentEnd: Int32, standalone: Bool)
    /// `{{>*name}}`: the partial's name is the value of `name`.
    case dynamicPartial(Name, indentStart: Int32, indentEnd: Int32, standalone: Bool)
}

/// A template compiled once: the instruction list, its static text as UTF-8 bytes, the
/// parts of its names, and the names of the partials it refers to.
///
/// Instructions and bytes live in buffers the program owns and never changes after `init`,
/// so the renderer reads them without copies or reference counting.
final class Program: @unchecked Sendable {
    let ops: UnsafeMutableBufferPointer<Op>
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let keys: [String]
    /// Distinct names of the partials the template includes by a fixed name, in order of
    /// first use; `Op.partial(slot:…)` indexes this list.
    let partials: [String]
    /// Where each of `partials` is first included.
    let partialPositions: [TemplatePosition]
    let hasDynamicPartials: Bool

    init(ops: [Op], bytes: [UInt8], keys: [String], partials: [String], partialPositions: [TemplatePosition], hasDynamicPartials: Bool) {
        self.ops = .allocate(capacity: ops.count)
        _ = self.ops.initialize(from: ops)
        self.bytes = .allocate(capacity: bytes.count)
        _ = self.bytes.initialize(from: bytes)
        self.keys = keys
        self.partials = partials
        self.partialPositions = partialPositions
        self.hasDynamicPartials = hasDynamicPartials
    }

    deinit {
        ops.deallocate()
        bytes.deallocate()
    }
}
