import Foundation

/// The colours the theme derives from a portal's own colour (`warna`), so that any colour
/// an agency gives keeps WCAG 2.1 AA contrast (1.4.3: 4.5:1 for text):
/// - `brand`, the header band, is the colour as given;
/// - `onBrand`, the text on the band, is white or black, whichever contrasts more (one of
///   them always reaches 4.5:1: the lowest the better of the two can be is about 4.58:1);
/// - `link`, for links, borders and chart bars on the white page and the tinted panels, is
///   the colour itself when it reaches 4.5:1 on both, otherwise the colour darkened step
///   by step toward black until it does;
/// - `linkDark`, for hovered links, is `link` darkened further.
/// docs/design.md, "Colour", gives the reasons.
public struct AccentPalette: Sendable, Equatable {
    public let brand: String
    public let onBrand: String
    public let link: String
    public let linkDark: String

    /// The page's backgrounds links stand on: the paper and the tint of panels (style.css).
    static let backgrounds = [RGB(hex: "#FFFFFF")!, RGB(hex: "#F3F6F9")!]

    /// Nil when `hex` is not `#RRGGBB` (the loader has refused such a value already).
    public init?(hex: String) {
        guard let colour = RGB(hex: hex) else { return nil }
        brand = colour.hex
        let white = RGB(red: 255, green: 255, blue: 255), black = RGB(red: 0, green: 0, blue: 0)
        onBrand = colour.contrast(with: white) >= colour.contrast(with: black) ? white.hex : black.hex
        var link = colour
        var step = 0
        while Self.backgrounds.contains(where: { link.contrast(with: $0) < 4.5 }) {
            step += 1
            link = colour.darkened(by: Double(step) * 0.05)
        }
        self.link = link.hex
        linkDark = link.darkened(by: 0.25).hex
    }
}

/// A colour in sRGB with 8-bit channels.
public struct RGB: Sendable, Equatable {
    public let red: Int, green: Int, blue: Int

    public init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#RRGGBB`, either case.
    public init?(hex: String) {
        guard hex.count == 7, hex.first == "#", let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        self.init(red: value >> 16 & 0xFF, green: value >> 8 & 0xFF, blue: value & 0xFF)
    }

    public var hex: String { String(format: "#%02X%02X%02X", red, green, blue) }

    /// Relative luminance as WCAG 2.1 defines it (Understanding SC 1.4.3, "relative luminance").
    public var luminance: Double {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.1's contrast ratio, from 1 to 21.
    public func contrast(with other: RGB) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Mixed with black: `amount` 0 keeps the colour, 1 gives black.
    public func darkened(by amount: Double) -> RGB {
        let keep = max(0, 1 - amount)
        return RGB(red: Int((Double(red) * keep).rounded(.down)), green: Int((Double(green) * keep).rounded(.down)),
                   blue: Int((Double(blue) * keep).rounded(.down)))
    }
}
