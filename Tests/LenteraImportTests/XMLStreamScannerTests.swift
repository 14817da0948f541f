import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import LenteraImport
import LenteraTesting
import Testing
import ZIPFoundation

/// The events of a document, as both parsers give them: start tags with their attributes
/// (local names, namespace declarations left out), end tags, and the text between tags
/// (adjacent pieces joined, entities resolved).
enum XMLEvent: Equatable, CustomStringConvertible {
    case start(String, [String: String])
    case end(String)
    case text(String)

    var description: String {
        switch self {
        case .start(let name, let attributes): return "<\(name) \(attributes.sorted { $0.key < $1.key })>"
        case .end(let name): return "</\(name)>"
        case .text(let text): return "\"\(text)\""
        }
    }

    static func joined(_ events: [XMLEvent]) -> [XMLEvent] {
        var out: [XMLEvent] = []
        for event in events {
            if case .text(let more) = event, case .text(let text)? = out.last {
                out[out.count - 1] = .text(text + more)
            } else {
                out.append(event)
            }
        }
        return out.filter { if case .text(let text) = $0 { return !text.isEmpty }; return true }
    }
}

struct EventRecorder: XMLEventHandler {
    var events: [XMLEvent] = []

    mutating func start(_ name: XMLName, _ attributes: XMLAttributes) throws {
        var table: [String: String] = [:]
        for (nameRange, _) in attributes.rangesForTests {
            let attributeName = String(decoding: UnsafeRawBufferPointer(rebasing: attributes.tagForTests[nameRange]), as: UTF8.self)
            guard let value = try attributes.valueForTests(nameRange) else { continue }
            table[attributeName] = value
        }
        events.append(.start(String(decoding: name.bytes, as: UTF8.self), table))
    }

    mutating func end(_ name: XMLName) throws { events.append(.end(String(decoding: name.bytes, as: UTF8.self))) }

    mutating func text(_ raw: UnsafeRawBufferPointer, cdata: Bool) throws {
        events.append(.text(cdata ? String(decoding: raw, as: UTF8.self) : try XMLText.decode(raw)))
    }
}

/// Foundation's parser (libxml2), namespaces processed so that names are local.
final class FoundationRecorder: NSObject, XMLParserDelegate {
    var events: [XMLEvent] = []

    static func events(_ data: Data) -> [XMLEvent]? {
        let parser = XMLParser(data: data)
        let recorder = FoundationRecorder()
        parser.delegate = recorder
        parser.shouldProcessNamespaces = true
        guard parser.parse() else { return nil }
        return XMLEvent.joined(recorder.events)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        var table: [String: String] = [:]
        for (name, value) in attributes where name != "xmlns" && !name.hasPrefix("xmlns:") {
            table[String(name.split(separator: ":").last ?? Substring(name))] = value
        }
        events.append(.start(elementName, table))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        events.append(.end(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { events.append(.text(string)) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { events.append(.text(String(decoding: CDATABlock, as: UTF8.self))) }
}

/// The scanner against Foundation's `XMLParser` on the parts of real workbooks and on
/// documents made to be awkward, fed whole and in pieces of every size.
@Suite struct XMLStreamScannerTests {
    static func scanned(_ data: Data, pieces: Int) throws -> [XMLEvent] {
        var scanner = XMLStreamScanner()
        var recorder = EventRecorder()
        var offset = 0
        try data.withUnsafeBytes { bytes in
            while offset < bytes.count {
                let end = min(bytes.count, offset + pieces)
                try scanner.feed(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), to: &recorder)
                offset = end
            }
        }
        try scanner.finish(to: &recorder)
        // Text outside the root element (the line break after the declaration) is not
        // content: Foundation does not report it.
        var events = XMLEvent.joined(recorder.events)
        while case .text? = events.first { events.removeFirst() }
        while case .text? = events.last { events.removeLast() }
        return events
    }

    static let awkward = [
        #"<?xml version="1.0" encoding="UTF-8"?><!-- a comment with <tags> --><a x="1" y='2&amp;3' z="a&gt;b&#65;&#x42;">t&lt;e&gt;x&quot;t<b/><c></c><![CDATA[<raw & "text">]]>tail</a>"#,
        #"<r xmlns:p="urn:p"><p:x p:attr="v" plain = "w" >é ü 中文 &#x1F600;</p:x><?pi stuff?><y a=">" b='"'/></r>"#,
        "<s>\n  line\r\n  two\t</s>",
    ]

    @Test func theScannerAgreesWithFoundationOnAwkwardDocuments() throws {
        for document in Self.awkward {
            let data = Data(document.utf8)
            let expected = try #require(FoundationRecorder.events(data), "Foundation refused \(document)")
            for pieces in [1, 2, 3, 7, 64, data.count] {
                // Foundation turns CR LF into LF, as XML says; the scanner leaves text as it is
                // and the cells it reads never hold CR LF unescaped.
                let scanned = try Self.scanned(data, pieces: pieces).map { event -> XMLEvent in
                    if case .text(let text) = event { return .text(text.replacingOccurrences(of: "\r\n", with: "\n")) }
                    return event
                }
                #expect(scanned == expected, "\(pieces)-byte pieces of \(document)")
            }
        }
    }

    @Test(arguments: ["pengolahan-ikm.xlsx", "pengolahan-ikm.ods"])
    func theScannerAgreesWithFoundationOnEveryPartOfARealWorkbook(_ name: String) throws {
        let archive = try Archive(url: SheetLayoutTests.workbook(name), accessMode: .read)
        var compared = 0
        for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let expected = try #require(FoundationRecorder.events(data), "\(entry.path)")
            for pieces in [5, 4096] { #expect(try Self.scanned(data, pieces: pieces) == expected, "\(entry.path) in \(pieces)-byte pieces") }
            compared += 1
        }
        #expect(compared >= 5)
    }

    @Test func malformedAndHostileDocumentsAreErrors() {
        let cases: [(String, XMLScanError.Reason)] = [
            ("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>", .doctype),
            ("<x>&unknown;</x>", .malformed("&unknown;")),
            ("<x a=b/>", .malformed("attribute")),
            ("<x><", .truncated),
            ("< x/>", .malformed("<")),
        ]
        for (document, reason) in cases {
            #expect(throws: XMLScanError(reason: reason), "\(document)") { _ = try Self.scanned(Data(document.utf8), pieces: 3) }
        }
    }

    @Test func anEndlessTokenIsStoppedAtTheLimit() {
        var scanner = XMLStreamScanner()
        var recorder = EventRecorder()
        let piece = Data("<x a=\"".utf8) + Data(repeating: 0x61, count: 1 << 20)
        #expect(throws: XMLScanError(reason: .tokenTooLong)) {
            try piece.withUnsafeBytes { try scanner.feed($0, to: &recorder) }
            let more = Data(repeating: 0x61, count: 1 << 20)
            for _ in 0..<20 { try more.withUnsafeBytes { try scanner.feed($0, to: &recorder) } }
        }
    }
}

/// Number formats against the texts LibreOffice displayed for the same numbers, and the
/// definitions of the formats.
@Suite struct NumberFormatTests {
    @Test func numbersAreDisplayedWithTheirFormatsDecimals() {
        #expect(NumberFormat(code: "0.000").display(3.6206896551724137) == "3.621")
        #expect(NumberFormat(code: "0.00").display(91.38333) == "91.38")
        #expect(NumberFormat(code: "#,##0").display(1234567) == "1,234,567")
        #expect(NumberFormat(code: "#,##0.00").display(-1234.5) == "-1,234.50")
        #expect(NumberFormat(code: "0%").display(0.915) == "92%")
        #expect(NumberFormat(code: "0.0\" poin\"").display(3.25) == "3.3 poin")
        #expect(NumberFormat(code: "[$Rp-421] #,##0;[Red]-#,##0").display(5000) == " 5,000")
        #expect(NumberFormat(code: "0_);(0)").display(4) == "4")
        #expect(NumberFormat(code: "General").display(4) == "4")
        #expect(NumberFormat(code: "General").display(3.6206896551724137) == "3.62068965517241")
        #expect(NumberFormat(code: "General").display(0.1 + 0.2) == "0.3")
        #expect(NumberFormat(code: "@").display(12) == "12")
    }

    @Test func datesAreDisplayedAsTheirFormatsWriteThem() {
        // 45301 is 10 January 2024 (days since 30 December 1899).
        #expect(NumberFormat(code: "dd/mm/yyyy").display(45301) == "10/01/2024")
        #expect(NumberFormat(code: "d-mmm-yy").display(45301) == "10-Jan-24")
        #expect(NumberFormat(code: "dd mmmm yyyy").display(45301) == "10 Januari 2024")
        #expect(NumberFormat(code: "yyyy-mm-dd hh:mm").display(45301.5) == "2024-01-10 12:00")
        #expect(NumberFormat(code: "h:mm AM/PM").display(0.75) == "6:00 PM")
        #expect(NumberFormat(code: "mm:ss").display(90.0 / 86400) == "01:30")
        #expect(NumberFormat(code: "dddd").display(45301) == "Rabu")
        // Excel's 1900 keeps a 29 February that never was: serial 59 is 28 February 1900.
        #expect(NumberFormat(code: "yyyy-mm-dd").display(59) == "1900-02-28")
        #expect(NumberFormat(code: "yyyy-mm-dd").display(61) == "1900-03-01")
        // Days counted from 1904.
        #expect(NumberFormat(code: "yyyy-mm-dd").display(0, date1904: true) == "1904-01-01")
        #expect(NumberFormat.builtIn(14) == "dd/mm/yyyy")
    }
}

