import Foundation
import LenteraFiles
import LenteraTesting
import Testing

/// The preview's look at the folders the kernel names (`FolderWatch.takeChanges`,
/// `FolderStamps.refreshing`) gives what a look at everything gives: random changes to a
/// small tree — files written in place and renamed over, added, removed, renamed across
/// folders; folders made (with files), removed (with files), renamed, replaced by a file or
/// a link — with the real kernel's watch, compared after every change with a full look.
@Suite struct FolderRefreshTests {
    @Test(arguments: [1, 2, 3] as [UInt64]) func refreshingTheNamedFoldersEqualsAFullLook(seed: UInt64) throws {
        try withTemporaryFolder { root in
            var random = SplitMix64(seed: seed)
            let base = root.path
            let manager = FileManager.default
            for folder in ["a", "a/b", "c"] { try manager.createDirectory(atPath: "\(base)/\(folder)", withIntermediateDirectories: true) }
            for file in ["a/1.md", "a/b/2.md", "c/3.md"] { try Data("x".utf8).write(to: URL(fileURLWithPath: "\(base)/\(file)")) }
            let watch = try #require(FolderWatch())
            defer { watch.stop() }
            var seen = FolderStamps.look(at: [base])
            watch.watch(Array(seen.folders.keys))
            for step in 0..<60 {
                let before = seen
                let what = try Self.change(base, &random)
                // The kernel has queued its events by the time the calls return.
                _ = watch.wait()
                let folders = try #require(watch.takeChanges(), "step \(step): the watch lost events")
                seen = before.refreshing(folders)
                let full = FolderStamps.look(at: [base])
                let same = seen == full
                #expect(same, "seed \(seed), step \(step) (\(what)): refreshed \(folders.sorted()) differs from a full look at \(full.differences(since: seen))")
                if !same { return }
                watch.watch(Array(seen.folders.keys))
            }
        }
    }

    /// A folder given to the watch is named as changed (what was written in it before its
    /// watch existed is looked at); a folder removed loses its watch, so one made again under
    /// its name (perhaps with the old inode) is watched again.
    @Test func newFoldersAreNamedAndRemovedOnesUnwatched() throws {
        try withTemporaryFolder { root in
            let folder = root.appendingPathComponent("a").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let watch = try #require(FolderWatch())
            defer { watch.stop() }
            watch.watch([root.path, folder])
            #expect(watch.takeChanges() == [root.path, folder])
            #expect(watch.unwatched([root.path, folder]).isEmpty)
            try FileManager.default.removeItem(atPath: folder)
            _ = watch.wait()
            #expect(watch.unwatched([root.path, folder]) == [folder])
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            watch.watch(watch.unwatched([folder]))
            #expect(watch.unwatched([folder]).isEmpty)
        }
    }

    /// One random change under `base`; what it was.
    static func change(_ base: String, _ random: inout SplitMix64) throws -> String {
        let manager = FileManager.default
        let all = FolderStamps.look(at: [base]).entries.keys.filter { $0 != base }.sorted()
        let folders = [base] + all.filter { (try? manager.attributesOfItem(atPath: $0)[.type] as? FileAttributeType) == .typeDirectory }
        let files = all.filter { !folders.contains($0) }
        let folder = random.pick(folders)
        let name = "\(folder)/n\(random.int(0...99))"
        switch random.below(9) {
        case 0 where !files.isEmpty:
            let file = random.pick(files)
            try? manager.removeItem(atPath: file)
            try Data("isi \(random.int(0...9))".utf8).write(to: URL(fileURLWithPath: file))
            return "write \(file) in place"
        case 1 where !files.isEmpty:
            let file = random.pick(files)
            try Data("baru \(random.int(0...9))".utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
            return "rename a new file over \(file)"
        case 2:
            try? Data("x".utf8).write(to: URL(fileURLWithPath: name + ".md"))
            return "add \(name).md"
        case 3 where !files.isEmpty:
            let file = random.pick(files)
            try manager.removeItem(atPath: file)
            return "remove \(file)"
        case 4 where !files.isEmpty:
            let file = random.pick(files)
            let target = name + ".md"
            if !manager.fileExists(atPath: target) { try manager.moveItem(atPath: file, toPath: target) }
            return "move \(file) to \(target)"
        case 5:
            try? manager.createDirectory(atPath: name + "/dalam", withIntermediateDirectories: true)
            try? Data("y".utf8).write(to: URL(fileURLWithPath: name + "/dalam/f.md"))
            return "make \(name)/dalam with a file"
        case 6 where folders.count > 1:
            let gone = random.pick(Array(folders.dropFirst()))
            try manager.removeItem(atPath: gone)
            return "remove the folder \(gone)"
        case 7 where folders.count > 1:
            let moved = random.pick(Array(folders.dropFirst()))
            let target = "\(base)/m\(random.int(0...99))"
            if !manager.fileExists(atPath: target) && !target.hasPrefix(moved + "/") { try manager.moveItem(atPath: moved, toPath: target) }
            return "move the folder \(moved) to \(target)"
        case 8 where !files.isEmpty:
            let file = random.pick(files)
            try manager.removeItem(atPath: file)
            if random.chance(50) {
                try manager.createDirectory(atPath: file, withIntermediateDirectories: false)
                return "replace \(file) by a folder"
            }
            try manager.createSymbolicLink(atPath: file, withDestinationPath: "/etc")
            return "replace \(file) by a link"
        default:
            try? Data("z".utf8).write(to: URL(fileURLWithPath: "\(base)/root-\(random.int(0...9)).md"))
            return "write a file at the top"
        }
    }
}
