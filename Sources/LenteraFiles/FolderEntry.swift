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
    case specialFile(kind: String)
    /// A symbolic link to nothing.
    case danglingLink
    /// A symbolic link that never resolves (a cycle of links), or a link to a folder that
    /// contains it, which would make the folder endless.
    case linkLoop
    /// The entry cannot be examined or read (no permission, an I/O error).
    case unreadable(reason: String)
    /// A regular file larger than `RegularFile.maximumSize`: not read at all.
    case tooLarge(bytes: Int)

    /// The diagnostic for `display`, the entry's path as users see it. `area` is the code's
    /// first part (`content`, `template`) and `folder` how the closed folder is called.
    public func diagnostic(at display: String, area: String, folder: String) -> Diagnostic {
        let location = SourceLocation(file: display)
        switch self {
        case .linkOutside(let target):
            return .error("\(area).symlink-outside", at: location,
                          "this is a symbolic link to `\(target)`, outside the \(folder); it is not read",
                          hint: "copy the file (or folder) into the \(folder) instead of linking to it")
        case .specialFile(let kind):
            return .error("\(area).special-file", at: location,
                          "this is a \(kind), not a regular file or folder; it is not read",
                          hint: "remove it from the \(folder): only regular files and folders belong there")
        case .danglingLink:
            return .error("\(area).dangling-link", at: location,
                          "this symbolic link points to nothing",
                          hint: "remove the link, or put the file it should point to in its place")
        case .linkLoop:
            return .error("\(area).link-loop", at: location,
                          "this symbolic link leads back to itself or to a folder that contains it",
                          hint: "remove the link; put the file itself (a copy) in its place")
        case .unreadable(let reason):
            return .error("\(area).unreadable", at: location, "the file cannot be read: \(reason)",
                          hint: "check that it exists and that you may read it")
        case .tooLarge(let bytes):
            return .error("\(area).file-too-large", at: location,
                          "the file holds \((bytes + 1_048_575) / 1_048_576) MiB, more than the \(RegularFile.maximumSize / 1_048_576) MiB a \(area) file may hold; it is not read",
                          hint: "a content or template file this large is almost always a mistake (an export or an image saved under the wrong name); split it or move it out of the \(folder)")
        }
    }
}
