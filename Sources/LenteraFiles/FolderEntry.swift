import LenteraDiagnostics

/// One entry of a folder that may be read: a regular file or a folder, itself or through
/// a symbolic link that stays inside the closed folder.
public struct FolderEntry: Sendable, Equatable {
    public let name: String
    public let isDirectory: Bool
    /// For a symbolic link, the absolute path it resolves to (no link in it): what to open.
    /// Nil for an entry that is not a link.
    public let target: String?

    public init(name: String, isDirectory: Bool, target: String? = nil) {
        self.name = name
        self.isDirectory = isDirectory
        self.target = target
    }
}

/// Why an entry of a folder is refused. Refused entries are never followed nor opened.
public enum EntryProblem: Error, Sendable, Equatable {
    /// A symbolic link whose resolved target lies outside the closed folder.
    case linkOutside(target: String)
    /// A FIFO, socket or device, or a link to one.
    case specialFile(kind: Message)
    /// A symbolic link to nothing.
    case danglingLink
    /// A symbolic link that never resolves (a cycle of links), or a link to a folder that
    /// contains it, which would make the folder endless.
    case linkLoop
    /// The entry cannot be examined or read (no permission, an I/O error).
    case unreadable(reason: Message)
    /// A regular file larger than `RegularFile.maximumSize`: not read at all.
    case tooLarge(bytes: Int)

    /// The diagnostic for `display`, the entry's path as users see it. `area` is the code's
    /// first part (`content`, `template`); it names the closed folder too.
    public func diagnostic(at display: String, area: String) -> Diagnostic {
        let location = SourceLocation(file: display)
        let folder = Message(area == "template" ? "files.folder.templates" : "files.folder.content")
        switch self {
        case .linkOutside(let target):
            return .error("\(area).symlink-outside", at: location,
                          Message("files.symlink-outside", ["target": .text(target), "folder": .message(folder)]),
                          advice: Message("files.symlink-outside.hint", ["folder": .message(folder)]))
        case .specialFile(let kind):
            return .error("\(area).special-file", at: location, Message("files.special-file", ["kind": .message(kind)]),
                          advice: Message("files.special-file.hint", ["folder": .message(folder)]))
        case .danglingLink:
            return .error("\(area).dangling-link", at: location, Message("files.dangling-link"), advice: Message("files.dangling-link.hint"))
        case .linkLoop:
            return .error("\(area).link-loop", at: location, Message("files.link-loop"), advice: Message("files.link-loop.hint"))
        case .unreadable(let reason):
            return .error("\(area).unreadable", at: location, Message("files.unreadable", ["reason": .message(reason)]),
                          advice: Message("files.unreadable.hint"))
        case .tooLarge(let bytes):
            return .error("\(area).file-too-large", at: location,
                          Message("files.file-too-large", ["size": .text(String((bytes + 1_048_575) / 1_048_576)),
                                                           "file": .message(Message(area == "template" ? "files.file.template" : "files.file.content")),
                                                           "limit": .text(String(RegularFile.maximumSize / 1_048_576))]),
                          advice: Message("files.file-too-large.hint", ["folder": .message(folder)]))
        }
    }

    /// Transitional: `folder` is named by `area` now.
    public func diagnostic(at display: String, area: String, folder: String) -> Diagnostic {
        diagnostic(at: display, area: area)
    }
}
