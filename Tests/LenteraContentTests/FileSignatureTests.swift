import Foundation
@testable import LenteraContent
import LenteraDomain
import LenteraTesting
import Testing

/// The size reader and the signatures, on files written by another program (Pillow:
/// `Tests/Fixtures/images/make.py`), whose names carry the size it was asked for.
@Suite struct FileSignatureTests {
    static let folder = Repository.root.appendingPathComponent("Tests/Fixtures/images")

    static let images: [(String, AttachmentKind, Int, Int)] = [
        ("poster-320x200.png", .png, 320, 200),
        ("foto-64x48.jpg", .jpeg, 64, 48),
        ("foto-exif-64x48.jpg", .jpeg, 64, 48),
        ("foto-progresif-100x37.jpg", .jpeg, 100, 37),
        ("gambar-30x20.webp", .webp, 30, 20),
        ("gambar-lossless-31x21.webp", .webp, 31, 21),
        ("gambar-alfa-40x10.webp", .webp, 40, 10),
        ("gambar-12x7.gif", .gif, 12, 7),
    ]

    @Test(arguments: images.map(\.0))
    func theSizeIsReadFromTheHeader(name: String) throws {
        let (_, kind, width, height) = Self.images.first { $0.0 == name }!
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        #expect(AttachmentKind(fileExtension: PathText.pathExtension(name)) == kind)
        #expect(FileSignature.matches(bytes, kind))
        let size = try #require(FileSignature.imageSize(bytes, kind))
        #expect(size.width == width && size.height == height)
        // No other kind claims the file.
        for other in AttachmentKind.allCases where other != kind {
            #expect(!FileSignature.matches(bytes, other), "\(name) taken for \(other)")
        }
    }

    @Test func truncatedHeadersGiveNoSize() throws {
        for (name, kind, _, _) in Self.images {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            for length in [0, 1, 5, 11, 15, 20, 23] {
                _ = FileSignature.imageSize(Array(bytes.prefix(length)), kind)
            }
            #expect(FileSignature.imageSize(Array(bytes.prefix(8)), kind) == nil || kind == .gif)
        }
    }

    @Test func openDocumentIsToldByItsMimetypeEntry() {
        // The first entry of an OpenDocument ZIP, as the format requires it: `mimetype`, stored.
        func zip(_ mimetype: String) -> [UInt8] {
            var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            let size = UInt32(mimetype.utf8.count)
            bytes += [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), 0, 0, UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), 0, 0, 8, 0, 0, 0]
            return bytes + Array("mimetype".utf8) + Array(mimetype.utf8)
        }
        #expect(FileSignature.matches(zip("application/vnd.oasis.opendocument.text"), .odt))
        #expect(!FileSignature.matches(zip("application/vnd.oasis.opendocument.text"), .ods))
        #expect(FileSignature.matches(zip("application/vnd.oasis.opendocument.spreadsheet"), .ods))
        #expect(FileSignature.matches(zip("application/vnd.oasis.opendocument.text"), .docx))
        #expect(!FileSignature.matches(Array("%PDF-1.7".utf8), .docx))
    }

    @Test func aPDFHeaderMayFollowAFewBytes() {
        #expect(FileSignature.matches(Array("%PDF-1.4\n".utf8), .pdf))
        #expect(FileSignature.matches(Array("\u{FEFF}   %PDF-1.4\n".utf8), .pdf))
        #expect(!FileSignature.matches(Array(String(repeating: " ", count: 1100).utf8) + Array("%PDF-1.4".utf8), .pdf))
    }

    @Test func sizesAsACitizenReadsThem() {
        #expect(Attachment.sizeText(512) == "512 B")
        #expect(Attachment.sizeText(240_400) == "240 KB")
        #expect(Attachment.sizeText(1_234_567) == "1,2 MB")
        #expect(Attachment.sizeText(5_000_001) == "5 MB")
    }
}
