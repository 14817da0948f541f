import Foundation
import PackagePlugin

/// Compiles the default theme into the binary: at every build, the files of `templates/`
/// at the package root (the theme's one source of truth, where `docs/cli.md` sends
/// theme authors) become a generated Swift file of the target it is applied to. Editing a
/// template needs no step of its own: the files are the command's inputs, so a change
/// reruns it, and the list is read again at every build, so an added or removed file is
/// seen too.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates")
        let files = try ThemeFiles.list(in: folder)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTheme+Files.swift")
        return [.buildCommand(
            displayName: "Embedding the built-in theme (\(files.count) files of templates/)",
            executable: try context.tool(named: "theme-embedder").url,
            arguments: [folder.path, output.path] + files,
            inputFiles: files.map { folder.appending(path: $0) },
            outputFiles: [output]
        )]
    }
}

/// The files of the theme, as `TemplateSet` reads them: every `.mustache` file and every
/// file under `assets/`, by path relative to the folder, sorted; names starting with a
/// dot are left out. A symbolic link fails the build: the embedded theme is made of the
/// repository's own files only.
enum ThemeFiles {
    struct LinkInTheme: Error, CustomStringConvertible {
        let path: String
        var description: String { "templates/\(path) is a symbolic link; the built-in theme takes regular files only" }
    }

    static func list(in folder: URL) throws -> [String] {
        var found: [String] = []
        func visit(_ relative: String) throws {
            let url = relative.isEmpty ? folder : folder.appending(path: relative)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                let attributes = try FileManager.default.attributesOfItem(atPath: folder.appending(path: child).path)
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?: try visit(child)
                case .typeRegular? where child.hasSuffix(".mustache") || child.hasPrefix("assets/"): found.append(child)
                case .typeSymbolicLink?: throw LinkInTheme(path: child)
                default: continue
                }
            }
        }
        try visit("")
        return found.sorted()
    }
}
