import Foundation
import LenteraDiagnostics
import LenteraFiles
import LenteraTesting
import Testing

/// The three readers of one regular file — `RegularFile` (whole), `FileHead` (the first
/// bytes and the size) and `FileChunks` (in pieces) — open it the same way: never through a
/// link at the last component (unless `RegularFile` is asked to follow), never a FIFO, a
/// socket, a device or a folder, each refused with the same problem. Every case runs within
/// a time limit: a reader that opened a FIFO without `O_NONBLOCK` would wait for a writer.
@Suite struct RegularFileReadersTests {
    /// What each reader made of `path`: its bytes (as text) or its problem.
    struct Outcome: Sendable, Equatable {
        var whole: Result<String, EntryProblem>
        var followed: Result<String, EntryProblem>
        var head: Result<String, EntryProblem>
        var headSize: Int?
        var chunks: Result<String, EntryProblem>
    }

    static func readAll(_ path: String, headCount: Int = 4) throws -> Outcome {
        try #require(withTimeLimit(seconds: 10) {
            let text: ([UInt8]) -> String = { String(decoding: $0, as: UTF8.self) }
            let head = FileHead.read(path, count: headCount)
            let chunks: Result<String, EntryProblem>
            do throws(EntryProblem) {
                let source = try FileChunks(path)
                var buffer: [UInt8] = []
                while try source.read(into: &buffer, count: 3) {}
                chunks = .success(text(buffer))
            } catch {
                chunks = .failure(error)
            }
            return Outcome(whole: RegularFile.read(path).map(text),
                           followed: RegularFile.read(path, followingLinks: true).map(text),
                           head: head.map { text($0.bytes) }, headSize: try? head.get().size,
                           chunks: chunks)
        }, "a reader blocked")
    }

    @Test func aRegularFileIsReadWholeByHeadAndInPieces() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("berkas.txt")
            try Data("pelayanan publik".utf8).write(to: file)
            let outcome = try Self.readAll(file.path)
            #expect(outcome == Outcome(whole: .success("pelayanan publik"), followed: .success("pelayanan publik"),
                                       head: .success("pela"), headSize: 16, chunks: .success("pelayanan publik")))
        }
    }

    @Test func anEmptyFileAndAHeadLongerThanTheFile() throws {
        try withTemporaryFolder { folder in
            let empty = folder.appendingPathComponent("kosong.txt")
            try Data().write(to: empty)
            let emptyOutcome = try Self.readAll(empty.path)
            #expect(emptyOutcome == Outcome(whole: .success(""), followed: .success(""),
                                            head: .success(""), headSize: 0, chunks: .success("")))
            let short = folder.appendingPathComponent("pendek.txt")
            try Data("ab".utf8).write(to: short)
            let outcome = try Self.readAll(short.path, headCount: 1024)
            #expect(outcome.head == .success("ab") && outcome.headSize == 2)
        }
    }

    @Test func aLinkIsRefusedByEachReaderUnlessFollowingIsAsked() throws {
        try withTemporaryFolder { folder in
            let target = folder.appendingPathComponent("asli.txt")
            try Data("isi".utf8).write(to: target)
            let link = folder.appendingPathComponent("tautan.txt")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
            let refused = EntryProblem.unreadable(reason: Message("files.replaced-by-link"))
            let outcome = try Self.readAll(link.path)
            #expect(outcome == Outcome(whole: .failure(refused), followed: .success("isi"),
                                       head: .failure(refused), headSize: nil, chunks: .failure(refused)))
        }
    }

    /// A FIFO (refused without waiting for a writer) and a folder in place of a file: each
    /// kind named as the catalogue's `files.kind.*` names it.
    @Test(arguments: ["fifo", "folder"])
    func aSpecialFileIsRefusedByEachReader(kind: String) throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("pipa.pdf").path
            if kind == "fifo" {
                #expect(mkfifo(path, 0o644) == 0)
            } else {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            }
            let special = EntryProblem.specialFile(kind: Message("files.kind.\(kind)"))
            let outcome = try Self.readAll(path)
            #expect(outcome == Outcome(whole: .failure(special), followed: .failure(special),
                                       head: .failure(special), headSize: nil, chunks: .failure(special)))
        }
    }

    @Test func aMissingFileIsUnreadableWithTheSystemsReason() throws {
        try withTemporaryFolder { folder in
            let missing = folder.appendingPathComponent("tidak-ada.txt").path
            let outcome = try Self.readAll(missing)
            let reason = EntryProblem.unreadable(reason: Message("files.system-error", ["reason": .text(String(cString: strerror(ENOENT)))]))
            #expect(outcome == Outcome(whole: .failure(reason), followed: .failure(reason),
                                       head: .failure(reason), headSize: nil, chunks: .failure(reason)))
        }
    }

    @Test func onlyTheWholeReaderIsBoundBySize() throws {
        try withTemporaryFolder { folder in
            let large = folder.appendingPathComponent("besar.bin")
            #expect(FileManager.default.createFile(atPath: large.path, contents: nil))
            let handle = try FileHandle(forWritingTo: large)
            try handle.truncate(atOffset: UInt64(RegularFile.maximumSize + 1))
            try handle.close()
            #expect(RegularFile.read(large.path) == .failure(.tooLarge(bytes: RegularFile.maximumSize + 1)))
            let head = try FileHead.read(large.path, count: 8).get()
            #expect(head == FileHead(bytes: [UInt8](repeating: 0, count: 8), size: RegularFile.maximumSize + 1))
        }
    }
}
