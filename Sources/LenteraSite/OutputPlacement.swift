import Foundation
import LenteraDiagnostics
import LenteraFiles

/// Where the output folder may not be. A build replaces the output folder with the new
/// site and keeps the old tree aside as the spare (which a later build updates, deleting
/// what the site no longer has), so an output folder that is, holds or lies inside the
/// content or the templates would move the sources away; the root folder and the home
/// folder are never a site. Checked before anything is written.
public enum OutputPlacement {
    /// Why `output` may not be built into (words following "the output folder `X`"), or
    /// nil when it may. The folders are compared resolved (`ResolvedPath`: links followed
    /// as far as they exist); `home` is the user's home folder, resolved.
    public static func problem(output: URL, content: URL, templates: URL, home: String? = ResolvedPath.home()) -> Message? {
        let output = ResolvedPath.of(output.path)
        if output == "/" { return Message("build.output-overlaps.root") }
        if let home, ResolvedPath.isSameOrInside(home, output) {
            return Message(ResolvedPath.isSameOrInside(output, home) ? "build.output-overlaps.home" : "build.output-overlaps.holds-home")
        }
        for (name, folder) in [("content", content), ("templates", templates)] {
            let folder = ResolvedPath.of(folder.path)
            switch (ResolvedPath.isSameOrInside(folder, output), ResolvedPath.isSameOrInside(output, folder)) {
            case (true, true): return Message("build.output-overlaps.is-\(name)")
            case (true, false): return Message("build.output-overlaps.holds-\(name)")
            case (false, true): return Message("build.output-overlaps.inside-\(name)")
            case (false, false): continue
            }
        }
        return nil
    }
}
