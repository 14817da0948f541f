import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraDomain
import LenteraTesting

/// Writes a portal into a temporary `content` folder and loads it; diagnostics name
/// files as `content/...`, as they do when a user runs Lentera in the portal's folder.
///
/// `date`: the day the portal is judged for (`--date`); nil leaves out what depends on it.
func load(_ portal: TestPortal, date: CalendarDate? = nil) throws -> LoadedContent {
    try withTemporaryFolder { folder in
        let content = folder.appendingPathComponent("content")
        try portal.write(to: content)
        return ContentLoader(root: content, displayRoot: "content", date: date).load()
    }
}

extension LoadedContent {
    /// The diagnostics with the given code.
    func diagnostics(_ code: String) -> [Diagnostic] {
        diagnostics.filter { $0.code == code }
    }
}
