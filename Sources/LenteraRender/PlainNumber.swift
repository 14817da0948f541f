import Foundation

/// Numbers and placeholders written without Foundation's formatter and search: a page of a
/// large portal formats dozens of figures and theme texts, and `String(format:)` and
/// `replacingOccurrences` cost thousands of instructions a call (9 % of a full build's
/// instructions went to `replacingOccurrences` alone, docs/performance.md, issue 16).
enum PlainNumber {
    /// What `String(format: "%.<digits>f", value)` writes, for a `value` already rounded to
    /// `digits` decimals (`roundedForPublication`): the integer `value × 10^digits` with
    /// the point put in. Values it cannot write exactly that way (not finite, 10^15 units
    /// of the last digit or more, more than 9 decimals) go through `String(format:)`. Every caller passes a
    /// rounded value; a differential test compares both on such values (an unrounded one
    /// can differ in its last digit where `value × 10^digits` rounds to a tie).
    static func fixed(_ value: Double, digits: Int) -> String {
        var factor = 1.0
        for _ in 0..<min(max(digits, 0), 9) { factor *= 10 }
        // Below 10^15 units of the last digit, the double nearest to k / 10^digits is within
        // a tenth of a unit of it, so both `%f` and the product below give k.
        guard value.isFinite, (0...9).contains(digits), value.magnitude * factor < 1e15 else {
            return String(format: "%.\(digits)f", value)
        }
        let scaled = (value * factor).rounded(.toNearestOrEven)
        var units = UInt64(scaled.magnitude)
        // Digits, least significant first, at least `digits + 1` of them (`0.05`).
        var reversed: [UInt8] = []
        reversed.reserveCapacity(24)
        repeat {
            reversed.append(UInt8(ascii: "0") + UInt8(units % 10))
            units /= 10
        } while units > 0 || reversed.count <= digits
        var bytes: [UInt8] = []
        bytes.reserveCapacity(reversed.count + 2)
        // `%f` writes the sign of a negative zero too (`-0.0`).
        if value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
        for k in stride(from: reversed.count - 1, through: 0, by: -1) {
            if k == digits - 1 { bytes.append(UInt8(ascii: ".")) }
            bytes.append(reversed[k])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` with every `.` replaced by `,` (a decimal point made a decimal comma, or a
    /// thousands separator the other way round, `12.500` → `12,500`).
    static func swappingPoints(_ text: String, for replacement: UInt8) -> String {
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        return String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? replacement : $0 }, as: UTF8.self)
    }
}
