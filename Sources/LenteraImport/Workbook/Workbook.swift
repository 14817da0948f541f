import Foundation
import LenteraDiagnostics
import SWXMLHash
import ZIPFoundation

/// A workbook file: an .xlsx (Office Open XML) or an .ods (OpenDocument), both ZIP
/// archives of XML parts. Its sheets are read one row at a time as their part inflates,
/// into a `SurveyTallier`; nothing in it is run (formulas are read as the values the
/// program that saved them stored, macros are never looked at).
struct Workbook {
    enum Format: String {
        case xlsx, ods
    }

    let url: URL
    let displayPath: String
    let format: Format
    let archive: Archive
    /// The sheets, in the workbook's order: their names and the part that holds each.
    let sheets: [(name: String, part: String)]
    /// .xlsx: the number formats by style index, whether days count from 1904, and the
    /// part of the shared strings.
    let formats: [NumberFormat]
    let date1904: Bool
    let sharedStrings: String?

    /// The most bytes a part may inflate to: a sheet of a million rows is well under a
    /// gigabyte; a ZIP bomb is stopped here.
    static let maximumPartSize: UInt64 = 4 << 30
    /// The most bytes a small part (the list of sheets, the styles) may have, read whole.
    static let maximumSmallPart = 32 << 20

    /// What the first bytes of a file say it is.
    enum Kind {
        case zip, compoundFile, other
    }

    static func kind(of url: URL) -> Kind {
        guard let handle = try? FileHandle(forReadingFrom: url), let head = try? handle.read(upToCount: 8) else { return .other }
        try? handle.close()
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        return .other
    }

    /// Why a compound file cannot be read: an encrypted workbook (Office keeps the
    /// encrypted package in one) or a workbook of Excel 97–2003 (.xls).
    static func compoundFileProblem(_ url: URL, displayPath: String) -> ExportProblem {
        var encrypted = false
        if let handle = try? FileHandle(forReadingFrom: url), let head = try? handle.read(upToCount: 4 << 20) {
            try? handle.close()
            let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            encrypted = head.range(of: name) != nil
        }
        let code = encrypted ? "import.workbook-encrypted" : "import.workbook-xls"
        return ExportProblem(diagnostics: [.error(code, at: SourceLocation(file: displayPath), Message(code), advice: Message("\(code).hint"))])
    }

    static func problem(_ code: String, _ displayPath: String, _ values: [String: MessageArgument] = [:], line: Int? = nil) -> ExportProblem {
        ExportProblem(diagnostics: [.error(code, at: SourceLocation(file: displayPath, line: line), Message(code, values), advice: Message("\(code).hint", values))])
    }

    /// Opens the archive and reads the list of sheets (and, for an .xlsx, the styles).
    init(url: URL, displayPath: String) throws(ExportProblem) {
        self.url = url
        self.displayPath = displayPath
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw Self.problem("import.workbook-unreadable", displayPath, ["reason": .text("\(error)")])
        }
        self.archive = archive
        if archive["xl/workbook.xml"] != nil || Self.officeDocument(archive) != nil {
            format = .xlsx
            let workbookPart = Self.officeDocument(archive) ?? "xl/workbook.xml"
            let workbook = try Self.small(archive, workbookPart, displayPath)
            let relations = try Self.relations(archive, of: workbookPart, displayPath)
            var sheets: [(String, String)] = []
            for sheet in workbook["workbook"]["sheets"]["sheet"].all {
                guard let element = sheet.element, let name = element.attribute(by: "name")?.text,
                      let id = element.allAttributes.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value.text else { continue }
                sheets.append((name, relations[id] ?? ""))
            }
            self.sheets = sheets
            date1904 = ["1", "true"].contains(workbook["workbook"]["workbookPr"].element?.attribute(by: "date1904")?.text ?? "")
            let folder = (workbookPart as NSString).deletingLastPathComponent
            sharedStrings = relations.values.first { $0.hasSuffix("sharedStrings.xml") } ?? (archive["\(folder)/sharedStrings.xml"] != nil ? "\(folder)/sharedStrings.xml" : nil)
            let stylesPart = relations.values.first { $0.hasSuffix("styles.xml") } ?? "\(folder)/styles.xml"
            formats = archive[stylesPart] == nil ? [] : Self.formats(try Self.small(archive, stylesPart, displayPath))
        } else if archive["content.xml"] != nil {
            format = .ods
            if let manifest = archive["META-INF/manifest.xml"] {
                let text = try Self.read(archive, manifest, limit: Self.maximumSmallPart, displayPath)
                if text.range(of: Data("encryption-data".utf8)) != nil { throw Self.problem("import.workbook-encrypted", displayPath) }
            }
            // content.xml holds every sheet: the one asked for is found as it is read.
            sheets = []
            formats = []
            date1904 = false
            sharedStrings = nil
            return
        } else {
            throw Self.problem("import.workbook-unknown", displayPath)
        }
        guard !sheets.isEmpty else { throw Self.problem("import.workbook-no-sheet", displayPath) }
    }

    /// The sheet `choice` names, by name or by number from 1; the first when nil.
    func sheet(_ choice: String?) throws(ExportProblem) -> Int {
        guard let choice else { return 0 }
        let wanted = choice.trimmingCharacters(in: .whitespaces)
        if let index = sheets.firstIndex(where: { $0.name == wanted }) ?? sheets.firstIndex(where: { $0.name.lowercased() == wanted.lowercased() }) {
            return index
        }
        if let number = Int(wanted), number >= 1, number <= sheets.count { return number - 1 }
        throw Self.problem("import.unknown-sheet", displayPath, ["sheet": .text(wanted),
                                                                 "sheets": .text(sheets.enumerated().map { "\($0.offset + 1). \($0.element.name)" }.joined(separator: ", "))])
    }

    /// Reads the rows of the sheet `choice` names (by name or number from 1; the first when
    /// nil) into `tallier`, whose messages then name the sheet.
    func read(choice: String?, into tallier: inout some RowSink) throws(ExportProblem) {
        switch format {
        case .xlsx:
            let index = try sheet(choice)
            tallier.name("\(displayPath) [\(sheets[index].name)]")
            try XLSXSheet(workbook: self).read(sheet: index, into: &tallier)
        case .ods:
            _ = try ODSSheets(workbook: self).read(choice: choice, into: &tallier)
        }
    }

    // MARK: Parts

    /// Inflates `part` chunk by chunk into `consumer`, checking its size and checksum; false
    /// when the consumer stopped before the end (`StopReading`).
    @discardableResult
    func stream(_ part: String, consumer: (UnsafeRawBufferPointer) throws -> Void) throws(ExportProblem) -> Bool {
        guard let entry = archive[part] else { throw Self.problem("import.workbook-missing-part", displayPath, ["part": .text(part)]) }
        var inflated: UInt64 = 0
        do {
            let checksum = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { data in
                inflated += UInt64(data.count)
                if inflated > Self.maximumPartSize { throw PartTooLarge() }
                try data.withUnsafeBytes { try consumer($0) }
            }
            guard checksum == entry.checksum else { throw Self.problem("import.workbook-unreadable", displayPath, ["reason": .text("CRC \(part)")]) }
        } catch let problem as ExportProblem {
            throw problem
        } catch is PartTooLarge {
            throw Self.problem("import.workbook-too-large", displayPath, ["part": .text(part), "size": .text("\(Self.maximumPartSize >> 30) GiB")])
        } catch let error as XMLScanError {
            throw Self.problem("import.workbook-malformed", displayPath, ["part": .text(part), "reason": .text(Self.describe(error))])
        } catch is StopReading {
            return false
        } catch {
            throw Self.problem("import.workbook-unreadable", displayPath, ["reason": .text("\(part): \(error)")])
        }
        return true
    }

    /// Scans the XML of `part` into `handler`.
    func scan<Handler: XMLEventHandler>(_ part: String, into handler: inout Handler) throws(ExportProblem) {
        var scanner = XMLStreamScanner()
        guard try stream(part, consumer: { chunk in try scanner.feed(chunk, to: &handler) }) else { return }
        do {
            try scanner.finish(to: &handler)
        } catch let problem as ExportProblem {
            throw problem
        } catch let error as XMLScanError {
            throw Self.problem("import.workbook-malformed", displayPath, ["part": .text(part), "reason": .text(Self.describe(error))])
        } catch {
            throw Self.problem("import.workbook-unreadable", displayPath, ["reason": .text("\(part): \(error)")])
        }
    }

    static func describe(_ error: XMLScanError) -> String {
        switch error.reason {
        case .tokenTooLong: return "a tag or text longer than \(XMLStreamScanner.maximumToken >> 20) MiB"
        case .malformed(let what): return "malformed XML near `\(what)`"
        case .doctype: return "a document type declaration (<!DOCTYPE>)"
        case .truncated: return "the part ends inside a tag"
        }
    }

    /// Thrown by a handler that has read what it needs.
    struct StopReading: Error {}
    struct PartTooLarge: Error {}

    static func read(_ archive: Archive, _ entry: Entry, limit: Int, _ displayPath: String) throws(ExportProblem) -> Data {
        var data = Data()
        do {
            let checksum = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                if data.count + chunk.count > limit { throw PartTooLarge() }
                data.append(chunk)
            }
            guard checksum == entry.checksum else { throw problem("import.workbook-unreadable", displayPath, ["reason": .text("CRC \(entry.path)")]) }
        } catch let problem as ExportProblem {
            throw problem
        } catch is PartTooLarge {
            throw problem("import.workbook-too-large", displayPath, ["part": .text(entry.path), "size": .text(String(limit >> 20) + " MiB")])
        } catch {
            throw problem("import.workbook-unreadable", displayPath, ["reason": .text("\(entry.path): \(error)")])
        }
        return data
    }

    /// A small part parsed whole (by SWXMLHash, prefixes dropped from element names).
    static func small(_ archive: Archive, _ part: String, _ displayPath: String) throws(ExportProblem) -> XMLIndexer {
        guard let entry = archive[part] else { throw problem("import.workbook-missing-part", displayPath, ["part": .text(part)]) }
        let data = try read(archive, entry, limit: maximumSmallPart, displayPath)
        // No document type: entities it declares are how XML bombs are made.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw problem("import.workbook-malformed", displayPath, ["part": .text(part), "reason": .text(describe(XMLScanError(reason: .doctype)))])
        }
        try checkDepth(data, part: part, displayPath)
        return XMLHash.config { $0.shouldProcessNamespaces = true }.parse(data)
    }

    /// The deepest nesting a small part may have (theirs is 4 or 5). SWXMLHash builds and
    /// frees its tree by recursion, so a part nested 50,000 deep would overflow the stack.
    static let maximumDepth = 64

    /// Refuses a small part nested deeper than `maximumDepth`, or malformed, before
    /// SWXMLHash reads it.
    static func checkDepth(_ data: Data, part: String, _ displayPath: String) throws(ExportProblem) {
        struct Depth: XMLEventHandler {
            var depth = 0
            mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws {
                depth += 1
                if depth > Workbook.maximumDepth { throw XMLScanError(reason: .malformed("nesting deeper than \(Workbook.maximumDepth)")) }
            }
            mutating func end(_ name: XMLName) throws { depth -= 1 }
            mutating func text(_ raw: UnsafeRawBufferPointer, cdata: Bool) throws {}
        }
        var scanner = XMLStreamScanner()
        var depth = Depth()
        do {
            try data.withUnsafeBytes { try scanner.feed($0, to: &depth) }
            try scanner.finish(to: &depth)
        } catch let error as XMLScanError {
            throw problem("import.workbook-malformed", displayPath, ["part": .text(part), "reason": .text(describe(error))])
        } catch {
            throw problem("import.workbook-malformed", displayPath, ["part": .text(part), "reason": .text("\(error)")])
        }
    }

    /// The main part, as the package's relationships name it.
    static func officeDocument(_ archive: Archive) -> String? {
        guard let entry = archive["_rels/.rels"], let data = try? read(archive, entry, limit: maximumSmallPart, "") else { return nil }
        guard data.range(of: Data("<!DOCTYPE".utf8)) == nil, (try? checkDepth(data, part: "_rels/.rels", "")) != nil else { return nil }
        let xml = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(data)
        for relation in xml["Relationships"]["Relationship"].all {
            guard let element = relation.element, let type = element.attribute(by: "Type")?.text, type.hasSuffix("/officeDocument"),
                  let target = element.attribute(by: "Target")?.text else { continue }
            let path = resolve(target, from: "")
            return archive[path] != nil ? path : nil
        }
        return nil
    }

    /// The relationships of a part: id → the part it names.
    static func relations(_ archive: Archive, of part: String, _ displayPath: String) throws(ExportProblem) -> [String: String] {
        let folder = (part as NSString).deletingLastPathComponent
        let name = (part as NSString).lastPathComponent
        let relationsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
        guard archive[relationsPart] != nil else { return [:] }
        let xml = try small(archive, relationsPart, displayPath)
        var relations: [String: String] = [:]
        for relation in xml["Relationships"]["Relationship"].all {
            guard let element = relation.element, let id = element.attribute(by: "Id")?.text, let target = element.attribute(by: "Target")?.text,
                  element.attribute(by: "TargetMode")?.text != "External" else { continue }
            relations[id] = resolve(target, from: folder)
        }
        return relations
    }

    /// A relationship's target as a path in the archive.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for part in target.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// The number format of each cell style.
    static func formats(_ styles: XMLIndexer) -> [NumberFormat] {
        var codes: [Int: String] = [:]
        for format in styles["styleSheet"]["numFmts"]["numFmt"].all {
            guard let element = format.element, let id = element.attribute(by: "numFmtId").flatMap({ Int($0.text) }),
                  let code = element.attribute(by: "formatCode")?.text else { continue }
            codes[id] = code
        }
        var cache: [Int: NumberFormat] = [:]
        return styles["styleSheet"]["cellXfs"]["xf"].all.map { xf in
            let id = xf.element?.attribute(by: "numFmtId").flatMap { Int($0.text) } ?? 0
            if let known = cache[id] { return known }
            let format = NumberFormat(code: codes[id] ?? NumberFormat.builtIn(id) ?? "General")
            cache[id] = format
            return format
        }
    }
}
