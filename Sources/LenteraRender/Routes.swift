import Foundation
import LenteraDomain
/// Where every page of the site is written, as paths relative to the output folder.
/// Pages are folders with an `index.html`, so addresses end in `/`.
public enum Routes {
    public static let home = ""
    public static let servicesIndex = "layanan/"
    /// The search page; the header's search form sends `?q=` here.
    public static let search = "cari/"
    /// Pagefind's bundle (the index and its UI), made after the pages.
    public static let searchBundle = "pagefind/"
    public static let dashboard = "dasbor/"
    public static let surveyDashboard = "survei/"
    public static let ziDashboard = "zona-integritas/"
    /// Every unit's standing on the obligations the portal checks.
    public static let completeness = "kelengkapan/"
    /// Every rule the portal applies, its source and its reading (`Methodology.all`).
    public static let methodology = "metodologi/"
    /// The accessibility statement: what the theme conforms to and how to report a barrier.
    public static let accessibility = "aksesibilitas/"
    /// Open data: every published survey figure as CSV and JSON.
    public static let openData = "data/"
    public static let notFound = "404.html"
    /// The Atom feed of new and changed standards, maklumat and survey results.
    public static let feed = "feed.xml"
    public static let stylesheet = "assets/style.css"
    /// The theme's script that starts Pagefind's search box on the search page.
    public static let searchScript = "assets/search.js"
    /// The theme's own icon, used when the portal gives no logo.
    public static let favicon = "assets/favicon.svg"

    public static func unit(_ slug: String) -> String { "unit/\(slug)/" }
    /// The services of one instansi, on a portal too large for one services index.
    public static func servicesIndex(instansi: String) -> String { "layanan/\(instansi)/" }
    public static func service(unit: String, slug: String) -> String { "unit/\(unit)/layanan/\(slug)/" }
    public static func maklumat(unit: String) -> String { "unit/\(unit)/maklumat/" }
    public static func sop(unit: String, slug: String) -> String { "unit/\(unit)/sop/\(slug)/" }
    /// The calculation sheet of a unit's IKM in one period (`unit/dinas-a/survei/ikm-2024-q1/`):
    /// one address per period, which later periods never change.
    public static func surveyCalculation(unit: String, period: SurveyPeriod) -> String {
        "unit/\(unit)/survei/ikm-\(period.description.lowercased())/"
    }
    public static func page(_ slug: String) -> String { "\(slug)/" }
    /// A file published beside the content: below the unit's address, or the portal's
    /// (`unit/dinas-a/berkas/sk.pdf`, `berkas/logo.png`), named as in the content folder:
    /// the file's path, or (`encoded`) its address with other characters than letters,
    /// digits and `-._~` percent-encoded (`surat%20keputusan.pdf`).
    public static func attachment(_ attachment: Attachment, encoded: Bool = false) -> String {
        let name = encoded ? attachment.name.split(separator: "/").map { String($0).addingPercentEncoding(withAllowedCharacters: pathCharacters) ?? String($0) }
            .joined(separator: "/") : attachment.name
        switch attachment.owner {
        case .portal: return Attachment.folderName + "/" + name
        case .unit(let slug): return unit(slug) + Attachment.folderName + "/" + name
        }
    }

    /// The characters an address's path part keeps as they are (RFC 3986 unreserved).
    static let pathCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// A rule on the Metodologi page (`metodologi/#ikm-mutu`).
    public static func methodology(rule id: String) -> String { methodology + "#" + id }

    /// The file a route is written to.
    public static func file(for route: String) -> String {
        route.isEmpty ? "index.html" : (route.hasSuffix("/") ? route + "index.html" : route)
    }

    /// The prefix that leads from the page at `route` back to the site root, so that
    /// links work wherever the site is hosted (a sub-folder, a file system).
    public static func rootPrefix(from route: String) -> String {
        // A page's file is its route plus, for a folder, `index.html`: as deep as the
        // route has slashes.
        // Counted on the contiguous bytes: the generic `for byte in route.utf8` cost about
        // 30 instructions a byte.
        let slashes: (UnsafeBufferPointer<UInt8>) -> Int = { bytes in
            var depth = 0
            for byte in bytes where byte == UInt8(ascii: "/") { depth += 1 }
            return depth
        }
        var route = route
        let depth = route.utf8.withContiguousStorageIfAvailable(slashes) ?? route.withUTF8(slashes)
        return depth < prefixes.count ? prefixes[depth] : String(repeating: "../", count: depth)
    }

    /// `rootPrefix` of the depths pages have, made once: `String(repeating:count:)` cost
    /// about 3,000 instructions a link, and the layout alone asks for fifteen a page.
    private static let prefixes = (0..<16).map { String(repeating: "../", count: $0) }

    /// A link from the page at `from` to `to`.
    public static func link(from: String, to: String) -> String {
        let href = rootPrefix(from: from) + to
        return href.isEmpty ? "./" : href
    }
}
