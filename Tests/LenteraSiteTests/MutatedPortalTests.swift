import Foundation
import LenteraDiagnostics
import LenteraSite
import LenteraTesting
import Testing

/// Whole portals broken on purpose, a few hundred of them from a fixed seed: values replaced
/// by hostile ones (numbers at and beyond 64 bits, infinity, script links, formulas, odd
/// YAML), lines deleted, repeated, re-indented, files cut short or given invalid bytes.
/// Every build must end (a trap kills the test run), and either fail with positioned errors
/// and nothing written, or succeed with no script link, no spreadsheet formula and no
/// `nan`/`inf` figure in what it published.
@Suite struct MutatedPortalTests {
    static let hostileValues = [
        "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "4611686018427387904", "1e308", "-1e308",
        "1e309", "1e4002", ".nan", ".inf", "-.inf", "nan", "-0", "0", "-1", "2.5", "5000.5", "0,0000001", "1.500.000", "Rp-5.000",
        "\"javascript:alert(1)\"", "\" JaVaScRiPt:alert(1)\"", "data:text/html,x", "\"=HYPERLINK(\\\"x\\\")\"", "+cmd", "@SUM(1)",
        "~", "[]", "{}", "[[[[[[]]]]]]", "\"\"", "9999-12-31", "2023-02-29", "0000-01-01", "\"a: b\"", "'", "\"", "*nope", "&a x",
        "!!binary AAAA", "!!float 1", "0x7FFFFFFFFFFFFFFF", "1_000", "+1", "٣", "-3 jam", "0 menit", "99999999999999999999 hari",
        "2026-Q9", "1899-S1", "2101", "- - -", "|", ">", String(repeating: "x", count: 5000),
    ]

    static let portal: TestPortal = {
        let unit = "units/\(TestPortal.unit)"
        return TestPortal()
            .with(TestPortal.portalFile, TestPortal.portalYAML + "kanal_pengaduan:\n  - nama: Aduan\n    url: https://aduan.contoh.go.id\n")
            .with("\(unit)/sop/sop-contoh.yaml", HostileNumberTests.sop(time: "1 jam"))
            .with("\(unit)/survei/skm-2024-Q1.yaml", HostileNumberTests.survey("[0, 1, 4, 5]"))
            .with("\(unit)/kinerja/2026-S1.yaml", HostileNumberTests.indicators(realisation: "96.4"))
            .with("zona-integritas/\(TestPortal.instansi).yaml", HostileNumberTests.zonaIntegritas())
            .with(TestPortal.serviceFile, SampleService.markdown(replacing: [
                "biaya": "biaya:\n  tarif:\n    - uraian: Legalisasi\n      jumlah: 5.000\n  dasar_hukum: Perda 1/2020",
                "jangka_waktu": "jangka_waktu:\n  teks: Paling lama 2 hari kerja\n  durasi: 2 hari kerja",
            ]))
    }()

    /// SplitMix64: the same portals on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func mutate(_ text: String, _ random: inout Generator) -> String {
        var lines = text.components(separatedBy: "\n")
        guard !lines.isEmpty else { return text }
        let index = Int.random(in: 0..<lines.count, using: &random)
        let line = lines[index]
        let value = hostileValues.randomElement(using: &random)!
        switch Int.random(in: 0..<10, using: &random) {
        case 0...3:
            if let colon = line.range(of: ": ") { lines[index] = line[..<colon.upperBound] + value }
            else if let dash = line.range(of: "- ") { lines[index] = line[..<dash.upperBound] + value }
            else { lines[index] = line + " " + value }
        case 4: lines.remove(at: index)
        case 5: lines.insert(line, at: index)
        case 6: lines[index] = (Bool.random(using: &random) ? "  " : "\t") + line
        case 7: lines[index] = String(line.drop(while: { $0 == " " }))
        case 8: return String(text.prefix(Int.random(in: 0...text.count, using: &random)))
        default: lines[index] = line + "\u{0}\u{FFFD}" + value
        }
        return lines.joined(separator: "\n")
    }

    static func published(_ files: [String: Data]) -> [String] {
        var problems: [String] = []
        let scriptLink = try! NSRegularExpression(pattern: #"(href|src)\s*=\s*"\s*(javascript|data|vbscript):"#, options: .caseInsensitive)
        // Figures are printed in cells and elements of these classes by the default theme.
        let badFigure = try! NSRegularExpression(
            pattern: #"class="[^"]*\b(num|number|value|ikm-value|figures)\b[^"]*"[^>]*>\s*-?(nan|inf|infinity)\b"#, options: .caseInsensitive)
        let formula = try! NSRegularExpression(pattern: #"(^|,)("?)([=+@\t]|-[^0-9])"#, options: .anchorsMatchLines)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            let range = NSRange(text.startIndex..., in: text)
            if path.hasSuffix(".html"), scriptLink.firstMatch(in: text, range: range) != nil { problems.append("\(path): a script link") }
            let figures = badFigure.matches(in: text, range: range)
            if path.hasSuffix(".html"), let match = figures.first {
                let context = NSRange(location: max(0, match.range.location - 80), length: min(160, (text as NSString).length - max(0, match.range.location - 80)))
                problems.append("\(path): a figure in `\((text as NSString).substring(with: context))`")
            }
            if path.hasSuffix(".csv"), let match = formula.firstMatch(in: text, range: range) {
                problems.append("\(path): a formula cell near `\((text as NSString).substring(with: match.range))`")
            }
        }
        return problems
    }

    @Test(arguments: 0..<4)
    func everyBrokenPortalEndsCleanly(batch: Int) throws {
        var random = Generator(state: 0x4C45_4E54_4552_4100 &+ UInt64(batch))
        let paths = Self.portal.files.keys.sorted()
        var failed = 0
        for round in 0..<60 {
            var portal = Self.portal
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let path = paths.randomElement(using: &random)!
                portal = portal.with(path, Self.mutate(portal.files[path]!, &random))
            }
            try withTemporaryFolder { folder in
                try portal.write(to: folder.appendingPathComponent("content"))
                let report = SiteBuilder.build(options(in: folder))
                let public_ = folder.appendingPathComponent("public")
                let label = "batch \(batch), round \(round)"
                if report.succeeded {
                    let problems = Self.published(FolderSnapshot.files(in: public_))
                    #expect(problems.isEmpty, "\(label): \(problems)")
                } else {
                    failed += 1
                    let errors = report.diagnostics.filter { $0.severity == .error }
                    #expect(!errors.isEmpty, "\(label): failed without an error")
                    #expect(errors.allSatisfy { $0.location?.file.isEmpty == false }, "\(label): \(errors.map(\.formatted))")
                    #expect(!FileManager.default.fileExists(atPath: public_.path), "\(label): a failed build wrote the site")
                }
            }
        }
        // The mutations do break portals: most builds fail, not all.
        #expect(failed > 10 && failed < 60, "\(failed) of 60 failed")
    }

    /// The checks above can fail: each finds what it looks for.
    @Test func theChecksOfAPublishedSiteFindWhatTheyLookFor() {
        let files: [String: Data] = [
            "a.html": Data(#"<a href=" JavaScript:alert(1)">x</a>"#.utf8),
            "b.html": Data(#"<td class="num">NaN</td>"#.utf8),
            "c.csv": Data("a,b\r\nx,=1+1\r\n".utf8),
            "d.csv": Data("a,b\r\n-0.25,\"'-x\"\r\n".utf8),
            "e.html": Data(#"<td class="num">3,25</td><dd>nan</dd>"#.utf8),
        ]
        #expect(Self.published(files).map { String($0.prefix(5)) }.sorted() == ["a.htm", "b.htm", "c.csv"])
    }
}
