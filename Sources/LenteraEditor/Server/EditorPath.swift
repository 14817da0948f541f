import LenteraContent

/// A content path as the editor takes it from an address (`units/dinas-a/layanan/ktp.md`):
/// relative, without `.`, `..` or empty parts, of names made of letters, digits, `-`, `_`
/// and `.`, and in the place of a kind of the table of content kinds with one of its
/// extensions. Anything else is refused before the file system is asked. (The store checks
/// again, opening files inside the content folder only.)
enum EditorPath {
    /// The kind of the file at `path`, and the unit it belongs to (`units/<u>/…`).
    static func kind(of path: String) -> (kind: ContentKind, unit: String?)? {
        guard path.utf8.count <= 400 else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy(isName) else { return nil }
        for kind in ContentKinds.all {
            let place = kind.place.split(separator: "/").map(String.init)
            guard place.count == parts.count else { continue }
            var unit: String?
            var matches = true
            for (index, (pattern, part)) in zip(place, parts).enumerated() {
                var name = part
                if index == parts.count - 1 {
                    guard let dot = part.lastIndex(of: "."), kind.extensions.contains(String(part[part.index(after: dot)...])) else {
                        matches = false
                        break
                    }
                    name = String(part[..<dot])
                    guard isName(name) else { matches = false; break }
                }
                if pattern.hasPrefix("{") {
                    if pattern == "{unit}" || (pattern == "{slug}" && kind.name == ContentKinds.unit.name) { unit = name }
                } else if pattern != name {
                    matches = false
                    break
                }
            }
            if matches { return (kind, unit) }
        }
        return nil
    }

    /// The unit a content path belongs to: `units/<u>/…`; nil for the portal's files.
    static func unit(of path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "units" else { return nil }
        return String(parts[1])
    }

    /// A file or folder name: not empty, not hidden, at most 120 letters, digits, `-`, `_`, `.`.
    static func isName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 120, !name.hasPrefix(".") else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }

    /// `target` (relative to the content folder) as a path relative to the folder of the
    /// file at `from`: the poster `units/a/berkas/p.png` from `units/a/layanan/x.md` is
    /// `../berkas/p.png`.
    static func relative(_ target: String, from file: String) -> String {
        let folder = file.split(separator: "/").dropLast().map(String.init)
        let parts = target.split(separator: "/").map(String.init)
        var common = 0
        while common < folder.count, common < parts.count - 1, folder[common] == parts[common] { common += 1 }
        return (Array(repeating: "..", count: folder.count - common) + parts[common...]).joined(separator: "/")
    }
}
