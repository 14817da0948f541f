import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraTesting

/// Writes a portal into a temporary `content` folder and loads it; diagnostics name
/// files as `content/...`, as they do when a user runs Lentera in the portal's folder.
func load(_ portal: TestPortal) throws -> LoadedContent {
    try withTemporaryFolder { folder in
        let content = folder.appendingPathComponent("content")
        try portal.write(to: content)
        return ContentLoader(root: content, displayRoot: "content").load()
    }
}

extension LoadedContent {
    /// The diagnostics with the given code.
    func diagnostics(_ code: String) -> [Diagnostic] {
        diagnostics.filter { $0.code == code }
    }
}
