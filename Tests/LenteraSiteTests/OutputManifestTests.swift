import Foundation
@testable import LenteraSite
import LenteraTesting
import Testing

/// The manifest is read back exactly as it was written, and a manifest with any line out of
/// shape is not read at all (the build then writes a new tree rather than trust it).
@Suite struct OutputManifestTests {
    static var manifest: OutputManifest {
        var manifest = OutputManifest()
        let files: [(String, Int, UInt64, UInt64, FileStamp)] = [
            ("index.html", 5, 0xdead_beef, 0x1234, FileStamp(size: 5, inode: 42, modified: 1_700_000_000_123_456_789, changed: 1_700_000_000_987_654_321)),
            ("unit/a b/index.html", 0, .max, 0, FileStamp(size: 0, inode: .max, modified: -1_000_000_000, changed: 0)),
            ("data/ikm.csv", 123_456, 0, .max, FileStamp(size: 123_456, inode: 7, modified: 0, changed: Int64.max)),
        ]
        for (path, size, hash, fingerprint, stamp) in files {
            manifest.files[path] = OutputManifest.Entry(size: size, hash: hash)
            manifest.stamps[path] = stamp
            if fingerprint != 0 { manifest.fingerprints[path] = fingerprint }
        }
        return manifest
    }

    static func written(_ manifest: OutputManifest) throws -> [UInt8] {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("manifest-1")
            try manifest.write(to: url)
            return Array(try Data(contentsOf: url))
        }
    }

    static func parsed(_ bytes: [UInt8]) -> OutputManifest? {
        bytes.withUnsafeBytes { OutputManifest.parse($0) }
    }

    /// The folders of a manifest are every proper prefix of a path that ends before a slash,
    /// as the plain definition gives them (paths with non-ASCII names and nested folders).
    @Test func theFoldersAreEveryFolderAboveAFile() {
        var manifest = OutputManifest()
        for path in ["index.html", "unit/a/index.html", "unit/a/layanan/x/index.html", "unit/é/ß/index.html", "data/ikm.csv", "unit/b/index.html"] {
            manifest.files[path] = OutputManifest.Entry(size: 0, hash: 0)
        }
        var expected: Set<String> = []
        for path in manifest.files.keys {
            let parts = path.split(separator: "/")
            for count in stride(from: 1, to: parts.count, by: 1) { expected.insert(parts.prefix(count).joined(separator: "/")) }
        }
        #expect(manifest.folders == expected)
        #expect(manifest.folders.contains("unit/é/ß") && manifest.folders.count == 8)
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let read = try #require(Self.parsed(try Self.written(Self.manifest)))
        #expect(read.files == Self.manifest.files)
        #expect(read.stamps == Self.manifest.stamps)
        #expect(read.fingerprints == Self.manifest.fingerprints)
    }

    /// `(what, text found, text put instead)`; an empty text found: `instead` is appended.
    @Test(arguments: [
        ("another version", "lentera-manifest 4", "lentera-manifest 3"),
        ("an uppercase hash", "deadbeef", "DEADBEEF"),
        ("a letter in a size", " 123456 ", " 12a456 "),
        ("a number too large", "ffffffffffffffff", "1ffffffffffffffff"),
        ("a field missing", " 42 ", " "),
        ("an empty line", "", "\n"),
        ("a line without a path", "", "1 1 0 1 1 1 \n"),
    ])
    func aManifestOutOfShapeIsNotRead(damage: String, found: String, instead: String) throws {
        let text = String(decoding: try Self.written(Self.manifest), as: UTF8.self)
        let damaged = found.isEmpty ? text + instead : text.replacingOccurrences(of: found, with: instead)
        #expect(damaged != text, "\(damage): the change did not apply")
        #expect(Self.parsed(Array(damaged.utf8)) == nil, "\(damage): read")
    }

    /// Cut anywhere but after a whole line: not read.
    @Test func aManifestCutShortIsNotRead() throws {
        let bytes = try Self.written(Self.manifest)
        for length in 0..<bytes.count where length == 0 || bytes[length - 1] != 0x0A {
            #expect(Self.parsed(Array(bytes.prefix(length))) == nil, "cut at \(length)")
        }
    }
}
