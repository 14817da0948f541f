import LenteraDiagnostics
import LenteraDomain
import LenteraFiles
import LenteraRender

extension StagedOutput {
    /// Copies the files published beside the content into the tree, each at its address
    /// (`Routes.attachment`), streamed 64 KB at a time (a scanned decree of several MB is
    /// never held whole), hashed on the way like every streamed file: in a spare, a file
    /// whose bytes did not change is kept as it was. The source is opened as the content
    /// is (`O_NOFOLLOW`, checked regular on the descriptor). Returns how many were written.
    func copyAttachments(_ attachments: [Attachment]) throws -> Int {
        for attachment in attachments {
            let relative = Routes.attachment(attachment)
            try makeFolder(of: relative)
            let source: FileChunks
            do {
                source = try FileChunks(attachment.sourcePath)
            } catch {
                throw Failure("build.write-failed.cannot-read", ["file": .text(attachment.contentPath), "reason": .message(Self.reason(error))])
            }
            let file = try stream(relative)
            do {
                while try source.read(into: &file.buffer, count: StreamedFile.flushSize) { file.flushIfFull() }
            } catch {
                throw Failure("build.write-failed.cannot-read", ["file": .text(attachment.contentPath), "reason": .message(Self.reason(error))])
            }
            try file.finish()
        }
        return attachments.count
    }

    private static func reason(_ problem: EntryProblem) -> Message {
        switch problem {
        case .unreadable(let reason): reason
        case .specialFile(let kind): Message("files.special-file", ["kind": .message(kind)])
        default: Message("files.replaced-by-link")
        }
    }
}
