// swift-tools-version:6.0
import PackageDescription

// The fuzz targets (docs/fuzzing.md): one libFuzzer executable whose target is chosen by
// the name it is started as (`scripts/fuzz` links `fuzz-<target>` to it). It has no
// `main` of its own: libFuzzer's comes with `-sanitize=fuzzer`, so build it only through
// `scripts/fuzz`, never with a plain `swift build`.
let package = Package(
    name: "LenteraFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Lentera", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "lentera-fuzz",
            dependencies: [.product(name: "LenteraReaders", package: "Lentera")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
