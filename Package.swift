// swift-tools-version:6.0
import PackageDescription

// Lentera compiles a content folder into a static transparency portal.
// The pipeline stages are separate modules whose dependencies point one way:
//   CCmark → LenteraMarkdown ─┐   LenteraTemplate (the Mustache engine) ─┐
//   (LenteraSite also reads Markdown links through LenteraMarkdown for the link check)
//   LenteraDiagnostics → LenteraDomain → LenteraContent → LenteraRender → LenteraSite → LenteraCLI → lentera
//   templates/ ─(EmbedTheme plugin, theme-embedder at build time)→ LenteraTheme → LenteraRender, LenteraSite
//                                                          LenteraSite → LenteraServe (Hummingbird) ─┘
//   LenteraDiagnostics → LenteraFiles (closed folders, safe writes, locks) → LenteraContent, LenteraRender, LenteraSite
//                                                       └→ LenteraImport (raw survey exports) ──────────┘
// Benchmarks, beside the pipeline (no pipeline module depends on them):
//   LenteraSynth (synthetic portal + Hugo twin; Foundation only) → LenteraBench (harness, floor; + LenteraMarkdown) → lentera-bench
let package = Package(
    name: "Lentera",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lentera", targets: ["lentera"]),
        .executable(name: "lentera-bench", targets: ["lentera-bench"]),
        .library(name: "LenteraSite", targets: ["LenteraSite"]),
        // The readers of single content files and survey exports, from bytes
        // (`SingleFileDecoder`, `SurveyExportBytes`): what the fuzz targets in Fuzz/ call.
        .library(name: "LenteraReaders", targets: ["LenteraContent", "LenteraImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // `lentera serve`: the HTTP server (routes, the server's life cycle) and, for its
        // tests, the library's own test client. The others come with it: NIOCore to
        // recognise a busy port, ServiceLifecycle to stop in order on Ctrl+C, Logging to
        // keep the server's log off the officer's terminal.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `lentera serve --edit`: passwords kept only as bcrypt hashes (the C implementation
        // hummingbird-auth carries, nothing else of it), and forms with files uploaded
        // (multipart/form-data) read by Vapor's parser, which needs no more than SwiftNIO.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // The editor's file versions: SHA-256 of a file's bytes, to tell that it changed since
        // it was opened.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // `lentera survey import` of workbooks: the ZIP container of .xlsx and .ods (entries
        // inflated as a stream), and their small XML parts (the workbook's list of sheets,
        // relationships, styles, the manifest) read as documents. The sheets themselves are
        // scanned as they inflate (`SheetXMLScanner`), see docs/performance.md.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
    ],
    targets: [
        // The C library, installed by Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The only module that touches cmark.
        .target(name: "LenteraMarkdown", dependencies: ["CCmark"]),
        // Diagnostics as data: severity, stable code, location, message, hint.
        .target(name: "LenteraDiagnostics"),
        // The content and templates folders as closed worlds: listings that refuse links
        // leading outside, dangling links, loops and special files; regular files read whole.
        // And writing safely: folders held open (never through a link), files written whole
        // (`AtomicFile`), one writer at a time (`ExclusiveLock`).
        .target(name: "LenteraFiles", dependencies: ["LenteraDiagnostics"]),
        // Plain value types and the rules of the regulations. No files, no HTML.
        .target(name: "LenteraDomain", dependencies: ["LenteraDiagnostics"]),
        // Files, front matter, YAML and JSON → domain model, with diagnostics.
        .target(
            name: "LenteraContent",
            dependencies: ["LenteraDomain", "LenteraDiagnostics", "LenteraFiles", .product(name: "Yams", package: "Yams")]
        ),
        // Raw survey exports (CSV, streamed by a byte-level reader of its own; .xlsx and .ods
        // workbooks) → aggregated results in the content folder.
        .target(name: "LenteraImport", dependencies: [
            "LenteraContent", "LenteraDomain", "LenteraDiagnostics", "LenteraFiles",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "SWXMLHash", package: "SWXMLHash"),
        ]),
        // The template engine: Mustache templates compiled once, rendered from view models
        // that answer `value(for:)` (no reflection).
        .target(name: "LenteraTemplate"),
        // The default theme compiled into the program: the EmbedTheme plugin turns the
        // templates and assets of `templates/` into generated Swift at every build. `theme`
        // is a link to `templates/`, there only so that SwiftPM, which watches the target
        // folders, plans again (and reruns the plugin) when a theme file is added or removed.
        .target(name: "LenteraTheme", exclude: ["theme"], plugins: ["EmbedTheme"]),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["theme-embedder"]),
        .executableTarget(name: "theme-embedder"),
        // View models per page kind, templates (the built-in theme, overridden file by file
        // by a portal's own), charts.
        .target(
            name: "LenteraRender",
            dependencies: [
                "LenteraDomain", "LenteraMarkdown", "LenteraDiagnostics", "LenteraTemplate", "LenteraFiles", "LenteraTheme"
            ]
        ),
        // One system call Swift's Glibc module does not expose: the atomic exchange of two folders.
        .target(name: "CAtomicSwap"),
        // Orchestration: the named phases, concurrency, atomic writing.
        .target(name: "LenteraSite", dependencies: ["LenteraContent", "LenteraRender", "LenteraMarkdown", "LenteraDomain", "LenteraDiagnostics", "LenteraFiles", "LenteraTheme", "CAtomicSwap"]),
        // The preview: the site built into a private folder, served over HTTP, rebuilt when
        // the content or the theme changes, and open pages told to reload.
        .target(
            name: "LenteraServe",
            dependencies: [
                "LenteraSite", "LenteraRender", "LenteraDiagnostics", "LenteraFiles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Editing in the browser (`lentera serve --edit`): accounts and sign-in, forms made
        // from the table of content kinds, files saved whole after the same checks as
        // `lentera check`, and the history of every save.
        .target(
            name: "LenteraEditor",
            dependencies: [
                "LenteraServe", "LenteraSite", "LenteraContent", "LenteraMarkdown", "LenteraDomain", "LenteraDiagnostics", "LenteraFiles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The commands, thin.
        .target(
            name: "LenteraCLI",
            dependencies: ["LenteraSite", "LenteraImport", "LenteraServe", "LenteraEditor", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "lentera", dependencies: ["LenteraCLI"]),

        // A national-scale synthetic portal in Lentera's content format, and the same site
        // for Hugo, from a seeded generator. Foundation only.
        .target(name: "LenteraSynth"),
        // The benchmark harness: children spawned and measured (wait4), the write floor
        // (libcmark through LenteraMarkdown), the report as Markdown.
        .target(name: "LenteraBench", dependencies: ["LenteraSynth", "LenteraMarkdown"]),
        .executableTarget(
            name: "lentera-bench",
            dependencies: ["LenteraBench", "LenteraSynth", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Test support: a portal written from `[path: text]` into a temporary folder, and
        // where the default theme is, and diagnostics written out as fixed text for expectations.
        // Foundation and LenteraDiagnostics only, so every test target can use it.
        .target(name: "LenteraTesting", dependencies: ["LenteraDiagnostics"], path: "Tests/LenteraTesting"),

        .testTarget(name: "LenteraMarkdownTests", dependencies: ["LenteraMarkdown"]),
        .testTarget(name: "LenteraTemplateTests", dependencies: ["LenteraTemplate"], resources: [.copy("spec")]),
        // The catalogues complete in both languages, and docs/diagnostics.md in step with them.
        .testTarget(name: "LenteraDiagnosticsTests", dependencies: ["LenteraDiagnostics", "LenteraTesting"]),
        .testTarget(name: "LenteraDomainTests", dependencies: ["LenteraDomain", "LenteraTesting"]),
        .testTarget(name: "LenteraContentTests", dependencies: ["LenteraContent", "LenteraFiles", "LenteraTesting"]),
        // Workbooks/: sheets LibreOffice saved (as .xlsx, .ods and .csv) from the flat files
        // make-workbooks.py writes; read by path, so that the tests read the files as committed.
        .testTarget(name: "LenteraImportTests", dependencies: ["LenteraImport", "LenteraContent", "LenteraFiles", "LenteraTesting",
                                                              .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Workbooks"]),
        .testTarget(name: "LenteraSiteTests", dependencies: ["LenteraSite", "LenteraRender", "LenteraDomain", "LenteraTheme", "LenteraTesting"]),
        // The preview server, started for real on a port the system chooses.
        .testTarget(
            name: "LenteraServeTests",
            dependencies: ["LenteraServe", "LenteraSite", "LenteraTesting", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        // The editor: accounts, forms, saving and history on small portals; its server started for real.
        .testTarget(
            name: "LenteraEditorTests",
            dependencies: ["LenteraEditor", "LenteraServe", "LenteraContent", "LenteraSite", "LenteraDomain", "LenteraFiles", "LenteraTesting", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        // Runs the built `lentera` executable; `swift build` builds it before the tests.
        .testTarget(name: "LenteraCLITests", dependencies: ["LenteraCLI", "LenteraTesting"]),
        // Generates small portals: determinism, a clean Lentera build, the Hugo twin's pages,
        // and one short run of the benchmark (uses the built `lentera`, `lentera-bench`, `hugo`).
        .testTarget(name: "LenteraSynthTests", dependencies: ["LenteraSynth", "LenteraBench", "LenteraSite", "LenteraTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
