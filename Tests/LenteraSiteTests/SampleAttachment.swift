import Foundation

/// Attachments for `berkas/`: small files whose first bytes are of their type.
enum SampleAttachment {
    /// A PDF whose bytes differ with `version` (one line, so versions of equal digits have
    /// equal size).
    static func pdf(_ version: Int) -> Data {
        Data("%PDF-1.4\n% versi \(version)\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
    }

    /// A PNG of the given size: the signature, the `IHDR` chunk (with its CRC) and `IEND`.
    static func png(width: Int, height: Int) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func chunk(_ type: String, _ body: [UInt8]) {
            let length = UInt32(body.count)
            bytes += [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
            let typed = Array(type.utf8) + body
            bytes += typed
            let crc = crc32(typed)
            bytes += [UInt8(crc >> 24), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)]
        }
        func be32(_ value: Int) -> [UInt8] {
            [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
        }
        // 8-bit RGB, no interlace.
        chunk("IHDR", be32(width) + be32(height) + [8, 2, 0, 0, 0])
        chunk("IEND", [])
        return Data(bytes)
    }

    /// CRC-32 as PNG computes it (ISO 3309).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
