import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ContentStore {
    /// An uploaded file stored as the build would publish it: an allowed type by its
    /// extension and by its first bytes (`FileSignature`, the build's own check: SVG and
    /// any other type refused with `lentera check`'s messages), no larger than the type's
    /// limit (`AttachmentKind.sizeLimit`: above it the build warns, the editor refuses), a
    /// safe name (`Slug.suggestion` of the name, its extension in lowercase, `-2`, `-3`…
    /// when taken), written whole (temporary, sync) and linked into place, which fails
    /// rather than replace a file of that name.
    func attachment(_ bytes: [UInt8], fileName: String, unit: String?) throws(EditorFileError) -> String {
        let original = PathText.lastComponent(fileName.replacingOccurrences(of: "\\", with: "/"))
        let ext = PathText.pathExtension(original).lowercased()
        let allowed = AttachmentKind.allowedExtensions.map { "`.\($0)`" }.joined(separator: ", ")
        guard let kind = AttachmentKind(fileExtension: ext) else {
            throw EditorFileError(diagnostic: .error("attachment.type-not-allowed", at: nil, Message("attachment.type-not-allowed", ["name": .text(original)]),
                                                     advice: Message(ext == "svg" ? "attachment.type-not-allowed.hint-svg" : "attachment.type-not-allowed.hint",
                                                                     ["allowed": .text(allowed)])))
        }
        guard FileSignature.matches(Array(bytes.prefix(FileSignature.headLength)), kind) else {
            throw EditorFileError(diagnostic: .error("attachment.wrong-content", at: nil,
                                                     Message("attachment.wrong-content", ["name": .text(original), "kind": .text(kind.label)]),
                                                     advice: Message("attachment.wrong-content.hint", ["kind": .text(kind.label)])))
        }
        guard bytes.count <= kind.sizeLimit else {
            throw EditorFileError(diagnostic: .error("editor.attachment-too-large", at: nil,
                                                     Message("editor.attachment-too-large", ["name": .text(original), "size": .text(Attachment.sizeText(bytes.count)),
                                                                                             "limit": .text(Attachment.sizeText(kind.sizeLimit))]),
                                                     advice: Message(kind.isImage ? "attachment.too-large.hint-image" : "editor.attachment-too-large.hint")))
        }
        if let unit, !listing("units").contains(where: { $0.name == unit && $0.isDirectory }) {
            throw Self.error("editor.unit-missing", nil, "editor.unit-missing", ["unit": .text(unit)])
        }
        let folderPath = (unit.map { "units/\($0)/" } ?? "") + Attachment.folderName
        var base = Slug.suggestion(for: PathText.deletingExtension(original))
        if base.count > 80 { base = String(base.prefix(80)); while base.hasSuffix("-") { base.removeLast() } }
        if base.isEmpty { base = "berkas" }
        let folder: OpenFolder
        do {
            folder = try OpenFolder(path: content.path).folder(path: folderPath, create: true)
        } catch let problem as OpenFolderPathProblem {
            throw Self.error("editor.write-failed", folderPath, "editor.write-failed", ["path": .text(folderPath), "reason": .message(problem.problem.message)],
                             hint: "editor.write-failed.hint")
        } catch {
            throw Self.error("editor.write-failed", folderPath, "editor.write-failed", ["path": .text(folderPath), "reason": .text("\(error)")], hint: "editor.write-failed.hint")
        }
        func failed(_ reason: String) -> EditorFileError {
            Self.error("editor.write-failed", folderPath, "editor.write-failed", ["path": .text(folderPath), "reason": .text(reason)], hint: "editor.write-failed.hint")
        }
        let temporary = Self.temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = openat(folder.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failed(String(cString: strerror(errno))) }
        defer { folder.remove(temporary) }
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
        if let problem { throw failed(problem) }
        // Case is ignored when names are compared: a site served from a case-blind disk
        // would mix `Sk.pdf` and `sk.pdf`.
        let taken = Set(folder.names().map { $0.lowercased() })
        var number = 1
        while true {
            let name = (number == 1 ? base : "\(base)-\(number)") + "." + ext
            number += 1
            if taken.contains(name) { continue }
            // `linkat` never replaces: a file made meanwhile under the name makes it fail (EEXIST).
            if linkat(folder.descriptor, temporary, folder.descriptor, name, 0) == 0 {
                _ = fsync(folder.descriptor)
                return folderPath + "/" + name
            }
            if errno != EEXIST { throw failed(String(cString: strerror(errno))) }
        }
    }
}
