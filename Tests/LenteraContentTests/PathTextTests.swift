import LenteraContent
import Testing

/// `PathText.containingFolder` on paths as people write them on the command line.
@Suite struct PathTextTests {
    @Test(arguments: [
        ("content", ""), ("content/", ""), ("portal/isi", "portal"), ("portal/isi/", "portal"), ("portal//isi", "portal"),
        ("/srv/portal/content", "/srv/portal"), ("/content", "/"), ("/", "/"), ("//", "/"),
        (".", ".."), ("./", ".."), ("", ".."), ("..", "../.."), ("../..", "../../.."), ("a/..", "a/../.."),
        ("x/.", ""), ("a/b/.", "a"), ("c", ""), ("c/", ""), ("./c", "."),
    ])
    func theFolderThatHoldsAPath(_ path: String, _ folder: String) {
        #expect(PathText.containingFolder(path) == folder, "\(path)")
    }
}
