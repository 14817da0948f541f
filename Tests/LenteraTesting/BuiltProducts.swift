import Foundation

/// Where `swift build` put the executables the tests run (`lentera`, `lentera-bench`).
public enum BuiltProducts {
    /// The folder of the built products: the one that holds the `.xctest` bundle (on Linux
    /// an executable file, on macOS a folder whose executable is inside it).
    ///
    /// Every test that runs an executable finds it here, so this is also where the children
    /// are told to build without the search index (`LENTERA_PAGEFIND=off`, inherited): what
    /// they write must not depend on whether this machine has Pagefind installed
    /// (`.build/pagefind/`). A test of search names the binary (`--pagefind PATH`).
    public static let folder: URL? = {
        setenv("LENTERA_PAGEFIND", "off", 0)
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL]
            + Bundle.allBundles.map(\.bundleURL)
        for candidate in candidates {
            var url = candidate.resolvingSymlinksInPath().standardizedFileURL
            while url.pathComponents.count > 1 {
                if url.pathExtension == "xctest" { return url.deletingLastPathComponent() }
                url = url.deletingLastPathComponent()
            }
        }
        return nil
    }()
}
