import ArgumentParser
import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraEditor

/// What the `lentera user` commands share: where the accounts file is, the units of the
/// content folder, and how a refusal is printed.
enum UserCommand {
    /// A refusal: printed like a diagnostic, exit status 1.
    struct Refusal: Error {
        let diagnostic: Diagnostic
    }

    static func refusal(_ key: String, _ values: [String: Message.Argument] = [:], advice: Message? = nil) -> Refusal {
        Refusal(diagnostic: .error(key, at: nil, Message(key, values), advice: advice))
    }

    /// Runs `body`, printing a refusal or a malformed accounts file as a diagnostic (exit status 1).
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let refusal as Refusal {
            Console.printDiagnostics([refusal.diagnostic])
            throw ExitCode(1)
        } catch let error as EditorFileError {
            Console.printDiagnostics([error.diagnostic])
            throw ExitCode(1)
        }
    }

    static func checkName(_ name: String) throws {
        guard AccountsFile.isValidName(name) else {
            throw ValidationError(Message("editor.accounts.invalid-name", ["name": .text(name)]).text() + "; "
                                  + Message("editor.accounts.invalid-name.hint").text())
        }
    }

    /// `admin` / `petugas unit a, b`, in the current language.
    static func roleText(_ role: Role, _ units: [String]) -> Message {
        role == .admin ? Message("cli.user.role.admin")
            : Message("cli.user.role.officer", ["units": .text(units.map { "`\($0)`" }.joined(separator: ", "))])
    }

    /// The position of the account `name` in the book, or a refusal naming the ones there are.
    static func index(of name: String, in book: AccountBook, place: Place) throws -> Int {
        if let index = book.accounts.firstIndex(where: { $0.name == name }) { return index }
        let names = book.accounts.map(\.name)
        let advice = names.isEmpty ? Message("cli.user.unknown.hint.none")
            : Suggestion.advice(for: name, among: names, then: Message("cli.user.unknown.hint", ["names": .text(names.joined(separator: ", "))]))
        throw refusal("cli.user.unknown", ["name": .text(name), "file": .text(place.display)], advice: advice)
    }

    /// A warning when Git would take the accounts file into a commit: the folder is in a
    /// Git work tree and the file is not ignored (nor is Git missing).
    static func warnIfGitWouldTrack(_ place: Place) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", PathText.containingFolder(place.file.path), "check-ignore", "-q", AccountBook.fileName]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return }
        process.waitUntilExit()
        // 0: ignored; 1: in a work tree, not ignored; 128: not a work tree; 127: no git.
        guard process.terminationStatus == 1 else { return }
        Console.printDiagnostics([.warning("cli.user.not-ignored", at: nil, Message("cli.user.not-ignored", ["file": .text(place.display)]),
                                           advice: Message("cli.user.not-ignored.hint"))])
    }

    /// The content folder named by `--content` and the accounts file beside it.
    struct Place {
        let content: String
        let file: URL
        /// The accounts file as the user would write its path: `pengguna.yaml`, `portal/pengguna.yaml`.
        let display: String

        init(content: String) throws {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue else {
                throw UserCommand.refusal("cli.user.no-content", ["content": .text(content)], advice: Message("cli.user.no-content.hint"))
            }
            self.content = content
            let parent = PathText.containingFolder(content)
            display = parent.isEmpty ? AccountBook.fileName : (parent.hasSuffix("/") ? parent : parent + "/") + AccountBook.fileName
            file = AccountBook.file(besideContent: URL(fileURLWithPath: content, isDirectory: true))
        }

        /// `.lentera-sunting` beside the content folder.
        var stateFolder: URL { SignInGuard.stateFolder(besideContent: URL(fileURLWithPath: content, isDirectory: true)) }

        func book() throws(EditorFileError) -> AccountBook {
            try AccountBook.load(file, displayPath: display)
        }

        func save(_ book: AccountBook) throws(EditorFileError) {
            try book.save(to: file)
        }

        /// The units of the content folder: every folder of `units/` that holds a unit file.
        func units() -> [String] {
            let folder = (content as NSString).appendingPathComponent("units")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { name in
                ContentKinds.unit.extensions.contains { FileManager.default.fileExists(atPath: "\(folder)/\(name)/unit.\($0)") }
            }.sorted()
        }

        /// `given`, each checked to be a unit of the content folder, without repeats.
        func checkedUnits(_ given: [String]) throws -> [String] {
            guard !given.isEmpty else { return [] }
            let known = units()
            var checked: [String] = []
            for unit in given where !checked.contains(unit) {
                guard known.contains(unit) else {
                    let rest = known.isEmpty ? Message("cli.user.unknown-unit.hint.none")
                        : Message("cli.user.unknown-unit.hint", ["units": .text(known.joined(separator: ", "))])
                    throw UserCommand.refusal("cli.user.unknown-unit", ["unit": .text(unit), "content": .text(content)],
                                              advice: Suggestion.advice(for: unit, among: known, then: rest))
                }
                checked.append(unit)
            }
            return checked
        }
    }
}
