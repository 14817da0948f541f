import Foundation
import LenteraDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// `.<name>.lentera` beside the output folder: the lock, the spare tree, the manifests and
/// the staging folder. Everything a build writes outside the published folder is written
/// here, so this one folder is checked before anything is written: it must be a real
/// folder (not a symbolic link, not a file) owned by the user running the build or by the
/// owner of the output's parent folder. The spare in it is checked the same way.
struct StateFolder {
    let url: URL
    let path: String
    /// How the folder is named in messages.
    let display: String
    /// Whether this build created the folder (a failed first build removes it again).
    let created: Bool
    /// The owners accepted: the parent's and the user running the build.
    private let owners: Set<UInt32>
    private let identity: (device: UInt64, inode: UInt64)

    /// Refused: a link, not a folder, or another user's. Nothing was written.
    struct Unsafe: Error, CustomStringConvertible {
        /// What is wrong, as a message in the catalogues (a variant of `build.unsafe-folder`).
        let message: Message
        init(_ key: String, _ arguments: [String: Message.Argument] = [:]) { message = Message(key, arguments) }
        var description: String { message.text() }
    }

    /// Checks (or creates) the state folder of `destination`, named `display` in messages.
    init(destination: URL, display: String) throws {
        let parent = destination.deletingLastPathComponent()
        let name = "." + destination.lastPathComponent + ".lentera"
        url = parent.appendingPathComponent(name)
        path = url.path
        self.display = Self.beside(display, name)
        var parentInfo = stat()
        guard stat(parent.path, &parentInfo) == 0 else {
            throw Unsafe("build.unsafe-folder.unreadable-parent", ["folder": .text(display), "reason": .text(String(cString: strerror(errno)))])
        }
        owners = [parentInfo.st_uid, geteuid()]
        var made = false
        if mkdir(path, 0o755) == 0 {
            made = true
        } else if errno != EEXIST {
            throw Unsafe("build.unsafe-folder.cannot-create", ["folder": .text(self.display), "reason": .text(String(cString: strerror(errno)))])
        }
        created = made
        let info = try Self.check(path, display: self.display, owners: owners, what: Message("build.unsafe-folder.state"))
        identity = (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    /// Checks an entry that must be a real folder of an accepted owner; nil when absent.
    func folder(_ name: String, what: Message) throws -> stat? {
        var info = stat()
        if lstat(path + "/" + name, &info) != 0 && errno == ENOENT { return nil }
        return try Self.check(path + "/" + name, display: display + "/" + name, owners: owners, what: what)
    }

    /// Whether the state folder is still the one checked (not replaced since, by a link or
    /// another folder).
    func verify() throws {
        var info = stat()
        guard lstat(path, &info) == 0, UInt64(info.st_dev) == identity.device, UInt64(info.st_ino) == identity.inode else {
            throw Unsafe("build.unsafe-folder.replaced", ["folder": .text(display)])
        }
    }

    /// What killed or failed builds left in the state folder, removed under the lock (no
    /// other build is running): staging folders, spares being deleted, search bundles, manifest
    /// temporaries, and the manifests of trees that no longer exist (an inode can be given
    /// to a new folder, which must not inherit an old manifest).
    func removeLeftovers(spare: stat?, published: stat?) {
        let live = [spare, published].compactMap { $0 }.map { "manifest-\($0.st_ino)" }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            let stale = name.hasPrefix("staging-") || name.hasPrefix("trash-") || name.hasPrefix("search-") || name.hasPrefix("manifest.tmp-")
                || (OutputManifest.isManifest(name) && !live.contains(name))
            guard stale else { continue }
            // Only a real folder is removed as a tree; anything else (a link) is unlinked itself.
            var info = stat()
            let path = path + "/" + name
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                try? FileManager.default.removeItem(atPath: path)
            } else {
                unlink(path)
            }
        }
    }

    /// `name` in the folder of `display` (a path as the user typed it): `public` →
    /// `.public.lentera`, `site/public/` → `site/.public.lentera`.
    static func beside(_ display: String, _ name: String) -> String {
        var trimmed = Substring(display)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return name }
        return String(trimmed[...slash]) + name
    }

    private static func check(_ path: String, display: String, owners: Set<UInt32>, what: Message) throws -> stat {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw Unsafe("build.unsafe-folder.unreadable", ["folder": .text(display), "reason": .text(String(cString: strerror(errno)))])
        }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            throw Unsafe("build.unsafe-folder.symlink", ["folder": .text(display), "what": .message(what)])
        case S_IFDIR:
            break
        default:
            throw Unsafe("build.unsafe-folder.not-folder", ["folder": .text(display), "what": .message(what)])
        }
        guard owners.contains(info.st_uid) else {
            throw Unsafe("build.unsafe-folder.other-owner", ["folder": .text(display), "uid": .text(String(info.st_uid)), "what": .message(what)])
        }
        return info
    }
}
