import LenteraDiagnostics
import LenteraRender

/// Checks that no two pages would be written to the same file: a free page called
/// `layanan` would otherwise overwrite the services index.
enum OutputPlan {
    /// - Parameter pageFiles: the file each free page was read from, by slug.
    static func conflicts(in model: SiteModel, display: String, pageFiles: [String: String]) -> [Diagnostic] {
        var owners: [String: PageKind] = [:]
        var diagnostics: [Diagnostic] = []
        for page in model.plan {
            // Only a free page can take another page's file, and a free page's file is
            // `<slug>/index.html`: pages deeper than that (units, services, SOPs… — nearly
            // all of a large portal) cannot collide with one and are not kept here.
            let file = Routes.file(for: model.route(of: page))
            guard file.utf8.lazy.filter({ $0 == UInt8(ascii: "/") }).count <= 1 else { continue }
            if let owner = owners[file] {
                diagnostics.append(.error("output.path-conflict", at: source(of: page, display: display, pageFiles: pageFiles),
                                          Message("output.path-conflict", ["page": .message(describe(page)), "file": .text(file), "owner": .message(describe(owner))]),
                                          advice: Message("output.path-conflict.hint")))
            } else {
                owners[file] = page
            }
        }
        // Folders that hold files rather than pages.
        for page in model.content.pages where folderConflicts[page.slug] != nil {
            diagnostics.append(.error("output.path-conflict", at: source(of: .page(page.slug), display: display, pageFiles: pageFiles),
                                      Message(folderConflicts[page.slug]!, ["slug": .text(page.slug)]),
                                      advice: Message("output.path-conflict.hint")))
        }
        return diagnostics
    }

    /// The folders of files, not pages, and what each holds (its message).
    static let folderConflicts = ["data": "output.path-conflict.data", "assets": "output.path-conflict.assets",
                                  "pagefind": "output.path-conflict.pagefind"]

    static func describe(_ page: PageKind) -> Message {
        switch page {
        case .home: Message("output.page.home")
        case .unit(let slug): Message("output.page.unit", ["slug": .text(slug)])
        case .service(let unit, let slug): Message("output.page.service", ["slug": .text(slug), "unit": .text(unit)])
        case .maklumat(let unit): Message("output.page.maklumat", ["unit": .text(unit)])
        case .sop(let unit, let slug): Message("output.page.sop", ["slug": .text(slug), "unit": .text(unit)])
        case .surveyCalculation(let unit, let period): Message("output.page.survey-calculation", ["period": .text(period.description), "unit": .text(unit)])
        case .servicesIndex: Message("output.page.services-index")
        case .servicesIndexOf(let instansi): Message("output.page.services-index-of", ["instansi": .text(instansi)])
        case .dashboard: Message("output.page.dashboard")
        case .surveyDashboard: Message("output.page.survey-dashboard")
        case .ziDashboard: Message("output.page.zi-dashboard")
        case .completeness: Message("output.page.completeness")
        case .methodology: Message("output.page.methodology")
        case .accessibility: Message("output.page.accessibility")
        case .page(let slug): Message("output.page.page", ["slug": .text(slug)])
        case .search: Message("output.page.search")
        case .notFound: Message("output.page.not-found")
        }
    }

    static func source(of page: PageKind, display: String, pageFiles: [String: String]) -> SourceLocation? {
        switch page {
        // Only a free page can take another page's file: every other route has a prefix
        // (`unit/…`) or a fixed name, and duplicate unit or service slugs are refused earlier.
        case .page(let slug): SourceLocation(file: pageFiles[slug] ?? "\(display)/pages/\(slug).md")
        default: nil
        }
    }
}
