/// The number grammar of RFC 8259: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
enum JSONNumber {
    static func isValid(_ text: String.UTF8View) -> Bool {
        var index = text.startIndex
        func digits() -> Int {
            var count = 0
            while index < text.endIndex, (0x30...0x39).contains(text[index]) {
                index = text.index(after: index)
                count += 1
            }
            return count
        }
        func take(_ bytes: UInt8...) -> Bool {
            guard index < text.endIndex, bytes.contains(text[index]) else { return false }
            index = text.index(after: index)
            return true
        }
        _ = take(0x2D)
        guard index < text.endIndex else { return false }
        if text[index] == 0x30 {
            index = text.index(after: index)
        } else if digits() == 0 {
            return false
        }
        if take(0x2E), digits() == 0 { return false }
        if take(0x65, 0x45) {
            _ = take(0x2B, 0x2D)
            if digits() == 0 { return false }
        }
        return index == text.endIndex
    }
}
