import Foundation
import LenteraContent
#if canImport(Glibc)
import Glibc
#endif

/// Where the Pagefind binary is found (docs/search.md, "How the binary is found").
public enum Pagefind {
    /// The version the project's scripts install and the tests are written against.
    public static let version = "1.5.2"
    /// The name of the binary beside `lentera` in the release package, in `.build/pagefind/`
    /// of a source folder, and on `PATH`.
    public static let binaryName = "pagefind"

    /// A path that was named (`--pagefind PATH` or `LENTERA_PAGEFIND`) and is not an
    /// executable file.
    public struct NotFound: Error {
        public let path: String
        public let fromEnvironment: Bool
    }

    /// The binary to run, in this order: `explicit` (`--pagefind PATH`), the environment's
    /// `LENTERA_PAGEFIND` (`off`: no search, as `--no-search`), a `pagefind` beside the `lentera` executable (the release
    /// tarball) or in `../lib/lentera/` from it (the .deb: `/usr/lib/lentera/pagefind`),
    /// `.build/pagefind/pagefind` of the source folder the executable was built in or of
    /// the working folder (`scripts/install-build-deps`), then `pagefind` on `PATH`.
    /// `.missing` when none is found; a named path that is not executable throws.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String? = currentExecutable(), workingFolder: String = FileManager.default.currentDirectoryPath) throws -> SearchSetting {
        if let explicit {
            guard isExecutable(explicit) else { throw NotFound(path: explicit, fromEnvironment: false) }
            return .pagefind(explicit)
        }
        if environment["LENTERA_PAGEFIND"] == "off" { return .off }
        if let named = environment["LENTERA_PAGEFIND"], !named.isEmpty {
            guard isExecutable(named) else { throw NotFound(path: named, fromEnvironment: true) }
            return .pagefind(named)
        }
        var candidates: [String] = []
        if let executable {
            let folder = PathText.containingFolder(executable)
            candidates.append(folder + "/" + binaryName)
            candidates.append(PathText.containingFolder(folder) + "/lib/lentera/" + binaryName)
            // `.build/debug/lentera`, `.build/x86_64-unknown-linux-gnu/release/lentera`…
            var ancestor = folder
            while ancestor != "/" && !ancestor.isEmpty && !ancestor.hasSuffix("..") {
                if (ancestor as NSString).lastPathComponent == ".build" {
                    candidates.append(ancestor + "/pagefind/" + binaryName)
                    break
                }
                ancestor = PathText.containingFolder(ancestor)
            }
        }
        candidates.append((workingFolder as NSString).appendingPathComponent(".build/pagefind/" + binaryName))
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            candidates.append(String(folder) + "/" + binaryName)
        }
        return candidates.first(where: isExecutable).map { .pagefind($0) } ?? .missing
    }

    /// The running program's own path (`/proc/self/exe`), links resolved.
    public static func currentExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A regular file (after links) this user may run.
    static func isExecutable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }
}
