import LenteraDomain

/// What a published file's first bytes say it is, and an image's size: the file's extension
/// alone proves nothing (a `.pdf` may be a renamed page of HTML, which a browser could run).
///
/// The signatures are those of each format's specification: PDF's `%PDF-` header (ISO
/// 32000, within the first 1024 bytes as readers accept it), PNG's eight-byte signature and
/// `IHDR` chunk (RFC 2083), GIF's `GIF87a`/`GIF89a` header and logical screen size, JPEG's
/// start-of-image marker and the size in its start-of-frame segment (ITU T.81), WebP's RIFF
/// container with a `VP8 `, `VP8L` or `VP8X` first chunk, and the ZIP local header of
/// office files (OpenDocument also stores its `mimetype` first, uncompressed, which names
/// the kind; Office Open XML files have no such entry, so only the ZIP header is checked).
public enum FileSignature {
    /// How many bytes of a file are read to check it (a JPEG's start-of-frame comes after
    /// its metadata segments, at most 64 KB each; a few of them fit).
    public static let headLength = 256 * 1024

    /// Whether `bytes`, the start of a file, are of `kind`.
    public static func matches(_ bytes: [UInt8], _ kind: AttachmentKind) -> Bool {
        switch kind {
        case .pdf:
            let window = bytes.prefix(1024)
            let header = Array("%PDF-".utf8)
            guard window.count >= header.count else { return false }
            return (0...(window.count - header.count)).contains { Array(window[$0..<$0 + header.count]) == header }
        case .png: return bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .gif: return bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8))
        case .jpeg: return bytes.starts(with: [0xFF, 0xD8, 0xFF])
        case .webp: return bytes.count >= 16 && bytes.starts(with: Array("RIFF".utf8)) && Array(bytes[8..<12]) == Array("WEBP".utf8)
        case .odt: return openDocument(bytes) == "application/vnd.oasis.opendocument.text"
        case .ods: return openDocument(bytes) == "application/vnd.oasis.opendocument.spreadsheet"
        case .docx, .xlsx: return bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        }
    }

    /// The media type an OpenDocument file stores first (`mimetype`, uncompressed).
    static func openDocument(_ bytes: [UInt8]) -> String? {
        guard bytes.count > 38, bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        let nameLength = Int(bytes[26]) | Int(bytes[27]) << 8, extraLength = Int(bytes[28]) | Int(bytes[29]) << 8
        let size = Int(bytes[18]) | Int(bytes[19]) << 8 | Int(bytes[20]) << 16 | Int(bytes[21]) << 24
        guard nameLength == 8, Array(bytes[30..<38]) == Array("mimetype".utf8) else { return nil }
        let start = 38 + extraLength
        guard size < 200, start + size <= bytes.count else { return nil }
        return String(decoding: bytes[start..<start + size], as: UTF8.self)
    }

    /// An image's width and height in pixels, from its header; nil when not found.
    static func imageSize(_ bytes: [UInt8], _ kind: AttachmentKind) -> (width: Int, height: Int)? {
        func be16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
        func le16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func le24(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 }
        func be32(_ at: Int) -> Int { be16(at) << 16 | be16(at + 2) }
        let size: (Int, Int)?
        switch kind {
        case .png:
            guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
            size = (be32(16), be32(20))
        case .gif:
            guard bytes.count >= 10 else { return nil }
            size = (le16(6), le16(8))
        case .jpeg:
            size = jpegSize(bytes)
        case .webp:
            guard bytes.count >= 30 else { return nil }
            switch String(decoding: bytes[12..<16], as: UTF8.self) {
            case "VP8 ":
                guard Array(bytes[23..<26]) == [0x9D, 0x01, 0x2A] else { return nil }
                size = (le16(26) & 0x3FFF, le16(28) & 0x3FFF)
            case "VP8L":
                guard bytes[20] == 0x2F else { return nil }
                let bits = Int(bytes[21]) | Int(bytes[22]) << 8 | Int(bytes[23]) << 16 | Int(bytes[24]) << 24
                size = ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
            case "VP8X":
                size = (le24(24) + 1, le24(27) + 1)
            default:
                return nil
            }
        case .pdf, .odt, .ods, .docx, .xlsx:
            return nil
        }
        guard let (width, height) = size, width > 0, height > 0 else { return nil }
        return (width, height)
    }

    /// The size in a JPEG's first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC).
    static func jpegSize(_ bytes: [UInt8]) -> (Int, Int)? {
        var index = 2
        while index + 3 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            var marker = bytes[index + 1]
            // Fill bytes before a marker.
            while marker == 0xFF, index + 2 < bytes.count {
                index += 1
                marker = bytes[index + 1]
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                index += 2
                continue
            }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard index + 8 < bytes.count else { return nil }
                let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
                let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
                return (width, height)
            }
            if marker == 0xD9 || marker == 0xDA || length < 2 { return nil }
            index += 2 + length
        }
        return nil
    }
}
