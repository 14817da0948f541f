import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ContentStore {
    /// How long a save waits for another save to finish.
    static let lockWait = 30.0

    /// Prefix of a save's temporary file: hidden (a load never reads it), and removed by
    /// the next save in its folder when a save was killed before renaming it.
    static let temporaryPrefix = ".lentera-sunting-"

    /// One save at a time (`ExclusiveLock` on `.lentera-sunting/simpan.lock`): the file's
    /// version compared with the one it was opened at, the checks run, then the canonical
    /// text written whole (`write`).
    func saveFile(_ tree: ContentTree, as file: EditableFile) throws(EditorFileError) -> SaveOutcome {
        _ = try checked(file.path)
        guard !file.readOnly else {
            throw Self.error("editor.read-only", file.path, "editor.read-only", ["path": .text(file.path)], hint: "editor.read-only.hint")
        }
        let lock = try acquireLock()
        defer { lock.release() }
        let current = try currentBytes(file.path)
        let currentVersion = current.map(Self.version) ?? ""
        let text = canonicalText(of: tree, for: file)
        guard currentVersion == file.version else {
            let now: EditableFile
            if let current {
                now = try Self.editable(current, kind: file.kind, path: file.path, display: displayContent + "/" + file.path)
            } else {
                now = EditableFile(kind: file.kind, path: file.path, tree: .empty, version: "", text: "", hasComments: false,
                                   unit: file.unit, readOnly: false)
            }
            return .conflict(current: now, yours: text)
        }
        let (validation, after, fingerprint) = checks(of: tree, as: file)
        guard validation.isValid else { return .invalid(validation) }
        let bytes = Array(text.utf8)
        do { try write(bytes, to: file.path) } catch {
            baseline.forget()
            throw error
        }
        keepAsBaseline(after, written: bytes, as: file.path, since: fingerprint)
        let saved = try Self.editable(bytes, kind: file.kind, path: file.path, display: displayContent + "/" + file.path)
        let warnings = validation.byField.values.flatMap { $0 } + validation.inFile + validation.elsewhere
        return .saved(saved, before: current.map { String(decoding: $0, as: UTF8.self) }, warnings: warnings.sortedByLocation())
    }

    /// Test-only: when set (to a file's path), a save stops between its synced temporary
    /// and the rename, writes the temporary's name into that file, and waits to be killed
    /// (`KilledSaveTests` kills a real process there). Read only at that point; see
    /// docs/editor.md, "Saving".
    static let pauseVariable = "LENTERA_TEST_PAUSE_BEFORE_RENAME"

    /// Says where the save stopped (the marker written whole: a temporary renamed into
    /// place), then sleeps until the process is killed.
    static func pauseForTest(marker: String, temporary: String) -> Never {
        let partial = marker + ".partial"
        _ = FileManager.default.createFile(atPath: partial, contents: Data(temporary.utf8))
        rename(partial, marker)
        while true { sleep(60) }
    }

    func acquireLock() throws(EditorFileError) -> ExclusiveLock {
        let folder = stateFolder.path
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw Self.error("editor.state-folder", nil, "editor.state-folder", ["folder": .text(folder), "reason": .text(String(cString: strerror(errno)))])
        }
        do {
            guard let lock = try ExclusiveLock.acquire(file: folder + "/simpan.lock", wait: Self.lockWait) else {
                throw Self.error("editor.busy", nil, "editor.busy", hint: "editor.busy.hint")
            }
            return lock
        } catch let failure as ExclusiveLock.Failure {
            throw EditorFileError(diagnostic: .error("editor.state-folder", at: nil, failure.message))
        } catch let error as EditorFileError {
            throw error
        } catch {
            throw Self.error("editor.busy", nil, "editor.busy", hint: "editor.busy.hint")
        }
    }

    /// Writes `bytes` as `path` whole or not at all: its folders opened one name at a time
    /// from the content folder, never through a link (made when missing); a temporary beside
    /// it created exclusively, written and synced; then renamed over the file; then the
    /// folder synced. A save killed before the rename leaves the old file as it was (and a
    /// hidden temporary, which the next save in that folder removes).
    func write(_ bytes: [UInt8], to path: String) throws(EditorFileError) {
        let name = PathText.lastComponent(path), parent = PathText.parent(path)
        let folder: OpenFolder
        do {
            let root = try OpenFolder(path: content.path)
            folder = parent.isEmpty ? root : try root.folder(path: parent, create: true)
        } catch let problem as OpenFolderPathProblem {
            throw Self.error("editor.write-failed", path, "editor.write-failed", ["path": .text(path), "reason": .message(problem.problem.message)],
                             hint: "editor.write-failed.hint")
        } catch let problem as OpenFolder.Problem {
            throw Self.error("editor.write-failed", path, "editor.write-failed", ["path": .text(path), "reason": .message(problem.message)],
                             hint: "editor.write-failed.hint")
        } catch {
            throw Self.error("editor.write-failed", path, "editor.write-failed", ["path": .text(path), "reason": .text("\(error)")], hint: "editor.write-failed.hint")
        }
        for leftover in folder.names() where leftover.hasPrefix(Self.temporaryPrefix) { folder.remove(leftover) }
        let temporary = Self.temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        func failed(_ reason: String) -> EditorFileError {
            Self.error("editor.write-failed", path, "editor.write-failed", ["path": .text(path), "reason": .text(reason)], hint: "editor.write-failed.hint")
        }
        let descriptor = openat(folder.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failed(String(cString: strerror(errno))) }
        var problem: String?
        do {
            try bytes.withUnsafeBytes { buffer in try AtomicFile.writeAll(buffer, to: descriptor) }
        } catch let failure as AtomicFile.Failure {
            problem = failure.reason
        } catch {
            problem = "\(error)"
        }
        if problem == nil && fsync(descriptor) != 0 { problem = String(cString: strerror(errno)) }
        if close(descriptor) != 0 && problem == nil { problem = String(cString: strerror(errno)) }
        if let problem {
            folder.remove(temporary)
            throw failed(problem)
        }
        if let marker = ProcessInfo.processInfo.environment[Self.pauseVariable] {
            Self.pauseForTest(marker: marker, temporary: temporary)
        }
        if let beforeRename {
            // A test's stand-in for a process killed here: the temporary stays, as it would.
            do { try beforeRename(temporary) } catch { throw failed("\(error)") }
        }
        guard renameat(folder.descriptor, temporary, folder.descriptor, name) == 0 else {
            let reason = String(cString: strerror(errno))
            folder.remove(temporary)
            throw failed(reason)
        }
        _ = fsync(folder.descriptor)
    }
}
