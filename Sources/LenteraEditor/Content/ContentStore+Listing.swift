import Foundation
import LenteraContent
import LenteraFiles

extension ContentStore {
    /// The names in a folder of the content (relative), real files or folders only (no
    /// links: the editor neither reads nor writes through one), hidden ones left out.
    func listing(_ relative: String) -> [FolderEntry] {
        guard let folder = ClosedFolder(resolving: content.path) else { return [] }
        if !relative.isEmpty {
            // Every folder on the way must be listed as a real folder.
            var walked = ""
            for name in relative.split(separator: "/").map(String.init) {
                guard folder.list(walked).entries.contains(where: { $0.name == name && $0.isDirectory && $0.target == nil }) else { return [] }
                walked = walked.isEmpty ? name : walked + "/" + name
            }
        }
        return folder.list(relative).entries.filter { $0.target == nil }
    }

    /// A file's tree when it can be read, for titles and slugs.
    func peek(_ path: String) -> EditableFile? {
        try? openFile(path)
    }

    /// A file just listed by `listing` (its folders real, itself no link): read without
    /// listing its folders again for it, which made a unit page of 500 services list the
    /// services' folder 500 times (2.6 s in a debug build; docs/performance.md). The read
    /// itself still refuses a link or anything but a regular file (`RegularFile`).
    func peekListed(_ path: String, in folder: ClosedFolder) -> EditableFile? {
        guard let kind = Self.kind(of: path), case .success(let bytes) = RegularFile.read(folder.absolute(path)) else { return nil }
        return try? Self.editable(bytes, kind: kind, path: path, display: displayContent + "/" + path)
    }

    /// A listed file's title and whether it is read-only: kept by its stamp (`lstat`), so a
    /// list shown again reads only the files changed since (or changed less than a second
    /// before they were read, whose stamp cannot prove them unchanged).
    func summaryOf(_ path: String, in folder: ClosedFolder, name: String) -> (title: String, readOnly: Bool) {
        let absolute = folder.absolute(path)
        let before = FolderStamps.now()
        let stamp = FolderStamps.look(at: [absolute]).entries[absolute]
        if let stamp, let known = titles.known(absolute, stamp: stamp) { return known }
        let file = peekListed(path, in: folder)
        let summary = (title: file.map { title(of: $0) } ?? name, readOnly: file?.readOnly ?? false)
        if let stamp, max(stamp.modified, stamp.changed) < before - ContentFingerprint.racyWindow {
            titles.keep(absolute, stamp: stamp, summary)
        }
        return summary
    }

    func unitSummaries() -> [UnitSummary] {
        listing("units").filter(\.isDirectory).map { entry in
            let file = unitFile(entry.name).flatMap(peek)
            let name = file?.tree["nama"]?.text.flatMap { $0.isEmpty ? nil : $0 } ?? entry.name
            let parent = file?.tree["induk"]?.text.flatMap { $0.isEmpty ? nil : $0 }
            return UnitSummary(slug: entry.name, name: name, parent: parent)
        }
    }

    /// The unit's own file (`unit.md`, `unit.json`…), if any.
    func unitFile(_ slug: String) -> String? {
        let base = ContentKinds.unit.fileName!
        return listing("units/\(slug)").first { !$0.isDirectory && PathText.deletingExtension($0.name) == base && Self.kind(of: "units/\(slug)/\($0.name)") != nil }
            .map { "units/\(slug)/\($0.name)" }
    }

    /// The unit's files: first those of a fixed name (its own file, maklumat, SPBE), then
    /// the folders (services, SOPs, indicators, survey results and their analyses), in the
    /// order of the table of content kinds.
    func unitFiles(_ slug: String) -> [FileSummary] {
        guard listing("units").contains(where: { $0.name == slug && $0.isDirectory }) else { return [] }
        let kinds = ContentKinds.all.filter { $0.place.hasPrefix("units/") && $0.fileName != nil }
            + ContentKinds.all.filter { $0.place.hasPrefix("units/") && $0.fileName == nil }
        return summaries(of: kinds, unit: slug)
    }

    func portalFileSummaries() -> [FileSummary] {
        summaries(of: ContentKinds.all.filter { !$0.place.hasPrefix("units/") }, unit: nil)
    }

    private func summaries(of kinds: [ContentKind], unit: String?) -> [FileSummary] {
        guard let closed = ClosedFolder(resolving: content.path) else { return [] }
        var result: [FileSummary] = []
        var seen: Set<String> = []
        for kind in kinds {
            let folder = kind.folder.replacingOccurrences(of: "{unit}", with: unit ?? "")
            for entry in listing(folder) where !entry.isDirectory {
                let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
                guard !seen.contains(path), let found = Self.kind(of: path), found.name == kind.name else { continue }
                if kind.name == ContentKinds.unit.name && Self.unit(of: path) != unit { continue }
                seen.insert(path)
                let summary = summaryOf(path, in: closed, name: entry.name)
                result.append(FileSummary(kind: kind, path: path, title: summary.title, readOnly: summary.readOnly))
            }
        }
        return result
    }

    /// What a file is called in a list: its name or title, else what the kind and the
    /// file's name say (`Hasil survei skm-2026-Q1`).
    func title(of file: EditableFile) -> String {
        for key in ["nama", "judul"] {
            if let text = file.tree[key]?.text, !text.isEmpty { return text }
        }
        if file.kind.fileName != nil { return file.kind.title }
        return "\(file.kind.title) \(PathText.deletingExtension(PathText.lastComponent(file.path)))"
    }

    // MARK: - Slugs

    func proposal(for name: String, kind: ContentKind, unit: String?) -> String {
        var base = Slug.suggestion(for: name)
        if base.count > 80 {
            base = String(base.prefix(80))
            while base.hasSuffix("-") { base.removeLast() }
        }
        if base.isEmpty { base = kind.name }
        // A file of a fixed name (a maklumat, `spbe.yaml`) takes no slug.
        if kind.fileName != nil && kind.name != ContentKinds.unit.name { return base }
        if isFree(base, kind: kind, unit: unit) { return base }
        var number = 2
        while number < 10_000 && !isFree("\(base)-\(number)", kind: kind, unit: unit) { number += 1 }
        return "\(base)-\(number)"
    }

    /// Whether a new file of `kind` may take `slug`: a valid slug, no file of that name in
    /// the kind's folder (with any extension the folder reads), and no other file of the
    /// folder giving itself that address (`slug:`, services and pages; units by folder).
    func isFree(_ slug: String, kind: ContentKind, unit: String?) -> Bool {
        guard Slug.isValid(slug) else { return false }
        if kind.name == ContentKinds.unit.name {
            if listing("units").contains(where: { $0.name == slug }) { return false }
            return !unitSummaries().contains { summary in
                unitFile(summary.slug).flatMap(peek)?.tree["slug"]?.text == slug
            }
        }
        let folder = kind.folder.replacingOccurrences(of: "{unit}", with: unit ?? "")
        let entries = listing(folder)
        // A file of a fixed name: free while the unit (or the portal) has none.
        if let fixed = kind.fileName {
            return !entries.contains { !$0.isDirectory && PathText.deletingExtension($0.name) == fixed }
        }
        if entries.contains(where: { PathText.deletingExtension($0.name) == slug }) { return false }
        guard kind.fields["slug"] != nil else { return true }
        return !entries.contains { entry in
            guard !entry.isDirectory, Self.kind(of: folder + "/" + entry.name)?.name == kind.name else { return false }
            return peek(folder + "/" + entry.name)?.tree["slug"]?.text == slug
        }
    }
}
