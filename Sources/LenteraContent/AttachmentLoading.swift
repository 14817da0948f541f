import LenteraDiagnostics
import LenteraDomain
import LenteraFiles

extension LoadRun {
    /// How deep folders inside a `berkas/` folder are read (`berkas/2024/sk.pdf` is one).
    static let attachmentDepth = 4

    /// The files of the portal's `berkas/` and of every unit's, each checked: an allowed
    /// type (by extension and by its first bytes), and a size within the limit (a warning).
    /// Listed through the closed folder, so a link leading outside, a FIFO or a device is
    /// refused as anywhere in the content.
    mutating func loadAttachments(unitFolders: [String]) -> [Attachment] {
        var found: [Attachment] = []
        loadAttachments(in: Attachment.folderName, base: Attachment.folderName, owner: .portal, depth: 0, into: &found)
        for folder in unitFolders {
            guard let unit = unitOfFolder[folder] ?? nil else { continue }
            let base = "\(ContentPlace.unit.path(unit: folder))/\(Attachment.folderName)"
            loadAttachments(in: base, base: base, owner: .unit(unit.slug), depth: 0, into: &found)
        }
        return found
    }

    private mutating func loadAttachments(in folder: String, base: String, owner: Attachment.Owner, depth: Int, into found: inout [Attachment]) {
        for entry in entries(of: folder) {
            let relative = "\(folder)/\(entry.name)"
            if entry.isDirectory {
                if depth + 1 < Self.attachmentDepth { loadAttachments(in: relative, base: base, owner: owner, depth: depth + 1, into: &found) }
                continue
            }
            if let attachment = attachment(at: relative, name: String(relative.dropFirst(base.count + 1)), owner: owner) {
                found.append(attachment)
            }
        }
    }

    private mutating func attachment(at relative: String, name: String, owner: Attachment.Owner) -> Attachment? {
        let location = SourceLocation(file: display(relative))
        let fileName = PathText.lastComponent(relative)
        let allowed = AttachmentKind.allowedExtensions.map { "`.\($0)`" }.joined(separator: ", ")
        guard let kind = AttachmentKind(fileExtension: PathText.pathExtension(fileName)) else {
            let svg = PathText.pathExtension(fileName).lowercased() == "svg"
            diagnostics.append(.error("attachment.type-not-allowed", at: location,
                                      Message("attachment.type-not-allowed", ["name": .text(fileName)]),
                                      advice: Message(svg ? "attachment.type-not-allowed.hint-svg" : "attachment.type-not-allowed.hint",
                                                      ["allowed": .text(allowed)])))
            refusedAttachments.insert(relative)
            return nil
        }
        let head: FileHead
        switch FileHead.read(openPath(relative), count: FileSignature.headLength) {
        case .success(let read): head = read
        case .failure(let problem):
            diagnostics.append(problem.diagnostic(at: display(relative), area: "content"))
            refusedAttachments.insert(relative)
            return nil
        }
        files.append(relative)
        // Pages show an attachment's type, size and picture size, all from its first bytes
        // and size: what the digest of the load holds of it.
        var hasher = ContentHasher()
        head.bytes.withUnsafeBytes { hasher.update($0) }
        hasher.combine(UInt64(head.size))
        fileHashes[relative] = hasher.finalize()
        guard FileSignature.matches(head.bytes, kind) else {
            diagnostics.append(.error("attachment.wrong-content", at: location,
                                      Message("attachment.wrong-content", ["name": .text(fileName), "kind": .text(kind.label)]),
                                      advice: Message("attachment.wrong-content.hint", ["kind": .text(kind.label)])))
            refusedAttachments.insert(relative)
            return nil
        }
        if head.size > kind.sizeLimit {
            diagnostics.append(.warning("attachment.too-large", at: location,
                                        Message(kind.isImage ? "attachment.too-large.image" : "attachment.too-large",
                                                ["name": .text(fileName), "size": .text(Attachment.sizeText(head.size)),
                                                 "limit": .text(Attachment.sizeText(kind.sizeLimit))]),
                                        advice: Message(kind.isImage ? "attachment.too-large.hint-image" : "attachment.too-large.hint")))
        }
        let size = kind.isImage ? FileSignature.imageSize(head.bytes, kind) : nil
        return Attachment(owner: owner, name: name, contentPath: relative, sourcePath: openPath(relative), kind: kind, size: head.size,
                          width: size?.width, height: size?.height)
    }
}
