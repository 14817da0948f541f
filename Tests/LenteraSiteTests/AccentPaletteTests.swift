import LenteraRender
import Testing

/// The colours derived from `warna` keep WCAG 2.1 AA text contrast (4.5:1) whatever colour
/// is given; the contrast ratio follows WCAG's definition (its known reference values).
@Suite struct AccentPaletteTests {
    @Test func contrastRatiosMatchWCAGsReferenceValues() {
        let white = RGB(red: 255, green: 255, blue: 255), black = RGB(red: 0, green: 0, blue: 0)
        #expect(white.contrast(with: black) == 21)
        #expect(white.contrast(with: white) == 1)
        // #767676 is the lightest grey that reaches 4.5:1 on white; #777777 falls short.
        #expect(abs(RGB(hex: "#767676")!.contrast(with: white) - 4.54) < 0.01)
        #expect(RGB(hex: "#777777")!.contrast(with: white) < 4.5)
        // Pure red on white: 4.0:1.
        #expect(abs(RGB(hex: "#FF0000")!.contrast(with: white) - 4.0) < 0.01)
        #expect(RGB(hex: "#0b4f8a")!.hex == "#0B4F8A")
        #expect(RGB(hex: "0B4F8A") == nil && RGB(hex: "#0B4F8") == nil && RGB(hex: "#GGGGGG") == nil)
    }

    /// Every colour on a grid of 16 steps per channel (4,096 colours).
    @Test func everyColourGivesReadableTextOnTheBandAndReadableLinks() throws {
        let backgrounds = [RGB(hex: "#FFFFFF")!, RGB(hex: "#F3F6F9")!]
        var darkened = 0
        for r in stride(from: 0, through: 255, by: 17) {
            for g in stride(from: 0, through: 255, by: 17) {
                for b in stride(from: 0, through: 255, by: 17) {
                    let colour = RGB(red: r, green: g, blue: b)
                    let palette = try #require(AccentPalette(hex: colour.hex))
                    #expect(palette.brand == colour.hex)
                    let onBrand = try #require(RGB(hex: palette.onBrand))
                    #expect(colour.contrast(with: onBrand) >= 4.5, "text on \(colour.hex)")
                    let link = try #require(RGB(hex: palette.link))
                    for background in backgrounds {
                        #expect(link.contrast(with: background) >= 4.5, "link from \(colour.hex)")
                        #expect(RGB(hex: palette.linkDark)!.contrast(with: background) >= 4.5)
                    }
                    if palette.link != palette.brand { darkened += 1 }
                }
            }
        }
        #expect(darkened > 0 && darkened < 4096)
    }

    @Test func aDarkColourIsKeptForLinksAndALightOneDarkened() throws {
        let blue = try #require(AccentPalette(hex: "#0B4F8A"))
        #expect(blue.onBrand == "#FFFFFF" && blue.link == "#0B4F8A")
        let yellow = try #require(AccentPalette(hex: "#FFD43B"))
        #expect(yellow.onBrand == "#000000")
        #expect(yellow.link != "#FFD43B")
    }
}
