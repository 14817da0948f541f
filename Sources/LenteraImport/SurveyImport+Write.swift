import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

/// Where an import writes: only into real folders inside the content folder.
///
/// The result goes into `units/<unit>/survei/`. Each folder on the way is opened from the
/// content folder one name at a time, never through a symbolic link (`OpenFolder`), and
/// the result is written whole relative to the last one (`AtomicFile`): into
/// `.<name>.lentera-import-<pid>-<random>.tmp`, created exclusively and synced, then
/// renamed over the result. A link on the way — even one the content loader accepts, to
/// a folder inside the content folder — is refused (`import.unsafe-folder`), and so is a
/// folder the loader reported an error about; nothing is written then.
extension SurveyImport {
    /// The loader's errors about the result's folder, a folder on the way to it, or the
    /// result itself, then why the import stops; empty when there are none.
    func folderProblems(_ diagnostics: [Diagnostic], folder: String, result: String) -> [Diagnostic] {
        var paths: [String] = [], walked = ""
        for name in folder.split(separator: "/") {
            walked += (walked.isEmpty ? "" : "/") + name
            paths.append(display(walked))
        }
        paths.append(display(result))
        let found = diagnostics.filter { $0.severity == .error && paths.contains($0.location?.file ?? "") }
        guard let first = found.first?.location?.file else { return [] }
        return found + [unsafe(first, .message(Message("import.unsafe-folder.has-error")))]
    }

    /// `import.unsafe-folder` for the folder `display`, which `problem`.
    func unsafe(_ display: String, _ problem: Message.Argument) -> Diagnostic {
        .error("import.unsafe-folder", at: SourceLocation(file: display),
               Message("import.unsafe-folder", ["folder": .text(display), "problem": problem]),
               advice: Message("import.unsafe-folder.hint", ["content": .text(request.contentDisplay)]))
    }

    /// Writes `text` as `name` into `folder` (relative to the content folder), made if
    /// absent; first removes the temporaries killed imports left there.
    func writeResult(_ text: String, as name: String, in folder: String) throws(Failure) {
        let root: OpenFolder, opened: OpenFolder
        do {
            root = try OpenFolder(path: request.content.path)
        } catch {
            throw Failure(diagnostics: [writeFailed(request.contentDisplay, Message("import.write-failed.content-folder", ["problem": .text(error.words)]))])
        }
        do {
            opened = try root.folder(path: folder, create: true)
        } catch {
            switch error.problem {
            case .symbolicLink, .notAFolder:
                throw Failure(diagnostics: [unsafe(display(error.path), .text(error.problem.words))])
            case .failed(let reason, _):
                throw Failure(diagnostics: [writeFailed(display(error.path), Message("import.write-failed.folder", ["reason": .text(reason)]))])
            }
        }
        Self.removeTemporaries(in: opened)
        let temporary = ".\(name).lentera-import-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16)).tmp"
        var text = text
        do {
            // The buffer lives for the closure, which writes it and keeps no pointer to it.
            try text.withUTF8 { try AtomicFile.write(UnsafeRawBufferPointer($0), as: name, in: opened, temporary: temporary, sync: true) }
        } catch {
            throw Failure(diagnostics: [writeFailed(display(folder + "/" + name), Message("import.write-failed.result", ["reason": .text("\(error)")]))])
        }
    }

    private func writeFailed(_ display: String, _ message: Message) -> Diagnostic {
        .error("import.write-failed", at: SourceLocation(file: display), message, advice: Message("import.write-failed.hint"))
    }

    /// Removes the temporaries killed imports left in `folder`: this release's
    /// (`.<name>.lentera-import-….tmp`) and earlier ones' (`.<name>.yaml.<pid>.tmp`). Called
    /// with the content folder's lock held, so no running import owns one. A name is
    /// unlinked itself, relative to the folder: a link is removed, never what it leads to.
    static func removeTemporaries(in folder: OpenFolder) {
        for name in folder.names() where isTemporary(name) { folder.remove(name) }
    }

    static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        return name.contains(".lentera-import-") || name.contains(".yaml.") || name.contains(".json.")
    }
}
