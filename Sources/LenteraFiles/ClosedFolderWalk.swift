import LenteraDiagnostics
extension ClosedFolder {
    /// The most folders `walk` goes into: a theme has a handful.
    public static let maximumWalkedFolders = 10_000

    /// Every file under the folder, at any depth, by path relative to it (`a/b.txt`), with
    /// the path to open; and every entry refused on the way, by relative path. Folders
    /// reached through links are walked too, unless one is already being walked above
    /// (a cycle), which is refused as a loop. At most `maximumWalkedFolders` folders are
    /// walked: links to the same folder from many places multiply a tree (two links a level,
    /// thirty levels deep, would be a billion folders), and the rest is refused.
    public func walk() -> (files: [(relative: String, open: String)], refused: [(relative: String, problem: EntryProblem)]) {
        var files: [(relative: String, open: String)] = []
        var refused: [(relative: String, problem: EntryProblem)] = []
        /// The resolved paths of the folders being walked, outermost first.
        var chain: [String] = [path]
        var walked = 0
        func visit(_ relative: String, resolved: String) {
            walked += 1
            guard walked <= Self.maximumWalkedFolders else {
                if walked == Self.maximumWalkedFolders + 1 {
                    refused.append((relative, .unreadable(reason: Message("files.too-many-folders", ["count": .text(String(Self.maximumWalkedFolders))]))))
                }
                return
            }
            let (entries, problems) = list(relative)
            let prefix = relative.isEmpty ? "" : relative + "/"
            refused += problems.map { ($0.name.isEmpty ? (relative.isEmpty ? "." : relative) : prefix + $0.name, $0.problem) }
            for entry in entries {
                let child = prefix + entry.name
                let childResolved = entry.target ?? (resolved == "/" ? "/" : resolved + "/") + entry.name
                if entry.isDirectory {
                    // Compared byte by byte (see `FileSystem.isSameOrInside`).
                    if chain.contains(where: { $0.utf8.elementsEqual(childResolved.utf8) }) {
                        refused.append((child, .linkLoop))
                        continue
                    }
                    chain.append(childResolved)
                    visit(child, resolved: childResolved)
                    chain.removeLast()
                } else {
                    files.append((child, entry.target ?? absolute(child)))
                }
            }
        }
        visit("", resolved: path)
        return (files, refused)
    }
}
