import Foundation
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
    public static func problem(output: URL, content: URL, templates: URL, home: String? = ResolvedPath.home()) -> String? {
        let output = ResolvedPath.of(output.path)
        if output == "/" { return "is the root folder `/`" }
        if let home, ResolvedPath.isSameOrInside(home, output) {
            return ResolvedPath.isSameOrInside(output, home) ? "is your home folder" : "holds your home folder"
        }
        for (name, folder) in [("content", content), ("templates", templates)] {
            let folder = ResolvedPath.of(folder.path)
            switch (ResolvedPath.isSameOrInside(folder, output), ResolvedPath.isSameOrInside(output, folder)) {
            case (true, true): return "is the \(name) folder"
            case (true, false): return "holds the \(name) folder"
            case (false, true): return "lies inside the \(name) folder"
            case (false, false): continue
            }
        }
        return nil
    }
}
