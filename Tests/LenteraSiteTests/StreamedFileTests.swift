import Foundation
@testable import LenteraRender
@testable import LenteraSite
import LenteraTesting
import Testing

/// A file written as it is produced (`StagedOutput.stream`) takes part in the output's
/// manifest like any other: created exclusively in a fresh tree; in a spare, left
/// untouched when its bytes did not change and replaced when they did.
@Suite struct StreamedFileTests {
    /// About 110 KB, so that the buffer is flushed more than once, in pieces of uneven size.
    static func table(_ marker: String) -> [String] {
        (0..<10_000).map { "\(marker),\($0),\($0 % 7)\r\n" }
    }

    /// One build of a tiny site: a page written whole and `data/t.csv` streamed.
    @discardableResult
    static func build(into output: URL, _ lines: [String], fresh: Bool = false) throws -> StagedOutput {
        let staged = try StagedOutput(destination: output, fresh: fresh)
        try staged.makeFolder(of: "data/t.csv")
        let file = try staged.stream("data/t.csv")
        for line in lines { file.append(line) }
        try file.finish()
        try staged.write("index.html", text: "<p>beranda</p>\n")
        try staged.publish()
        return staged
    }

    static func identity(of url: URL) throws -> (inode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return ((attributes[.systemFileNumber] as! NSNumber).intValue, attributes[.modificationDate] as! Date)
    }

    /// The manifest the output keeps for its published tree.
    static func publishedManifest(_ folder: URL) throws -> OutputManifest {
        let inode = try #require(OutputManifest.inode(of: folder.appendingPathComponent("public").path))
        return try #require(OutputManifest.read(from: folder.appendingPathComponent(".public.lentera/manifest-\(inode)")))
    }

    @Test func aFreshTreeGetsTheStreamedBytesAndTheirManifestEntry() throws {
        try withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("public")
            let lines = Self.table("a")
            let staged = try Self.build(into: output, lines)
            #expect(!staged.reusedSpare)
            let expected = Data(lines.joined().utf8)
            #expect(try Data(contentsOf: output.appendingPathComponent("data/t.csv")) == expected)
            // The hash computed as the bytes went out is the hash of the whole file.
            let entry = expected.withUnsafeBytes { OutputManifest.Entry(size: $0.count, hash: OutputManifest.hash($0)) }
            #expect(try Self.publishedManifest(folder).files["data/t.csv"] == entry)
        }
    }

    @Test func aFreshTreeCreatesAStreamedFileExclusively() throws {
        try withTemporaryFolder { folder in
            let staged = try StagedOutput(destination: folder.appendingPathComponent("public"))
            try staged.makeFolder(of: "data/t.csv")
            let first = try staged.stream("data/t.csv")
            first.append("satu\n")
            try first.finish()
            #expect(throws: StagedOutput.Failure.self) { try staged.stream("data/t.csv") }
            staged.discard()
        }
    }

    @Test func aSpareKeepsAnUnchangedStreamedFileAsItIs() throws {
        try withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("public")
            let lines = Self.table("a")
            try Self.build(into: output, lines)
            try Self.build(into: output, lines)
            // The tree of the first build is now the spare; the third build updates it.
            let spareFile = folder.appendingPathComponent(".public.lentera/spare/data/t.csv")
            let before = try Self.identity(of: spareFile)
            Thread.sleep(forTimeInterval: 0.02)
            let staged = try Self.build(into: output, lines)
            #expect(staged.reusedSpare)
            #expect(staged.filesChanged == 0)
            #expect(staged.filesUnchanged == 2)
            let published = output.appendingPathComponent("data/t.csv")
            let after = try Self.identity(of: published)
            #expect(after.inode == before.inode, "the file was replaced")
            #expect(after.modified == before.modified, "the file was rewritten")
            #expect(try Data(contentsOf: published) == Data(lines.joined().utf8))
            #expect(FolderSnapshot.names(in: output.appendingPathComponent("data")) == ["t.csv"], "a temporary file is left")
        }
    }

    @Test func aSpareGetsAChangedStreamedFileReplaced() throws {
        try withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("public")
            try Self.build(into: output, Self.table("a"))
            try Self.build(into: output, Self.table("a"))
            let before = try Self.identity(of: folder.appendingPathComponent(".public.lentera/spare/data/t.csv"))
            // Same size, other bytes: the hash tells them apart.
            let changed = Self.table("b")
            let staged = try Self.build(into: output, changed)
            #expect(staged.reusedSpare)
            #expect(staged.filesChanged == 1)
            #expect(staged.filesUnchanged == 1)
            let published = output.appendingPathComponent("data/t.csv")
            #expect(try Self.identity(of: published).inode != before.inode)
            #expect(try Data(contentsOf: published) == Data(changed.joined().utf8))
            #expect(FolderSnapshot.names(in: output.appendingPathComponent("data")) == ["t.csv"], "a temporary file is left")
            let entry = Data(changed.joined().utf8).withUnsafeBytes { OutputManifest.Entry(size: $0.count, hash: OutputManifest.hash($0)) }
            #expect(try Self.publishedManifest(folder).files["data/t.csv"] == entry)
        }
    }

    /// A streamed file given up half way (an error elsewhere) leaves no temporary behind.
    @Test func anUnfinishedStreamedFileLeavesNoTemporary() throws {
        try withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("public")
            try Self.build(into: output, ["a\n"])
            try Self.build(into: output, ["a\n"])
            let staged = try StagedOutput(destination: output)
            #expect(staged.reusedSpare)
            do {
                let file = try staged.stream("data/t.csv")
                file.append(String(repeating: "x", count: 100_000))
            }
            let spareData = folder.appendingPathComponent(".public.lentera/spare/data")
            #expect(FolderSnapshot.names(in: spareData) == ["t.csv"])
            #expect(try Data(contentsOf: spareData.appendingPathComponent("t.csv")) == Data("a\n".utf8))
            staged.discard()
        }
    }

    /// The hash fed in pieces of any size equals the hash of all the bytes at once.
    @Test func theHashDoesNotDependOnHowTheBytesAreCut() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 7, 8, 9, 15, 16, 17, 100, 4099] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = bytes.withUnsafeBytes { OutputManifest.hash($0) }
            for _ in 0..<20 {
                var hasher = OutputManifest.Hasher()
                var start = 0
                while start < size {
                    let end = min(size, start + Int.random(in: 0...11, using: &generator))
                    bytes[start..<end].withUnsafeBytes { hasher.update($0) }
                    start = end
                }
                #expect(hasher.count == size)
                #expect(hasher.finalize() == whole)
            }
        }
        // The size is part of the hash: zero bytes are not nothing.
        let empty = [UInt8]().withUnsafeBytes { OutputManifest.hash($0) }
        let zeros = [UInt8](repeating: 0, count: 8).withUnsafeBytes { OutputManifest.hash($0) }
        #expect(empty != zeros)
    }

    /// A table's rows, encoded a row at a time, give the CSV and JSON texts of the open
    /// data: CRLF lines and quoting in the CSV, one object per line and escapes in the JSON.
    @Test func aTableIsEncodedARowAtATime() {
        typealias F = OpenDataTable.Field
        let fields = [F(name: "nama", type: "string", description: ""), F(name: "n", type: "integer", description: ""),
                      F(name: "x", type: "number", description: "")]
        func encode(_ rows: [OpenDataTable.Row]) -> (csv: String, json: String) {
            let table = OpenDataTable(name: "t", title: "T", description: "", fields: fields) { body in rows.forEach(body) }
            var csv = Array(table.csvHeader.utf8), json = Array(OpenDataTable.jsonStart.utf8)
            var index = 0
            table.forEachRow { row in
                table.append(row, index: index, csv: &csv, json: &json)
                index += 1
            }
            json += Array(OpenDataTable.jsonEnd(rows: index).utf8)
            return (String(decoding: csv, as: UTF8.self), String(decoding: json, as: UTF8.self))
        }
        #expect(encode([]) == ("nama,n,x\r\n", "[\n]\n"))
        let rows: [OpenDataTable.Row] = [
            [.text("Dinas \"A\", Kota"), .int(3), .number(0.25, digits: 3)],
            [.text("tab\tbaris\nbel\u{7}"), .null, .null],
        ]
        let (csv, json) = encode(rows)
        #expect(csv == "nama,n,x\r\n\"Dinas \"\"A\"\", Kota\",3,0.250\r\n\"tab\tbaris\nbel\u{7}\",,\r\n")
        #expect(json == """
        [
          {"nama": "Dinas \\"A\\", Kota", "n": 3, "x": 0.250},
          {"nama": "tab\\tbaris\\nbel\\u0007", "n": null, "x": null}
        ]

        """)
    }
}
