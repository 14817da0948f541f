import Foundation
import LenteraDiagnostics

extension HistoryView {
    /// A unit's changes, newest first as given: when, by whom, what, and a link to each
    /// change's difference (`Editor.prefix/riwayat/<unit>/<id>`). An HTML fragment (a list)
    /// for a page that has its own `<h1>`.
    public static func list(_ changes: [Change], unit: String, language: Language) -> String {
        list(changes, unit: unit, language: language, timeZone: .current)
    }

    /// The same, with the times told in `timeZone` (the server's by default).
    public static func list(_ changes: [Change], unit: String, language: Language, timeZone: TimeZone) -> String {
        func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
            escape(Message(key, arguments).text(in: language))
        }
        guard !changes.isEmpty else { return "<p class=\"riwayat-kosong\">\(text("editor.history.empty"))</p>\n" }
        let formatter = dateFormatter(language, timeZone)
        var html = "<ol class=\"riwayat-daftar\">\n"
        for change in changes {
            let when = time(change.date, formatter)
            let name = author(change.author)
            html += "<li class=\"riwayat-perubahan\">\n"
            html += "<p class=\"riwayat-waktu\">\(when.html) <span class=\"riwayat-oleh\">\(text("editor.history.by", ["name": .text(name)]))</span></p>\n"
            if let summary = change.message.split(separator: "\n").first {
                html += "<p class=\"riwayat-pesan\">\(escape(String(summary)))</p>\n"
            }
            if !change.paths.isEmpty {
                html += "<ul class=\"riwayat-berkas\" aria-label=\"\(text("editor.history.label.files"))\">"
                html += change.paths.map { "<li><code>\(escape($0))</code></li>" }.joined()
                html += "</ul>\n"
            }
            html += "<p><a class=\"riwayat-tautan\" href=\"\(escape(link(unit: unit, id: change.id)))\">\(text("editor.history.view-difference"))"
            html += "<span class=\"riwayat-tersembunyi\"> (\(escape(when.text)), \(escape(name)))</span></a></p>\n"
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }

    /// One change: when, who, its message, and for each file its lines removed (−) and added
    /// (+) with up to 3 unchanged lines around them (longer unchanged runs are folded into
    /// one line saying how many). Not told by colour alone: the signs are shown, and screen
    /// readers hear "dihapus"/"ditambahkan" before each changed line. A fragment for a page
    /// with its own `<h1>`: each file is an `<h2>`.
    public static func difference(_ change: Change, _ files: [FileDifference], language: Language) -> String {
        difference(change, files, language: language, timeZone: .current)
    }

    /// The same, with the time told in `timeZone`.
    public static func difference(_ change: Change, _ files: [FileDifference], language: Language, timeZone: TimeZone) -> String {
        func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
            escape(Message(key, arguments).text(in: language))
        }
        let when = time(change.date, dateFormatter(language, timeZone))
        var html = "<div class=\"riwayat-beda\">\n<dl class=\"riwayat-ringkas\">\n"
        html += "<dt>\(text("editor.history.label.date"))</dt><dd>\(when.html)</dd>\n"
        var who = escape(author(change.author))
        if !change.author.account.isEmpty, change.author.account != change.author.name {
            who += " (<code>\(escape(change.author.account))</code>)"
        }
        html += "<dt>\(text("editor.history.label.author"))</dt><dd>\(who)</dd>\n"
        if !change.message.isEmpty {
            html += "<dt>\(text("editor.history.label.message"))</dt><dd class=\"riwayat-pesan\">\(escape(change.message))</dd>\n"
        }
        html += "</dl>\n"
        guard !files.isEmpty else { return html + "<p>\(text("editor.history.no-files"))</p>\n</div>\n" }
        html += "<p class=\"riwayat-petunjuk\">\(text("editor.history.legend"))</p>\n"
        for (number, file) in files.enumerated() {
            let heading = "riwayat-berkas-\(number + 1)"
            html += "<section class=\"riwayat-berkas-beda\" aria-labelledby=\"\(heading)\">\n"
            html += "<h2 id=\"\(heading)\"><code>\(escape(file.path))</code>"
            switch file.status {
            case .added: html += " <span class=\"riwayat-status\">(\(text("editor.history.file-added")))</span>"
            case .removed: html += " <span class=\"riwayat-status\">(\(text("editor.history.file-removed")))</span>"
            case .changed: break
            }
            html += "</h2>\n"
            if file.binary {
                html += "<p>\(text("editor.history.binary"))</p>\n</section>\n"
                continue
            }
            let added = file.lines.filter { if case .added = $0 { true } else { false } }.count
            let removed = file.lines.filter { if case .removed = $0 { true } else { false } }.count
            html += "<p class=\"riwayat-jumlah\">\(text(count("editor.history.count.added", added), ["count": .text(String(added))])), "
            html += "\(text(count("editor.history.count.removed", removed), ["count": .text(String(removed))]))</p>\n"
            html += "<div class=\"riwayat-baris\">\n"
            for part in DifferenceFolding.fold(file.lines, context: 3) {
                switch part {
                case .line(.same(let line)):
                    html += "<div class=\"riwayat-sama\"><span class=\"riwayat-tanda\" aria-hidden=\"true\"> </span>\(lineHTML(line))</div>\n"
                case .line(.added(let line)):
                    html += "<div class=\"riwayat-tambah\"><ins><span class=\"riwayat-tanda\" aria-hidden=\"true\">+</span>"
                    html += "<span class=\"riwayat-tersembunyi\">\(text("editor.history.added-line")) </span>\(lineHTML(line))</ins></div>\n"
                case .line(.removed(let line)):
                    html += "<div class=\"riwayat-hapus\"><del><span class=\"riwayat-tanda\" aria-hidden=\"true\">−</span>"
                    html += "<span class=\"riwayat-tersembunyi\">\(text("editor.history.removed-line")) </span>\(lineHTML(line))</del></div>\n"
                case .folded(let lines):
                    html += "<div class=\"riwayat-lewati\">⋯ \(text(count("editor.history.count.unchanged", lines), ["count": .text(String(lines))]))</div>\n"
                }
            }
            html += "</div>\n</section>\n"
        }
        return html + "</div>\n"
    }

    /// The address of a change's difference.
    public static func link(unit: String, id: String) -> String {
        var segment = CharacterSet.urlPathAllowed
        segment.remove(charactersIn: "/;?#")
        func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: segment) ?? "" }
        return Editor.prefix + "/riwayat/" + encoded(unit) + "/" + encoded(id)
    }

    /// The key for one (`….one`) or for any other count.
    static func count(_ key: String, _ value: Int) -> String { value == 1 ? key + ".one" : key }

    static func author(_ author: ChangeAuthor) -> String { author.name.isEmpty ? author.account : author.name }

    /// A line's text, escaped; a `\r` left at its end (a CRLF line end) shown as `␍`.
    static func lineHTML(_ line: String) -> String {
        guard line.hasSuffix("\r") else { return escape(line) }
        return escape(String(line.dropLast())) + "<span class=\"riwayat-cr\">␍</span>"
    }

    /// A time as readers write it: `6 Desember 2026 pukul 19.12 WIB`, `6 December 2026 at
    /// 19:12 GMT+7` (the words and order of the language, from ICU through Foundation), in
    /// `<time>` with the exact time in UTC.
    static func time(_ date: Date, _ formatter: DateFormatter) -> (html: String, text: String) {
        let text = formatter.string(from: date)
        return ("<time datetime=\"\(AppendOnlyHistory.dateText(date))\">\(escape(text))</time>", text)
    }

    /// The formatter of `time`, made once per page (making one is the slow part).
    static func dateFormatter(_ language: Language, _ timeZone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .en ? "en_GB" : "id_ID")
        formatter.timeZone = timeZone
        formatter.setLocalizedDateFormatFromTemplate("dMMMMyHHmmz")
        return formatter
    }

    /// Text as HTML: the five characters that could end an element or an attribute escaped.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}

/// Long runs of unchanged lines folded away, keeping `context` lines next to each change.
enum DifferenceFolding {
    enum Part: Equatable {
        case line(DiffLine)
        /// This many unchanged lines, not shown.
        case folded(Int)
    }

    static func fold(_ lines: [DiffLine], context: Int) -> [Part] {
        let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
        var shown = [Bool](repeating: false, count: lines.count)
        for index in changed {
            for near in max(0, index - context)...min(lines.count - 1, index + context) { shown[near] = true }
        }
        var parts: [Part] = []
        var index = 0
        while index < lines.count {
            if shown[index] {
                parts.append(.line(lines[index]))
                index += 1
                continue
            }
            var end = index
            while end < lines.count, !shown[end] { end += 1 }
            // One hidden line takes as much room as the note that would replace it.
            if end - index == 1 { parts.append(.line(lines[index])) } else { parts.append(.folded(end - index)) }
            index = end
        }
        return parts
    }
}
