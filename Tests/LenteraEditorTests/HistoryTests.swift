import Foundation
import LenteraDiagnostics
import LenteraTesting
import Testing
@testable import LenteraEditor

/// A Git repository in a temporary folder, made by the test's own `git` runs (with an
/// identity of their own: the machine's configuration is not read).
private struct Repo {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }

    /// The environment of a machine where nobody configured Git: an empty home, no
    /// system file, and a stray `GIT_DIR` that the history must not follow.
    static func bareMachine(home: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_DIR"] = "/nonexistent/elsewhere.git"
        return environment
    }

    /// `git` in the repository, as its owner; the output.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Pemilik Repo", "-c", "user.email=pemilik@contoh.invalid",
                             "-c", "commit.gpgSign=false", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }

    func write(_ path: String, _ text: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }

    /// A repository whose first commit holds the minimal portal under `content/` and a README.
    static func make(in folder: URL, committed: Bool = true) throws -> Repo {
        let repo = Repo(root: folder)
        try TestPortal().write(to: repo.content)
        try Data("# Portal\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        try repo.git("init", "-q")
        if committed {
            try repo.git("add", ".")
            try repo.git("commit", "-q", "-m", "Portal pertama")
        }
        return repo
    }

    func history(home: URL) throws -> GitHistory {
        try #require(GitHistory(content: content, environment: Repo.bareMachine(home: home)))
    }
}

private let service = "units/\(TestPortal.unit)/layanan/\(TestPortal.service).md"
private let ani = ChangeAuthor(account: "ani", name: "Ani Rahmawati", email: "ani@dinas.contoh.go.id")
private let budi = ChangeAuthor(account: "budi", name: "Budi Santoso", email: nil)
private let date = Date(timeIntervalSince1970: 1_796_584_524)   // 2026-12-06T19:15:24Z

@Suite struct GitHistoryTests {
    @Test func commitsOnlyTheSavedFileWithTheOfficerAsAuthor() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder.appendingPathComponent("repo"))
            let home = folder.appendingPathComponent("home")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            // The owner's own work in progress: one change staged, one not.
            try Data("# Portal kota\n".utf8).write(to: repo.root.appendingPathComponent("README.md"))
            try repo.git("add", "README.md")
            try repo.write("portal.yaml", try repo.read("portal.yaml") + "# catatan\n")
            let before = try repo.read(service)
            try repo.write(service, before.replacingOccurrences(of: "---\n", with: "---\n", options: [], range: nil) + "Tambahan.\n")

            try repo.history(home: home).record(path: service, before: before, after: try repo.read(service), author: ani,
                                                date: date, message: "")

            #expect(try repo.git("log", "-1", "--format=%an|%ae|%cn|%ce|%at") ==
                    "Ani Rahmawati|ani@dinas.contoh.go.id|Lentera Sunting|sunting@lentera.invalid|1796584524\n")
            #expect(try repo.git("show", "--name-only", "--format=", "HEAD") == "content/\(service)\n")
            #expect(try repo.git("log", "-1", "--format=%s") == "Ubah \(service) lewat editor\n")
            #expect(try repo.git("log", "--format=%s").split(separator: "\n").count == 2)
            // The owner's work is as it was: README still staged, portal.yaml still unstaged.
            #expect(try repo.git("diff", "--cached", "--name-only") == "README.md\n")
            #expect(try repo.git("diff", "--name-only") == "content/portal.yaml\n")
        }
    }

    @Test func anAccountWithoutAddressGetsAPlaceholderThatReachesNobody() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let before = try repo.read(service)
            try repo.write(service, before + "Lagi.\n")
            try repo.history(home: folder).record(path: service, before: before, after: try repo.read(service), author: budi,
                                                  date: date, message: "Memperbarui persyaratan")
            #expect(try repo.git("log", "-1", "--format=%an <%ae>") == "Budi Santoso <budi@pengguna.lentera.invalid>\n")
            #expect(try repo.git("log", "-1", "--format=%B") ==
                    "Ubah \(service) lewat editor\n\nMemperbarui persyaratan\n\nLentera-Akun: budi\n\n")
        }
        #expect(GitHistory.address(of: ChangeAuthor(account: "a<b>\n", name: "")) == "ab@pengguna.lentera.invalid")
        #expect(GitHistory.identityText("Ani <ani@x>\nEvil") == "Ani  ani@x  Evil")
    }

    @Test func newAndRemovedFilesAreCommittedAndTheirDifferencesShown() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let history = try repo.history(home: folder)
            let page = "pages/tentang.md"
            try repo.write(page, "---\njudul: Tentang\n---\nIsi.\n")
            try history.record(path: page, before: nil, after: try repo.read(page), author: ani, date: date, message: "")
            let added = try #require(try history.changes(under: "pages", limit: 5).first)
            #expect(added.paths == [page])
            #expect(added.message == "Tambah \(page) lewat editor")
            #expect(try history.difference(of: added.id) ==
                    [FileDifference(path: page, lines: [.added("---"), .added("judul: Tentang"), .added("---"), .added("Isi.")], status: .added)])

            try FileManager.default.removeItem(at: repo.content.appendingPathComponent(page))
            try history.record(path: page, before: "---\njudul: Tentang\n---\nIsi.\n", after: nil, author: ani, date: date.addingTimeInterval(60),
                               message: "")
            #expect(try repo.git("ls-files", "content/pages") == "")
            let removed = try #require(try history.changes(under: "pages", limit: 5).first)
            #expect(removed.message == "Hapus \(page) lewat editor")
            #expect(try history.difference(of: removed.id).map(\.status) == [.removed])
            #expect(try history.difference(of: removed.id).first?.lines.allSatisfy { if case .removed = $0 { true } else { false } } == true)
        }
    }

    @Test func anUploadedFileIsCommittedAndShownAsNotText() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let history = try repo.history(home: folder)
            let path = "units/\(TestPortal.unit)/berkas/sk-standar-pelayanan.pdf"
            let url = repo.content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF, 0xFE]).write(to: url)
            try history.record(path: path, before: nil, after: "", author: ani, date: date, message: "")
            let change = try #require(try history.changes(under: "units/\(TestPortal.unit)/berkas", limit: 1).first)
            #expect(try history.difference(of: change.id) == [FileDifference(path: path, lines: [], status: .added, binary: true)])
        }
    }

    @Test func aSaveThatChangesNothingMakesNoCommit() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let text = try repo.read(service)
            try repo.history(home: folder).record(path: service, before: text, after: text, author: ani, date: date, message: "")
            #expect(try repo.git("rev-list", "--count", "HEAD") == "1\n")
        }
    }

    @Test func changesAreListedNewestFirstUnderAUnit() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let history = try repo.history(home: folder)
            let other = "units/dinas-lain/unit.md"
            for (step, (path, author)) in [(service, ani), (other, budi), (service, budi)].enumerated() {
                let before = (try? repo.read(path))
                try repo.write(path, (before ?? "---\nnama: Dinas Lain\n---\n") + "Perubahan \(step).\n")
                try history.record(path: path, before: before, after: try repo.read(path), author: author,
                                   date: date.addingTimeInterval(Double(step) * 60), message: "")
            }
            let unit = try history.changes(under: "units/\(TestPortal.unit)/", limit: 10)
            // The two saves, then the owner's first commit that made the unit.
            #expect(unit.map(\.author.account) == ["budi", "ani", ""])
            #expect(unit.prefix(2).map(\.paths) == [[service], [service]])
            #expect(unit.prefix(2).map(\.date) == [date.addingTimeInterval(120), date])
            #expect(unit.first?.author.name == "Budi Santoso")
            #expect(try history.changes(under: "units/\(TestPortal.unit)", limit: 1).count == 1)
            // A unit whose name starts like another's is another unit.
            #expect(try history.changes(under: "units/dinas", limit: 10).isEmpty)
            let everything = try history.changes(under: "", limit: 10)
            #expect(everything.count == 4)
            #expect(everything.last?.author == ChangeAuthor(account: "", name: "Pemilik Repo", email: "pemilik@contoh.invalid"))
            #expect(everything.last?.paths.contains("portal.yaml") == true)
            // The README outside the content folder is not among the paths.
            #expect(everything.last?.paths.contains("README.md") == false)
            #expect(everything.last?.paths.contains { $0.hasPrefix("content/") || $0.hasPrefix("../") } == false)
        }
    }

    @Test func theDifferenceIsTheLinesBeforeAndAfter() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let history = try repo.history(home: folder)
            let before = try repo.read(service)
            let after = before.replacingOccurrences(of: "\n", with: "\n", options: [], range: nil)
                .split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 3 ? "baris diganti" : String($0.element) }.joined(separator: "\n")
            try repo.write(service, after)
            try history.record(path: service, before: before, after: after, author: ani, date: date, message: "")
            let change = try #require(try history.changes(under: "", limit: 1).first)
            let difference = try history.difference(of: change.id)
            #expect(difference == [FileDifference(path: service, lines: LineDifference.between(before, after))])
            #expect(difference.first?.lines.contains(.added("baris diganti")) == true)
            // An abbreviated id names the same change.
            #expect(try history.difference(of: String(change.id.prefix(12))) == difference)
        }
    }

    @Test func theFirstCommitOfAnEmptyRepositoryWorks() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder, committed: false)
            let history = try repo.history(home: folder)
            #expect(try history.changes(under: "", limit: 10).isEmpty)
            try history.record(path: service, before: nil, after: try repo.read(service), author: ani, date: date, message: "")
            let change = try #require(try history.changes(under: "", limit: 10).first)
            #expect(change.paths == [service])
            #expect(try history.difference(of: change.id).map(\.status) == [.added])
            // Only the saved file, not the rest of the portal waiting in the work tree.
            #expect(try repo.git("ls-files") == "content/\(service)\n")
        }
    }

    @Test func aCommitWaitsForAnotherGitsIndexLock() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let history = try repo.history(home: folder)
            // The owner's git holds the index for a moment (a thread of its own: the
            // record blocks this one).
            let lock = repo.root.appendingPathComponent(".git/index.lock")
            try Data().write(to: lock)
            let released = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: 0.4)
                try? FileManager.default.removeItem(at: lock)
                released.signal()
            }
            let before = try repo.read(service)
            try repo.write(service, before + "x\n")
            try history.record(path: service, before: before, after: before + "x\n", author: ani, date: date, message: "")
            released.wait()
            #expect(try repo.git("rev-list", "--count", "HEAD") == "2\n")
        }
    }

    @Test func hooksDoNotRun() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let hooks = repo.root.appendingPathComponent(".git/hooks")
            let marker = folder.appendingPathComponent("hook-ran")
            for hook in ["pre-commit", "commit-msg", "post-commit", "prepare-commit-msg"] {
                let file = hooks.appendingPathComponent(hook)
                try Data("#!/bin/sh\ntouch '\(marker.path)'\nexit 1\n".utf8).write(to: file)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
            }
            let before = try repo.read(service)
            try repo.write(service, before + "x\n")
            try repo.history(home: folder).record(path: service, before: before, after: before + "x\n", author: ani, date: date, message: "")
            #expect(try repo.git("rev-list", "--count", "HEAD") == "2\n")
            #expect(!FileManager.default.fileExists(atPath: marker.path))
        }
    }

    @Test func savesAtOnceAreAllCommitted() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let history = try repo.history(home: folder)
            let paths = (0..<4).map { "pages/halaman-\($0).md" }
            for path in paths { try repo.write(path, "---\njudul: \(path)\n---\n") }
            let failures = Locked(0)
            // Threads of their own, all at once.
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                do { try history.record(path: paths[index], before: nil, after: "", author: ani, date: date, message: "") } catch {
                    failures.withLock { $0 += 1 }
                }
            }
            #expect(failures.withLock { $0 } == 0)
            #expect(try repo.git("rev-list", "--count", "HEAD") == "5\n")
            #expect(Set(try history.changes(under: "pages", limit: 10).flatMap(\.paths)) == Set(paths))
        }
    }

    @Test func idsThatAreNotHashesNameNothing() throws {
        try withTemporaryFolder { folder in
            let repo = try Repo.make(in: folder)
            let history = try repo.history(home: folder)
            for id in ["--output=/tmp/x", "HEAD", "HEAD~1", "0000000000000000000000000000000000000000", ""] {
                #expect(throws: EditorFileError.self) { try history.difference(of: id) }
            }
            do {
                _ = try history.difference(of: "abcdef1234")
                Issue.record("an unknown id was found")
            } catch {
                #expect((error as? EditorFileError)?.diagnostic.code == "editor.history.not-found")
            }
            #expect(throws: EditorFileError.self) {
                try history.record(path: "../README.md", before: nil, after: "", author: ani, date: date, message: "")
            }
        }
    }

    @Test func aGitThatDoesNotFinishIsStoppedInTime() throws {
        try withTemporaryFolder { folder in
            // A `git` that never answers, found first on the PATH.
            let fake = folder.appendingPathComponent("git")
            try Data("#!/bin/sh\nexec sleep 30\n".utf8).write(to: fake)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
            var git = GitCommand(folder: folder)
            git.baseEnvironment["PATH"] = folder.path + ":/usr/bin:/bin"
            git.timeLimit = .milliseconds(300)
            git.killGrace = .milliseconds(200)
            let start = ContinuousClock.now
            #expect(git.run(["status"]) == nil)
            #expect(ContinuousClock.now - start < .seconds(10))
            do {
                _ = try git.require(["log"])
                Issue.record("a git that did not finish succeeded")
            } catch {
                #expect((error as? EditorFileError)?.diagnostic.code == "editor.history.git-failed")
            }
        }
    }

    @Test func theServersGitVariablesAreNotPassedOn() {
        let environment = GitCommand.environment(["GIT_DIR": "/x", "GIT_INDEX_FILE": "/y", "PATH": "/usr/bin", "HOME": "/h"])
        #expect(environment["GIT_DIR"] == nil && environment["GIT_INDEX_FILE"] == nil)
        #expect(environment["PATH"] == "/usr/bin" && environment["HOME"] == "/h")
        #expect(environment["GIT_TERMINAL_PROMPT"] == "0")
    }
}

@Suite struct ChangeHistoriesTests {
    @Test func gitInsideAWorkTreeElseTheLog() throws {
        try withTemporaryFolder { folder in
            let plain = folder.appendingPathComponent("plain/content")
            try TestPortal().write(to: plain)
            #expect(ChangeHistories.open(content: plain, state: folder.appendingPathComponent("plain/.lentera-sunting")) is AppendOnlyHistory)
            let repo = try Repo.make(in: folder.appendingPathComponent("repo"))
            #expect(ChangeHistories.open(content: repo.content, state: folder) is GitHistory)
            // A content folder the work tree ignores (and does not track) is kept out of Git by its owner.
            let ignoring = try Repo.make(in: folder.appendingPathComponent("ignoring"), committed: false)
            try Data("content/\n".utf8).write(to: ignoring.root.appendingPathComponent(".gitignore"))
            #expect(ChangeHistories.open(content: ignoring.content, state: folder) is AppendOnlyHistory)
        }
    }
}

@Suite struct AppendOnlyHistoryTests {
    @Test func recordsReadBackWithTheirDifference() throws {
        try withTemporaryFolder { folder in
            let state = folder.appendingPathComponent(".lentera-sunting")
            let history = AppendOnlyHistory(state: state)
            try history.record(path: service, before: "a\nb\n", after: "a\nc\n", author: ani, date: date, message: "")
            try history.record(path: "pages/baru.md", before: nil, after: "x\n", author: budi, date: date.addingTimeInterval(1), message: "Halaman baru")
            let all = try history.changes(under: "", limit: 10)
            #expect(all.map(\.paths) == [["pages/baru.md"], [service]])
            #expect(all.first?.author == budi)
            #expect(all.first?.message == "Tambah pages/baru.md lewat editor\n\nHalaman baru")
            #expect(all.last?.date == date)
            let unit = try history.changes(under: "units/\(TestPortal.unit)", limit: 10)
            #expect(unit.map(\.author.account) == ["ani"])
            #expect(try history.difference(of: unit[0].id) ==
                    [FileDifference(path: service, lines: [.same("a"), .removed("b"), .added("c")])])
            #expect(try history.difference(of: all[0].id).first?.status == .added)
            #expect(throws: EditorFileError.self) { try history.difference(of: "abcdef") }
            let attributes = try FileManager.default.attributesOfItem(atPath: state.appendingPathComponent("riwayat.jsonl").path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            // One JSON object per line, with the fields of the format.
            let lines = try String(contentsOf: state.appendingPathComponent("riwayat.jsonl"), encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 2)
            let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
            #expect(Set(first.keys) == ["id", "account", "name", "email", "date", "path", "message", "before", "after"])
            #expect(first["date"] as? String == "2026-12-06T19:15:24Z")
        }
    }

    @Test func recordsFromConcurrentThreadsAreAllKept() throws {
        try withTemporaryFolder { state in
            let history = AppendOnlyHistory(state: state)
            let long = String(repeating: "baris yang panjang sekali\n", count: 4000)   // ~100 KB a text: many `write`s' worth
            let failures = Locked(0)
            DispatchQueue.concurrentPerform(iterations: 16) { task in
                do {
                    try history.record(path: "pages/p\(task).md", before: long, after: long + "\(task)\n", author: ani, date: date, message: "")
                } catch {
                    failures.withLock { $0 += 1 }
                }
            }
            #expect(failures.withLock { $0 } == 0)
            let changes = try history.changes(under: "", limit: 100)
            #expect(changes.count == 16)
            #expect(Set(changes.map(\.id)).count == 16)
            #expect(Set(changes.flatMap(\.paths)).count == 16)
            let text = try String(contentsOf: state.appendingPathComponent("riwayat.jsonl"), encoding: .utf8)
            #expect(text.split(separator: "\n").count == 16)
        }
    }

    @Test func aLineCutShortIsSkippedAndTheNextRecordStartsAfreshLine() throws {
        try withTemporaryFolder { folder in
            let history = AppendOnlyHistory(state: folder)
            try history.record(path: service, before: "a\n", after: "b\n", author: ani, date: date, message: "")
            let log = folder.appendingPathComponent("riwayat.jsonl")
            let handle = try FileHandle(forWritingTo: log)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("{\"id\":\"0123abcd\",\"account\":\"ani\",\"na".utf8))
            try handle.close()
            #expect(try history.changes(under: "", limit: 10).count == 1)
            try history.record(path: service, before: "b\n", after: "c\n", author: budi, date: date, message: "")
            let changes = try history.changes(under: "", limit: 10)
            #expect(changes.map(\.author.account) == ["budi", "ani"])
            #expect(try history.difference(of: changes[0].id) == [FileDifference(path: service, lines: [.removed("b"), .added("c")])])
            let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 4)   // record, the cut line, record, and the empty rest after the last line end
            #expect(lines[1].hasPrefix("{\"id\":\"0123abcd\"") && lines[2].hasPrefix("{"))
        }
    }

    @Test func idsAreHexadecimalAndDistinct() {
        let ids = (0..<1000).map { _ in AppendOnlyHistory.newID(date) }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy { HistoryPath.isID($0) && $0.count == 28 })
        #expect(AppendOnlyHistory.newID(date) < AppendOnlyHistory.newID(date.addingTimeInterval(1)))
    }
}

@Suite struct LineDifferenceTests {
    /// Every pair of texts of up to 4 lines over two words, with and without a final line end.
    static let texts: [String] = {
        var sequences: [[String]] = [[]]
        for length in 1...4 {
            sequences += (0..<(1 << length)).map { bits in (0..<length).map { bits >> $0 & 1 == 0 ? "a" : "b" } }
        }
        return sequences.flatMap { lines in lines.isEmpty ? [""] : [lines.joined(separator: "\n") + "\n", lines.joined(separator: "\n")] }
    }()

    /// The lines (with their ends) a text splits into, as the difference counts them.
    static func lines(_ text: String) -> [String] { LineDifference.lines(of: text).map(\.compared) }

    /// The length of the longest common subsequence, by dynamic programming: a second way
    /// to the number of lines a minimal difference changes.
    static func commonLength(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test func theDifferenceRebuildsBothTextsAndIsMinimal() {
        for old in Self.texts {
            for new in Self.texts {
                let lines = LineDifference.between(old, new)
                var kept: [String] = [], made: [String] = []
                var changed = 0
                for line in lines {
                    switch line {
                    case .same(let text): kept.append(text); made.append(text)
                    case .removed(let text): kept.append(text); changed += 1
                    case .added(let text): made.append(text); changed += 1
                    }
                }
                #expect(kept == LineDifference.lines(of: old).map(\.text), "\(old.debugDescription) → \(new.debugDescription)")
                #expect(made == LineDifference.lines(of: new).map(\.text), "\(old.debugDescription) → \(new.debugDescription)")
                let a = Self.lines(old), b = Self.lines(new)
                #expect(changed == a.count + b.count - 2 * Self.commonLength(a, b), "\(old.debugDescription) → \(new.debugDescription)")
            }
        }
    }

    @Test func edgeCases() {
        #expect(LineDifference.between("", "") == [])
        #expect(LineDifference.between("", "a\n") == [.added("a")])
        #expect(LineDifference.between("a\n", "") == [.removed("a")])
        #expect(LineDifference.between("a\nb\n", "a\nb\n") == [.same("a"), .same("b")])
        // A line end added to the last line changes that line.
        #expect(LineDifference.between("a\nb", "a\nb\n") == [.same("a"), .removed("b"), .added("b")])
        // CRLF kept as written: every line changed when only the line ends did.
        #expect(LineDifference.between("a\r\nb\r\n", "a\nb\n") == [.removed("a\r"), .removed("b\r"), .added("a"), .added("b")])
        #expect(LineDifference.between("a\r\nb\r\n", "a\r\nc\r\n") == [.same("a\r"), .removed("b\r"), .added("c\r")])
        // Within a place that changed, the old lines come first.
        #expect(LineDifference.between("a\nb\nc\n", "a\nx\ny\nc\n") == [.same("a"), .removed("b"), .added("x"), .added("y"), .same("c")])
        #expect(LineDifference.between("\n\n", "\n") == [.same(""), .removed("")])
    }
}

@Suite struct HistoryViewTests {
    let change = Change(id: "0123456789abcdef", author: ChangeAuthor(account: "ani", name: "Ani <script>alert(1)</script>"),
                        date: date, paths: ["units/a/<b>.md"], message: "Ubah <script>x</script>\n\ncatatan")

    @Test func theListLinksEachChangeAndEscapesWhatItQuotes() {
        let html = HistoryView.list([change], unit: "dinas\"><x", language: .id, timeZone: TimeZone(identifier: "Asia/Jakarta")!)
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("\"><x"))
        #expect(html.contains("Ani &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("href=\"/_lentera/sunting/riwayat/dinas%22%3E%3Cx/0123456789abcdef\""))
        #expect(html.contains("<time datetime=\"2026-12-06T19:15:24Z\">7 Desember 2026"))
        #expect(html.contains("pukul 02.15 WIB"))
        #expect(html.contains("Lihat perbedaan"))
        #expect(HistoryView.list([], unit: "a", language: .en).contains("No change has been recorded yet."))
        let english = HistoryView.list([change], unit: "a", language: .en, timeZone: TimeZone(identifier: "UTC")!)
        #expect(english.contains("6 December 2026") && english.contains("19:15") && english.contains("Show the difference"))
    }

    @Test func theDifferenceIsNotToldByColourAlone() {
        let lines: [DiffLine] = [.same("a"), .removed("<script>b</script>"), .added("c & d"), .same("e\r")]
        let html = HistoryView.difference(change, [FileDifference(path: "units/a/<b>.md", lines: lines)], language: .id)
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        #expect(html.contains("<del><span class=\"riwayat-tanda\" aria-hidden=\"true\">−</span><span class=\"riwayat-tersembunyi\">dihapus: </span>&lt;script&gt;b&lt;/script&gt;</del>"))
        #expect(html.contains("<ins><span class=\"riwayat-tanda\" aria-hidden=\"true\">+</span><span class=\"riwayat-tersembunyi\">ditambahkan: </span>c &amp; d</ins>"))
        #expect(html.contains("e<span class=\"riwayat-cr\">␍</span>"))
        #expect(html.contains("1 baris ditambahkan, 1 baris dihapus"))
        #expect(html.contains("<code>ani</code>"))
        let english = HistoryView.difference(change, [FileDifference(path: "p", lines: [], status: .added, binary: true)], language: .en)
        #expect(english.contains("(new file)") && english.contains("cannot be shown line by line"))
        #expect(HistoryView.difference(change, [], language: .id).contains("tidak mengubah berkas"))
    }

    @Test func longUnchangedRunsAreFoldedToThreeLinesOfContext() {
        let lines = (0..<20).map { DiffLine.same("s\($0)") } + [.removed("x"), .added("y")] + (20..<30).map { DiffLine.same("s\($0)") }
        let parts = DifferenceFolding.fold(lines, context: 3)
        #expect(parts == [.folded(17)] + (17..<20).map { .line(.same("s\($0)")) } + [.line(.removed("x")), .line(.added("y"))]
                + (20..<23).map { .line(.same("s\($0)")) } + [.folded(7)])
        // A single line between two contexts is shown, not folded.
        let near = [DiffLine.added("a")] + (0..<7).map { DiffLine.same("s\($0)") } + [.added("b")]
        #expect(!DifferenceFolding.fold(near, context: 3).contains { if case .folded = $0 { true } else { false } })
        #expect(DifferenceFolding.fold((0..<5).map { DiffLine.same("\($0)") }, context: 3) == [.folded(5)])
        let html = HistoryView.difference(change, [FileDifference(path: "p", lines: lines)], language: .id)
        #expect(html.contains("17 baris tidak berubah (tidak ditampilkan)"))
        #expect(!html.contains(">s5<"))
    }
}
