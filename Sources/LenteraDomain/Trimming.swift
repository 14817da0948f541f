/// Trimming without Foundation: content fields are trimmed by the thousand per file, and
/// `trimmingCharacters(in:)` bridges every string through `NSString`. Same sets: white
/// space and line breaks (`trimmed`), or white space alone (`trimmedSpaces`), by the
/// Unicode `White_Space` property; ASCII text takes a fast path.
extension StringProtocol {
    public func trimmed() -> String { trimming(keepNewlines: false) }
    public func trimmedSpaces() -> String { trimming(keepNewlines: true) }

    private func trimming(keepNewlines: Bool) -> String {
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x20, 0x09: return true
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return !keepNewlines
            case 0...0x7F: return false
            default: return scalar.properties.isWhitespace
            }
        }
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isTrimmed(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }
}
