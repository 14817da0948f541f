/// A compiled template and, when it belongs to a library, where its partials are.
struct Entry: Sendable {
    var name: String
    var program: Program
    /// For each of `program.partials`, the index of that template in the library, or -1.
    var links: [Int]
}

/// One render: the context stack, the output, the indentation of standalone partials, and
/// the templates partials are taken from.
///
/// The context stack and the output are buffers the renderer owns (hence `~Copyable`, to
/// free them once): appending to a plain buffer costs a bounds check and a copy, where
/// `Array.append(contentsOf:)` costs a hundred instructions a call. The caller's array
/// receives the output in one copy at the end.
struct Renderer: ~Copyable {
    private let entries: [Entry]
    private let index: [String: Int]
    /// The contexts names are looked up in, innermost last. Values that are not contexts
    /// (text, numbers, lists) answer no names, so only contexts are kept here.
    private var contexts: UnsafeMutablePointer<any TemplateContext>
    private var contextCount = 0
    private var contextCapacity = 32
    /// The value of the innermost section (or the root): what `{{.}}` prints.
    private var current: TemplateValue = .missing
    private var output: UnsafeMutablePointer<UInt8>
    private var outputCount = 0
    private var outputCapacity: Int
    /// The indentation put before each line of the partials being rendered (empty outside
    /// standalone partials).
    private var indent: [UInt8] = []
    /// A line of the current partial has started in its source but nothing of it is written
    /// yet; the indentation comes before its first byte.
    private var pending = false
    private var depth = 0

    init(entries: [Entry], index: [String: Int], expectedSize: Int) {
        self.entries = entries
        self.index = index
        contexts = .allocate(capacity: contextCapacity)
        outputCapacity = max(expectedSize, 256)
        output = .allocate(capacity: outputCapacity)
    }

    deinit {
        contexts.deinitialize(count: contextCount)
        contexts.deallocate()
        output.deallocate()
    }

    /// Renders the template `entry` with `root` as the outermost value; appends the output
    /// to `out`.
    mutating func render(_ entry: Int, _ root: consuming TemplateValue, into out: inout [UInt8]) throws(TemplateRenderError) {
        let program = entries[entry].program
        try runWith(root, program, entries[entry].links, 0, program.ops.count, NoContext())
        out.append(contentsOf: UnsafeBufferPointer(start: output, count: outputCount))
    }

    /// Renders the template `entry` with `root` as the outermost value, as text.
    mutating func render(_ entry: Int, _ root: consuming TemplateValue) throws(TemplateRenderError) -> String {
        let program = entries[entry].program
        try runWith(root, program, entries[entry].links, 0, program.ops.count, NoContext())
        return String(decoding: UnsafeBufferPointer(start: output, count: outputCount), as: UTF8.self)
    }

    /// Runs instructions `start..<end` of `program`. `top` is the innermost context (also
    /// the last on the stack, unless the stack is empty): a parameter, so that asking it for
    /// a name needs no copy of the existential, where asking one stored in the stack does.
    private mutating func run(_ program: Program, _ links: [Int], _ start: Int, _ end: Int, _ top: any TemplateContext) throws(TemplateRenderError) {
        let ops = program.ops
        var i = start
        while i < end {
            switch ops[i] {
            case .text(let from, let to):
                if indent.isEmpty {
                    write(program.bytes.baseAddress! + Int(from), Int(to - from))
                } else {
                    writeIndented(UnsafeBufferPointer(rebasing: program.bytes[Int(from)..<Int(to)]))
                }
                i += 1

            case .variable(let name, let escaped):
                if pending { flushIndent() }
                switch lookup(name, program.keys, top) {
                case .text(let text):
                    writeText(text, escaped)
                case .int(let number):
                    writeDecimal(number)
                case .bool(let flag):
                    if flag { write("true") } else { write("false") }
                case .missing, .null, .context, .list:
                    break
                }
                i += 1

            case .section(let name, let bodyEnd):
                let value = lookup(name, program.keys, top)
                switch value {
                case .missing, .null:
                    break
                case .bool(let flag):
                    if flag { try run(program, links, i + 1, Int(bodyEnd), top) }
                case .int(let number):
                    if number != 0 { try runWith(value, program, links, i + 1, Int(bodyEnd), top) }
                case .text(let text):
                    if !text.isEmpty { try runWith(value, program, links, i + 1, Int(bodyEnd), top) }
                case .context:
                    try runWith(value, program, links, i + 1, Int(bodyEnd), top)
                case .list(let list):
                    let count = list.count
                    var k = 0
                    while k < count {
                        try runWith(list.element(at: k), program, links, i + 1, Int(bodyEnd), top)
                        k += 1
                    }
                }
                i = Int(bodyEnd)

            case .inverted(let name, let bodyEnd):
                if !isTruthy(lookup(name, program.keys, top)) { try run(program, links, i + 1, Int(bodyEnd), top) }
                i = Int(bodyEnd)

            case .partial(let slot, let indentStart, let indentEnd, let standalone):
                let target = links[Int(slot)]
                if target >= 0 {
                    try include(target, UnsafeBufferPointer(rebasing: program.bytes[Int(indentStart)..<Int(indentEnd)]), standalone, top)
                } else if standalone {
                    pending = true
                }
                i += 1

            case .dynamicPartial(let name, let indentStart, let indentEnd, let standalone):
                if case .text(let partialName) = lookup(name, program.keys, top), let target = index[partialName] {
                    try include(target, UnsafeBufferPointer(rebasing: program.bytes[Int(indentStart)..<Int(indentEnd)]), standalone, top)
                } else if standalone {
                    pending = true
                }
                i += 1
            }
        }
    }

    /// Runs instructions with `value` as the innermost section value, on the context stack
    /// if it is a context.
    private mutating func runWith(_ value: consuming TemplateValue, _ program: Program, _ links: [Int], _ start: Int, _ end: Int,
                                  _ top: any TemplateContext) throws(TemplateRenderError) {
        // On an error the render stops; the stack needs no unwinding (`deinit` frees it).
        swap(&current, &value)
        if case .context(let context) = current {
            push(context)
            try run(program, links, start, end, context)
            pop()
        } else {
            try run(program, links, start, end, top)
        }
        swap(&current, &value)
    }

    /// Renders the partial `target` in the current context. A standalone partial's lines are
    /// indented by its tag's indentation (added to any indentation already in force); an
    /// inline partial is written as is.
    private mutating func include(_ target: Int, _ partIndent: UnsafeBufferPointer<UInt8>, _ standalone: Bool,
                                  _ top: any TemplateContext) throws(TemplateRenderError) {
        let entry = entries[target]
        depth += 1
        guard depth <= TemplateLibrary.maximumPartialDepth else { throw .partialsTooDeep(entry.name) }
        let saved = indent
        if standalone {
            if !partIndent.isEmpty { indent.append(contentsOf: partIndent) }
            pending = true
        } else {
            if pending { flushIndent() }
            indent = []
        }
        try run(entry.program, entry.links, 0, entry.program.ops.count, top)
        indent = saved
        // After a standalone tag the template goes on at the start of a line.
        pending = standalone
        depth -= 1
    }

    // MARK: - Context stack

    private mutating func push(_ context: any TemplateContext) {
        if contextCount == contextCapacity {
            let larger = UnsafeMutablePointer<any TemplateContext>.allocate(capacity: contextCapacity * 2)
            larger.moveInitialize(from: contexts, count: contextCount)
            contexts.deallocate()
            contexts = larger
            contextCapacity *= 2
        }
        (contexts + contextCount).initialize(to: context)
        contextCount += 1
    }

    private mutating func pop() {
        contextCount -= 1
        (contexts + contextCount).deinitialize(count: 1)
    }

    /// The value of a name: its first part from the innermost context that has it, the
    /// other parts from that value only.
    private func lookup(_ name: Name, _ keys: [String], _ top: any TemplateContext) -> TemplateValue {
        if name.isImplicit { return current }
        var k = Int(name.first)
        let last = k + Int(name.count)
        var value = lookUpStack(keys[k], top)
        k += 1
        while k < last {
            guard case .context(let context) = value else { return .missing }
            value = context.value(for: keys[k])
            k += 1
        }
        return value
    }

    private func lookUpStack(_ key: String, _ top: any TemplateContext) -> TemplateValue {
        let found = top.value(for: key)
        if case .missing = found {} else { return found }
        var k = contextCount - 2
        while k >= 0 {
            let value = contexts[k].value(for: key)
            if case .missing = value {
                k -= 1
                continue
            }
            return value
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

    private mutating func reserve(_ extra: Int) {
        let needed = outputCount + extra
        guard needed > outputCapacity else { return }
        let capacity = max(needed, outputCapacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: output, count: outputCount)
        output.deallocate()
        output = larger
        outputCapacity = capacity
    }

    /// Appends `count` bytes. Short runs (most interpolated values, the pieces between
    /// escaped characters) are copied with two overlapping loads and stores instead of a
    /// call to `memcpy`.
    @inline(__always)
    private mutating func write(_ bytes: UnsafePointer<UInt8>?, _ count: Int) {
        guard count > 0, let bytes else { return }
        if outputCount + count > outputCapacity { reserve(count) }
        let target = UnsafeMutableRawPointer(output + outputCount)
        let source = UnsafeRawPointer(bytes)
        if count >= 8, count <= 16 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4, count < 8 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else if count < 4 {
            let output = output + outputCount
            output[0] = bytes[0]
            output[count >> 1] = bytes[count >> 1]
            output[count - 1] = bytes[count - 1]
        } else {
            target.copyMemory(from: source, byteCount: count)
        }
        outputCount += count
    }

    private mutating func writeText(_ text: String, _ escaped: Bool) {
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            if escaped { writeEscaped(bytes) } else { write(bytes.baseAddress, bytes.count) }
        }
        if written == nil {
            var text = text
            text.withUTF8 { bytes in
                if escaped { writeEscaped(bytes) } else { write(bytes.baseAddress, bytes.count) }
            }
        }
    }

    private mutating func write(_ text: StaticString) {
        write(text.utf8Start, text.utf8CodeUnitCount)
    }

    private mutating func flushIndent() {
        indent.withUnsafeBufferPointer { write($0.baseAddress, $0.count) }
        pending = false
    }

    /// Static text inside an indented partial: the indentation before each line that has
    /// something on it.
    private mutating func writeIndented(_ text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        let count = text.count
        while start < count {
            if pending { flushIndent() }
            var end = start
            while end < count, text[end] != UInt8(ascii: "\n") { end += 1 }
            if end < count {
                end += 1
                pending = true
            }
            write(text.baseAddress! + start, end - start)
            start = end
        }
    }

    /// Writes `bytes` with `&`, `<`, `>`, `"` and `'` replaced by entities, as swift-mustache
    /// did, so pages do not change with the engine. Eight bytes at a time are tested for
    /// any of the five at once, so plain text costs little more than its copy.
    private mutating func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var run = 0
        var k = 0
        while k < count {
            // A word without any of the five is skipped whole; otherwise its bytes are tested
            // one by one. The last word of a text of 8 bytes or more overlaps the one before.
            var end = count
            if count - k >= 8 {
                if !mayNeedEscaping(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) {
                    k += 8
                    continue
                }
                end = k + 8
            } else if count >= 8, !mayNeedEscaping(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)) {
                break
            }
            while k < end {
                let entity: StaticString
                switch base[k] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: k += 1; continue
                }
                write(base + run, k - run)
                write(entity)
                k += 1
                run = k
            }
        }
        write(base + run, count - run)
    }

    /// Writes `number` in decimal.
    private mutating func writeDecimal(_ number: Int) {
        reserve(20)
        if number < 0 {
            output[outputCount] = UInt8(ascii: "-")
            outputCount += 1
        }
        var magnitude = number.magnitude
        var low = outputCount
        repeat {
            output[outputCount] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            outputCount += 1
            magnitude /= 10
        } while magnitude > 0
        var high = outputCount - 1
        while low < high {
            let byte = output[low]
            output[low] = output[high]
            output[high] = byte
            low += 1
            high -= 1
        }
    }
}

/// Whether any of the eight bytes of `word` may be `&`, `<`, `>`, `"` or `'` (no false
/// negatives): the classic test for a zero byte in `word` XOR each byte repeated.
@inline(__always)
private func mayNeedEscaping(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    return hasZeroByte(word ^ (ones &* 0x26)) || hasZeroByte(word ^ (ones &* 0x3C)) || hasZeroByte(word ^ (ones &* 0x3E))
        || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x27))
}

/// The innermost context before any context is pushed: it has no names.
private struct NoContext: TemplateContext {
    func value(for key: String) -> TemplateValue { .missing }
}
