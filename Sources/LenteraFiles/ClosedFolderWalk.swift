extension ClosedFolder {
    /// Every file under the folder, at any depth, by path relative to it (`a/b.txt`), with
    /// the path to open; and every entry refused on the way, by relative path. Folders
    /// reached through links are walked too, unless one is already being walked above
    /// (a cycle), which is refused as a loop.
    public func walk() -> (files: [(relative: String, open: String)], refused: [(relative: String, problem: EntryProblem)]) {
        var files: [(relative: String, open: String)] = []
        var refused: [(relative: String, problem: EntryProblem)] = []
        /// The resolved paths of the folders being walked, outermost first.
        var chain: [String] = [path]
        func visit(_ relative: String, resolved: String) {
            let (entries, problems) = list(relative)
            let prefix = relative.isEmpty ? "" : relative + "/"
            refused += problems.map { (prefix + $0.name, $0.problem) }
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
