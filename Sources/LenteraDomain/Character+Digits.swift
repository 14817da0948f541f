extension Character {
    /// `0` to `9` only: not the other digits Unicode knows (`٣`), which `Int` does not read.
    public var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
