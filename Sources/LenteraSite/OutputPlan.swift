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
                                          "\(describe(page)) would be written to `\(file)`, where \(describe(owner)) is written",
                                          hint: "give it another `slug`"))
            } else {
                owners[file] = page
            }
        }
        // Folders that hold files rather than pages.
        for page in model.content.pages where ["data", "assets"].contains(page.slug) {
            diagnostics.append(.error("output.path-conflict", at: source(of: .page(page.slug), display: display, pageFiles: pageFiles),
                                      "the page `\(page.slug)` would be written into the folder `\(page.slug)/` that holds the site's \(page.slug == "data" ? "open data" : "style sheet")",
                                      hint: "give it another `slug`"))
        }
        return diagnostics
    }

    static func describe(_ page: PageKind) -> String {
        switch page {
        case .home: "the home page"
        case .unit(let slug): "the unit `\(slug)`"
        case .service(let unit, let slug): "the service `\(slug)` of `\(unit)`"
        case .maklumat(let unit): "the maklumat of `\(unit)`"
        case .sop(let unit, let slug): "the SOP `\(slug)` of `\(unit)`"
        case .servicesIndex: "the services index"
        case .servicesIndexOf(let instansi): "the services index of `\(instansi)`"
        case .dashboard: "the dashboard"
        case .surveyDashboard: "the survey dashboard"
        case .ziDashboard: "the Zona Integritas dashboard"
        case .page(let slug): "the page `\(slug)`"
        case .notFound: "the 404 page"
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
