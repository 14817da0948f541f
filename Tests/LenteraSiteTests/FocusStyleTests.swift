import Foundation
import LenteraRender
import LenteraTesting
import Testing

/// The focus indicator keeps 3:1 against what is next to it (WCAG 2.1, 2.4.7 with 1.4.11's
/// 3:1 for the parts of a control's state): computed from the values in `style.css`. The
/// amber ring it replaces (#F2A900) was 2.0:1 on the white page.
@Suite struct FocusStyleTests {
    static func stylesheet() throws -> String {
        try String(contentsOf: Repository.templates.appendingPathComponent("assets/style.css"), encoding: .utf8)
    }

    /// A custom property's colour as the stylesheet's `:root` sets it.
    static func property(_ name: String, in css: String) throws -> RGB {
        let pattern = try Regex("--" + name + #":\s*(#[0-9a-fA-F]{6})\s*;"#)
        let match = try #require(css.firstMatch(of: pattern), "style.css sets no --\(name)")
        return try #require(RGB(hex: String(match.output[1].substring!).uppercased()))
    }

    /// The declarations of every rule whose selector holds `:focus-visible` (print rules aside).
    static func focusRules(in css: String) throws -> [String] {
        let screen = css.components(separatedBy: "@media print").first ?? css
        let rule = try Regex(#"([^{}]*:focus-visible[^{}]*)\{([^}]*)\}"#)
        return screen.matches(of: rule).map { String($0.output[2].substring!) }
    }

    @Test func theAmberRingItReplacesFailedOnWhite() {
        #expect(RGB(hex: "#F2A900")!.contrast(with: RGB(hex: "#FFFFFF")!) < 3)
    }

    @Test func theFocusColoursKeepThreeToOneWithEachOtherAndEveryBackground() throws {
        let css = try Self.stylesheet()
        let focus = try Self.property("focus", in: css), ink = try Self.property("focus-ink", in: css)
        // The dark bar under a focused link stands on its yellow background.
        #expect(focus.contrast(with: ink) >= 3)
        // The page, the tinted panels and footer, the example notice, the default band.
        let backgrounds = try ["paper", "tint", "warn-bg", "brand"].map { try Self.property($0, in: css) }
        for background in backgrounds {
            #expect(max(focus.contrast(with: background), ink.contrast(with: background)) >= 3, "\(background.hex)")
        }
        // Any band colour a portal sets (`warna`): 16 steps per channel.
        for r in stride(from: 0, through: 255, by: 17) {
            for g in stride(from: 0, through: 255, by: 17) {
                for b in stride(from: 0, through: 255, by: 17) {
                    let palette = try #require(AccentPalette(hex: RGB(red: r, green: g, blue: b).hex))
                    let band = try #require(RGB(hex: palette.brand))
                    #expect(max(focus.contrast(with: band), ink.contrast(with: band)) >= 3, "\(band.hex)")
                }
            }
        }
    }

    /// Every focus rule draws with both colours, and no other colour: one that drew only the
    /// yellow would vanish on the white page, one with only the dark ink on a dark band.
    @Test func everyFocusRuleUsesBothColoursAndNoOther() throws {
        let css = try Self.stylesheet()
        let rules = try Self.focusRules(in: css)
        #expect(rules.count >= 2)
        let drawing = rules.filter { $0.contains("outline") || $0.contains("box-shadow") || $0.contains("background") }
        #expect(!drawing.isEmpty)
        for declarations in drawing {
            #expect(declarations.contains("var(--focus)") && declarations.contains("var(--focus-ink)"), "\(declarations)")
            #expect(declarations.firstMatch(of: try Regex("#[0-9a-fA-F]{3,6}")) == nil, "\(declarations)")
        }
    }
}
