import Foundation
@testable import LenteraServe
import LenteraTesting
import Testing

/// Which file a request path reaches in the built folder, and what is never reached.
@Suite struct ServedFolderTests {
    /// A built folder: a home page, a page in a folder, a stylesheet, a folder with no
    /// index, a hidden file, a link to a file outside, and a link to a folder outside.
    private func withSite(_ body: (ServedFolder, URL) throws -> Void) throws {
        try withTemporaryFolder { folder in
            let site = folder.appendingPathComponent("site")
            let outside = folder.appendingPathComponent("rahasia")
            let fileManager = FileManager.default
            for path in ["unit/dinas", "assets", "kosong"] {
                try fileManager.createDirectory(at: site.appendingPathComponent(path), withIntermediateDirectories: true)
            }
            try fileManager.createDirectory(at: outside, withIntermediateDirectories: true)
            for (path, text) in ["index.html": "beranda", "unit/dinas/index.html": "dinas", "assets/style.css": "body{}",
                                 "404.html": "tidak ada", ".manifest": "tersembunyi"] {
                try Data(text.utf8).write(to: site.appendingPathComponent(path))
            }
            try Data("kata sandi".utf8).write(to: outside.appendingPathComponent("index.html"))
            try fileManager.createSymbolicLink(atPath: site.appendingPathComponent("bocor.html").path,
                                               withDestinationPath: outside.appendingPathComponent("index.html").path)
            try fileManager.createSymbolicLink(atPath: site.appendingPathComponent("luar").path, withDestinationPath: outside.path)
            let served = ServedFolder(site)
            try body(served, URL(fileURLWithPath: served.root))
        }
    }

    @Test func aFolderWithItsSlashIsItsIndexAndWithoutItIsRedirected() throws {
        try withSite { served, root in
            #expect(served.lookup("/") == .file(root.path + "/index.html"))
            #expect(served.lookup("/unit/dinas/") == .file(root.path + "/unit/dinas/index.html"))
            #expect(served.lookup("/unit/dinas") == .redirect("/unit/dinas/"))
            #expect(served.lookup("/assets/style.css") == .file(root.path + "/assets/style.css"))
            #expect(served.lookup("/unit%2Fdinas/") == .file(root.path + "/unit/dinas/index.html"))
            #expect(served.notFoundPage == root.path + "/404.html")
        }
    }

    @Test func nothingOutsideTheFolderNoListingAndNoHiddenFileIsReached() throws {
        try withSite { served, _ in
            for path in ["/kosong/", "/assets/", "/../rahasia/index.html", "/unit/../../rahasia/index.html",
                         "/%2e%2e/rahasia/index.html", "/.manifest", "/bocor.html", "/luar/", "/luar/index.html",
                         "/assets/style.css/", "//etc/passwd", "/unit//dinas/", "/tidak-ada", "/index.html%00.css", "relatif"] {
                #expect(served.lookup(path) == .notFound, "\(path)")
            }
        }
    }

    @Test func textIsSentAsUTF8AndEachFileWithItsType() {
        #expect(ServedFolder.contentType(of: "a/index.html") == "text/html; charset=utf-8")
        #expect(ServedFolder.contentType(of: "assets/style.css") == "text/css; charset=utf-8")
        #expect(ServedFolder.contentType(of: "data/ikm.csv") == "text/csv; charset=utf-8")
        #expect(ServedFolder.contentType(of: "data/ikm.json") == "application/json; charset=utf-8")
        #expect(ServedFolder.contentType(of: "sitemap.xml") == "application/xml; charset=utf-8")
        #expect(ServedFolder.contentType(of: "grafik.svg") == "image/svg+xml; charset=utf-8")
        #expect(ServedFolder.contentType(of: "foto.png") == "image/png")
        #expect(ServedFolder.contentType(of: "tanpa-akhiran") == "application/octet-stream")
    }
}

/// The script is added to the page's HTML, nowhere else.
@Suite struct LiveReloadTests {
    @Test func theTagGoesBeforeTheLastBodyEnd() {
        let page = "<html><body><p>&lt;/body&gt;</p></BODY></html>"
        #expect(LiveReload.inject("<script></script>", into: page) == "<html><body><p>&lt;/body&gt;</p><script></script>\n</BODY></html>")
        #expect(LiveReload.inject("<x>", into: "tanpa badan") == "tanpa badan<x>\n")
        #expect(LiveReload.tag(token: "a\"b") == "<script src=\"/_lentera/live-reload.js\" data-build=\"a&quot;b\"></script>")
    }
}
