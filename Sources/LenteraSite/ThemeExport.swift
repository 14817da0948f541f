#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LenteraContent
import LenteraFiles
import LenteraTheme

/// `lentera theme export DIR`: the built-in theme written out, to start a theme of one's
/// own. Never overwrites: when any of its files is already there, nothing is written.
public enum ThemeExport {
    public enum Outcome: Equatable, Sendable {
        /// Every file written, by path relative to the folder, sorted.
        case written([String])
        /// Nothing written: these files (relative paths, sorted) are already there.
        case refused(existing: [String])
    }

    /// A file or folder that could not be made: its path and the system's reason.
    public struct Failure: Error, Equatable, Sendable {
        public let path: String
        public let reason: String
    }

    /// Writes `files` (the built-in theme unless given) under `folder`, made when absent.
    /// Each file is created exclusively, inside folders opened one name at a time and never
    /// through a link, so a file or link that appears meanwhile is not overwritten either.
    public static func export(to folder: String, files: [String: [UInt8]] = BuiltInTheme.files) throws(Failure) -> Outcome {
        let paths = files.keys.sorted()
        let existing = paths.filter { relative in
            var info = stat()
            return lstat((folder as NSString).appendingPathComponent(relative), &info) == 0
        }
        if !existing.isEmpty { return .refused(existing: existing) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: folder, reason: (error as NSError).localizedDescription)
        }
        let root: OpenFolder
        do { root = try OpenFolder(path: folder) } catch { throw Failure(path: folder, reason: error.words) }
        for relative in paths {
            let shown = (folder as NSString).appendingPathComponent(relative)
            let parent = PathText.parent(relative)
            let name = (relative as NSString).lastPathComponent
            let into: OpenFolder
            do { into = try root.folder(path: parent, create: true) } catch {
                throw Failure(path: (folder as NSString).appendingPathComponent(error.path), reason: error.problem.words)
            }
            let descriptor = openat(into.descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Failure(path: shown, reason: String(cString: strerror(errno))) }
            var failure: AtomicFile.Failure?
            do { try files[relative]!.withUnsafeBytes { try AtomicFile.writeAll($0, to: descriptor) } } catch {
                failure = error as? AtomicFile.Failure ?? AtomicFile.Failure(reason: "\(error)", code: 0)
            }
            if close(descriptor) != 0 && failure == nil { failure = AtomicFile.Failure(reason: String(cString: strerror(errno)), code: errno) }
            if let failure {
                unlinkat(into.descriptor, name, 0)
                throw Failure(path: shown, reason: failure.reason)
            }
        }
        return .written(paths)
    }
}
