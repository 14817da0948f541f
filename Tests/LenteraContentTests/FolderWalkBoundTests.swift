import Foundation
import LenteraDiagnostics
import LenteraFiles
import LenteraTesting
import Testing

/// Regression (review of issue 11): links to one folder from many places multiply a tree
/// exponentially — two links a level, thirty levels deep, are a billion folders to walk.
/// The walk of a templates folder stops at `ClosedFolder.maximumWalkedFolders` and says so.
@Suite struct FolderWalkBoundTests {
    @Test func linksThatMultiplyATreeStopAtTheBound() throws {
        try withTemporaryFolder { folder in
            let manager = FileManager.default
            for level in 0...30 {
                let here = folder.appendingPathComponent("d\(level)")
                try manager.createDirectory(at: here, withIntermediateDirectories: true)
                try Data("x".utf8).write(to: here.appendingPathComponent("f.txt"))
                if level < 30 {
                    try manager.createSymbolicLink(atPath: here.appendingPathComponent("a").path, withDestinationPath: "../d\(level + 1)")
                    try manager.createSymbolicLink(atPath: here.appendingPathComponent("b").path, withDestinationPath: "../d\(level + 1)")
                }
            }
            let closed = try #require(ClosedFolder(resolving: folder.path))
            let start = Date()
            let walked = closed.walk()
            #expect(Date().timeIntervalSince(start) < 30)
            #expect(walked.refused.count == 1)
            #expect(walked.refused.first?.problem == .unreadable(reason: Message("files.too-many-folders", ["count": "10000"])))
            if case .unreadable(let reason)? = walked.refused.first?.problem {
                #expect(reason.text(in: .en) == "the folder holds more than 10000 folders (links to folders multiply them); the rest is not read")
            }
            #expect(walked.files.count <= ClosedFolder.maximumWalkedFolders)
            #expect(walked.files.count > 1000)
        }
    }
}
