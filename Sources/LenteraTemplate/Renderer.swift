/// A compiled template and, when it belongs to a library, where its partials are.
struct Entry: Sendable {
    var name: String
    var program: Program
    /// For each of `program.partials`, the index of that template in the library, or -1.
    var links: [Int]
}

/// One render: the context stack, the indentation of standalone partials, and the
/// templates partials are taken from.
struct Renderer {
    private let entries: [Entry]
    private let index: [String: Int]
    private var stack: [TemplateValue] = []
    /// The indentation put before each line of the partials being rendered (empty outside
    /// standalone partials).
    private var indent: [UInt8] = []
    /// A line of the current partial has started in its source but nothing of it is written
    /// yet; the indentation comes before its first byte.
    private var pending = false
    private var depth = 0

    init(entries: [Entry], index: [String: Int]) {
        self.entries = entries
        self.index = index
        stack.reserveCapacity(32)
    }

    mutating func render(_ entry: Int, _ root: TemplateValue, into out: inout [UInt8]) throws(TemplateRenderError) {
        stack.append(root)
        let program = entries[entry].program
        try run(program, entries[entry].links, 0, program.ops.count, &out)
        stack.removeLast()
    }

    private mutating func run(_ program: Program, _ links: [Int], _ start: Int, _ end: Int, _ out: inout [UInt8]) throws(TemplateRenderError) {
        var i = start
        while i < end {
            switch program.ops[i] {
            case .text(let from, let to):
                if indent.isEmpty {
                    out.append(contentsOf: program.bytes[from..<to])
                } else {
                    writeIndented(program.bytes, from, to, &out)
                }
                i += 1

            case .variable(let name, let escaped):
                if pending { flushIndent(&out) }
                switch lookup(name) {
                case .text(let text):
                    if escaped { appendEscaped(text, &out) } else { out.append(contentsOf: text.utf8) }
                case .int(let number):
                    appendDecimal(number, &out)
                case .bool(let flag):
                    out.append(contentsOf: flag ? "true".utf8 : "false".utf8)
                case .missing, .null, .context, .list:
                    break
                }
                i += 1

            case .section(let name, let bodyEnd):
                let value = lookup(name)
                switch value {
                case .missing, .null:
                    break
                case .bool(let flag):
                    if flag { try run(program, links, i + 1, bodyEnd, &out) }
                case .int(let number):
                    if number != 0 { try runPushed(value, program, links, i + 1, bodyEnd, &out) }
                case .text(let text):
                    if !text.isEmpty { try runPushed(value, program, links, i + 1, bodyEnd, &out) }
                case .context:
                    try runPushed(value, program, links, i + 1, bodyEnd, &out)
                case .list(let list):
                    let count = list.count
                    var k = 0
                    while k < count {
                        try runPushed(list.element(at: k), program, links, i + 1, bodyEnd, &out)
                        k += 1
                    }
                }
                i = bodyEnd

            case .inverted(let name, let bodyEnd):
                if !isTruthy(lookup(name)) { try run(program, links, i + 1, bodyEnd, &out) }
                i = bodyEnd

            case .partial(let slot, let partIndent, let standalone):
                let target = links[slot]
                if target >= 0 {
                    try include(target, partIndent, standalone, &out)
                } else if standalone {
                    pending = true
                }
                i += 1

            case .dynamicPartial(let name, let partIndent, let standalone):
                if case .text(let partialName) = lookup(name), let target = index[partialName] {
                    try include(target, partIndent, standalone, &out)
                } else if standalone {
                    pending = true
                }
                i += 1
            }
        }
    }

    private mutating func runPushed(_ value: TemplateValue, _ program: Program, _ links: [Int], _ start: Int, _ end: Int,
                                    _ out: inout [UInt8]) throws(TemplateRenderError) {
        stack.append(value)
        try run(program, links, start, end, &out)
        stack.removeLast()
    }

    /// Renders the partial `target` in the current context. A standalone partial's lines are
    /// indented by its tag's indentation (added to any indentation already in force); an
    /// inline partial is written as is.
    private mutating func include(_ target: Int, _ partIndent: [UInt8], _ standalone: Bool, _ out: inout [UInt8]) throws(TemplateRenderError) {
        let entry = entries[target]
        depth += 1
        guard depth <= TemplateLibrary.maximumPartialDepth else { throw .partialsTooDeep(entry.name) }
        let saved = indent
        if standalone {
            if !partIndent.isEmpty { indent.append(contentsOf: partIndent) }
            pending = true
        } else {
            if pending { flushIndent(&out) }
            indent = []
        }
        try run(entry.program, entry.links, 0, entry.program.ops.count, &out)
        indent = saved
        // After a standalone tag the template goes on at the start of a line.
        pending = standalone
        depth -= 1
    }

    // MARK: - Lookup

    /// The value of a name: its first part from the innermost context that has it, the
    /// other parts from that value only.
    private func lookup(_ name: Name) -> TemplateValue {
        switch name {
        case .implicit:
            return stack[stack.count - 1]
        case .simple(let key):
            return lookUpStack(key)
        case .dotted(let first, let rest):
            var value = lookUpStack(first)
            for key in rest {
                guard case .context(let context) = value else { return .missing }
                value = context.value(for: key)
            }
            return value
        }
    }

    private func lookUpStack(_ key: String) -> TemplateValue {
        var k = stack.count - 1
        while k >= 0 {
            if case .context(let context) = stack[k] {
                let value = context.value(for: key)
                if case .missing = value {} else { return value }
            }
            k -= 1
        }
        return .missing
    }

    private func isTruthy(_ value: TemplateValue) -> Bool {
        switch value {
        case .missing, .null: false
        case .bool(let flag): flag
        case .int(let number): number != 0
        case .text(let text): !text.isEmpty
        case .context: true
        case .list(let list): list.count > 0
        }
    }

    // MARK: - Output

    private mutating func flushIndent(_ out: inout [UInt8]) {
        out.append(contentsOf: indent)
        pending = false
    }

    /// Static text inside an indented partial: the indentation before each line that has
    /// something on it.
    private mutating func writeIndented(_ bytes: [UInt8], _ from: Int, _ to: Int, _ out: inout [UInt8]) {
        var start = from
        while start < to {
            if pending { flushIndent(&out) }
            var end = start
            while end < to, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if end < to {
                end += 1
                pending = true
            }
            out.append(contentsOf: bytes[start..<end])
            start = end
        }
    }
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, as swift-mustache
/// did, so pages do not change with the engine.
@inline(__always)
func appendEscaped(_ text: String, _ out: inout [UInt8]) {
    var text = text
    text.withUTF8 { buffer in
        var run = 0
        var k = 0
        let count = buffer.count
        while k < count {
            let byte = buffer[k]
            if byte <= UInt8(ascii: ">") {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: k += 1; continue
                }
                if run < k { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<k])) }
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                run = k + 1
            }
            k += 1
        }
        if run < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<count])) }
    }
}

/// Appends `number` in decimal.
func appendDecimal(_ number: Int, _ out: inout [UInt8]) {
    if number < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    let start = out.count
    repeat {
        out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
        magnitude /= 10
    } while magnitude > 0
    var low = start
    var high = out.count - 1
    while low < high {
        out.swapAt(low, high)
        low += 1
        high -= 1
    }
}
