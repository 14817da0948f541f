/// The value of an ASCII hexadecimal digit (`0`–`9`, `a`–`f`, `A`–`F`), for the escapes of
/// YAML and JSON text; nil for any other byte.
enum HexDigit {
    @inline(__always)
    static func value(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}
