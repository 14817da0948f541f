import ArgumentParser
import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraEditor

extension Lentera {
    /// `lentera user add|passwd|remove|list`: the editor's accounts, in `pengguna.yaml`
    /// beside the content folder (docs/editor.md, "Accounts").
    struct User: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.user.abstract"), discussion: text("cli.help.user.discussion"),
                                 subcommands: [Add.self, Passwd.self, Remove.self, List.self])
        }
    }
}

extension Lentera.User {
    /// `lentera user add NAME --role admin|petugas [--unit SLUG …] [--full-name TEXT] [--email ADDR]`.
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.user-add.abstract"), discussion: text("cli.help.user-add.discussion"))
        }

        @Argument(help: ArgumentHelp(text("cli.help.user.name"), valueName: "NAME"))
        var name: String

        @Option(name: .long, help: ArgumentHelp(text("cli.help.user-add.role"), valueName: "admin|petugas"))
        var role: String

        @Option(name: .long, help: ArgumentHelp(text("cli.help.user-add.unit"), valueName: "SLUG"))
        var unit: [String] = []

        @Option(name: .customLong("full-name"), help: ArgumentHelp(text("cli.help.user-add.full-name"), valueName: "TEXT"))
        var fullName: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.user-add.email"), valueName: "ADDR"))
        var email: String?

        @Option(name: .long, help: ArgumentHelp(text("cli.help.input.content"), valueName: "DIR"))
        var content = "content"

        @OptionGroup var output: OutputOptions

        func validate() throws {
            try UserCommand.checkName(name)
            guard let role = Role(rawValue: role) else {
                throw ValidationError(Message("editor.accounts.unknown-role", ["role": .text(role)]).text() + "; "
                                      + Message("editor.accounts.unknown-role.hint").text())
            }
            if role == .officer, unit.isEmpty { throw ValidationError(Message("cli.user.officer-needs-unit", ["name": .text(name)]).text()) }
            if role == .admin, !unit.isEmpty { throw ValidationError(Message("cli.user.admin-no-unit").text()) }
            if let fullName, !AccountsFile.isValidFullName(fullName) {
                throw ValidationError(Message("editor.accounts.invalid-full-name").text())
            }
            if let email, !AccountsFile.isValidEmail(email) {
                throw ValidationError(Message("editor.accounts.invalid-email", ["value": .text(email)]).text() + "; "
                                      + Message("editor.accounts.invalid-email.hint").text())
            }
        }

        func run() throws {
            Console.configure(output)
            try UserCommand.run {
                let place = try UserCommand.Place(content: content)
                let units = try place.checkedUnits(unit)
                var book = try place.book()
                if book.account(named: name) != nil {
                    throw UserCommand.refusal("cli.user.exists", ["name": .text(name), "file": .text(place.display)],
                                              advice: Message("cli.user.exists.hint", ["name": .text(name)]))
                }
                let password = try PasswordInput.newPassword(for: name)
                let role = Role(rawValue: role)!
                book.accounts.append(Account(name: name, fullName: fullName ?? name, email: email, role: role, units: units,
                                             passwordHash: PasswordHash.make(password)))
                try place.save(book)
                Console.out(Message("cli.user.added", ["name": .text(name), "file": .text(place.display),
                                                       "role": .message(UserCommand.roleText(role, units))]))
                UserCommand.warnIfGitWouldTrack(place)
            }
        }
    }

    /// `lentera user passwd NAME`.
    struct Passwd: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.user-passwd.abstract"))
        }

        @Argument(help: ArgumentHelp(text("cli.help.user.name"), valueName: "NAME"))
        var name: String

        @Option(name: .long, help: ArgumentHelp(text("cli.help.input.content"), valueName: "DIR"))
        var content = "content"

        @OptionGroup var output: OutputOptions

        func run() throws {
            Console.configure(output)
            try UserCommand.run {
                let place = try UserCommand.Place(content: content)
                var book = try place.book()
                let index = try UserCommand.index(of: name, in: book, place: place)
                let password = try PasswordInput.newPassword(for: name)
                book.accounts[index].passwordHash = PasswordHash.make(password)
                try place.save(book)
                Console.out(Message("cli.user.password-changed", ["name": .text(name), "file": .text(place.display)]))
                // A new password lifts a lock: the officer locked out can sign in with it at once.
                if (try? SignInGuard.forgetAttempts(of: name, state: place.stateFolder)) == true {
                    Console.out(Message("cli.user.lock-lifted", ["name": .text(name)]))
                }
            }
        }
    }

    /// `lentera user remove NAME`.
    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.user-remove.abstract"))
        }

        @Argument(help: ArgumentHelp(text("cli.help.user.name"), valueName: "NAME"))
        var name: String

        @Option(name: .long, help: ArgumentHelp(text("cli.help.input.content"), valueName: "DIR"))
        var content = "content"

        @OptionGroup var output: OutputOptions

        func run() throws {
            Console.configure(output)
            try UserCommand.run {
                let place = try UserCommand.Place(content: content)
                var book = try place.book()
                let index = try UserCommand.index(of: name, in: book, place: place)
                book.accounts.remove(at: index)
                try place.save(book)
                Console.out(Message("cli.user.removed", ["name": .text(name), "file": .text(place.display)]))
            }
        }
    }

    /// `lentera user list`: names, full names, roles and units; never a hash.
    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: text("cli.help.user-list.abstract"))
        }

        @Option(name: .long, help: ArgumentHelp(text("cli.help.input.content"), valueName: "DIR"))
        var content = "content"

        @OptionGroup var output: OutputOptions

        func run() throws {
            Console.configure(output)
            try UserCommand.run {
                let place = try UserCommand.Place(content: content)
                let book = try place.book()
                if book.accounts.isEmpty {
                    Console.out(Message("cli.user.list.empty", ["file": .text(place.display)]))
                    return
                }
                for account in book.accounts {
                    Console.out(Message(account.email == nil ? "cli.user.list.entry" : "cli.user.list.entry-email",
                                        ["name": .text(account.name), "fullName": .text(account.fullName), "email": .text(account.email ?? ""),
                                         "role": .message(UserCommand.roleText(account.role, account.units))]))
                }
            }
        }
    }
}
