import Foundation
import LenteraTesting
import LenteraDomain

/// What one step of the property test changed, as the failure message tells it.
struct EditStep {
    var description: String
    /// Whether the step leaves the portal invalid (for this step only): both builds must
    /// then fail, with the same diagnostics, and publish nothing.
    var breaks = false
    /// A change of bytes, times or inode without a change of the portal, done after the
    /// portal's files are written.
    var diskAction: DiskAction?
}

/// Changes below the portal's values: what file systems and tools do to unchanged content.
enum DiskAction {
    /// The modification time moved, the bytes the same.
    case touch
    /// Other bytes of the same size written in place, then the old bytes again.
    case changeAndRestore
    /// Other bytes of the same size written in place, with the modification time the
    /// last build saw put back: two saves within one tick of a coarse clock (a file system
    /// with whole seconds, or the same jiffy). Only the change time differs.
    case sameTickRewrite
}

/// The state a property run edits: the portal as values, the build date, the folder on
/// disk, and the random generator every choice is drawn from.
struct PropertyWorld {
    var portal: EditablePortal
    var date: CalendarDate
    var disk: ContentDisk
    var random: SplitMix64
    /// Files written instead of the portal's (nil: left out) for the current step only:
    /// how a breaking edit is made; the next step writes the portal's own bytes again.
    var overlay: [String: Data?] = [:]
    /// For names never used before.
    var counter = 0

    mutating func fresh(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)-\(counter)"
    }

    /// The portal's files with this step's overlay applied.
    func files() -> [String: Data] {
        var files = portal.files()
        for (path, bytes) in overlay { files[path] = bytes }
        return files
    }

    /// Writes the step onto disk: the portal's files (and the overlay), then the disk
    /// action. Returns what the action did, for the step's description.
    mutating func write(_ step: EditStep) throws -> String? {
        try disk.sync(files(), &random)
        guard let action = step.diskAction else { return nil }
        return try perform(action)
    }

    /// Markdown files (their last line is prose, so a letter changed there keeps the
    /// portal valid) that this step has not written yet.
    private func prose() -> [String] {
        disk.written.keys.filter { $0.hasPrefix("content/") && $0.hasSuffix(".md") && !disk.changedThisStep.contains($0) }.sorted()
    }

    private mutating func perform(_ action: DiskAction) throws -> String? {
        let files = action == .touch ? disk.written.keys.sorted() : prose()
        guard !files.isEmpty else { return nil }
        let file = random.pick(files)
        switch action {
        case .touch:
            try disk.touch(file, secondsFromNow: random.int(1...90_000))
            return "touched \(file)"
        case .changeAndRestore:
            let original = disk.written[file]!
            try disk.overwrite(file, sameSizeVariant(of: original))
            if random.chance(50) { try disk.overwrite(file, original) } else { try disk.replace(file, original) }
            return "changed and restored \(file)"
        case .sameTickRewrite:
            let before = try disk.stamp(file)
            try disk.overwrite(file, sameSizeVariant(of: disk.written[file]!), keepingModificationTime: true)
            let after = try disk.stamp(file)
            // The trap works only if size, inode and modification time look unchanged.
            guard after.looksLike(before) else { throw DiskError("the same-tick rewrite of \(file) changed its stamp", 0) }
            return "rewrote \(file) in place, same size, modification time put back"
        }
    }

    /// The bytes with one lowercase letter of the last non-empty line changed.
    private mutating func sameSizeVariant(of bytes: Data) -> Data {
        var bytes = [UInt8](bytes)
        var end = bytes.count
        while end > 0 && bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        var start = end
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        let letters = (start..<end).filter { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[$0]) }
        guard !letters.isEmpty else { return Data(bytes) }
        let index = random.pick(letters)
        bytes[index] = UInt8(ascii: "a") + UInt8((Int(bytes[index] - UInt8(ascii: "a")) + 1 + random.below(25)) % 26)
        return Data(bytes)
    }
}
