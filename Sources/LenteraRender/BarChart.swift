/// A horizontal bar chart drawn as SVG at build time: no script, no external file, and
/// a `<title>` and `<desc>` for screen readers. Each bar's label stands above it so that
/// the chart stays readable at phone width; pages show the same figures as a table too.
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// The value as printed at the end of the bar.
        public var valueText: String

        public init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var bars: [Bar]
    /// The value of a full-width bar; by default the largest value.
    public var maximum: Double?
    /// A minimum drawn across the bars as a dashed line, with its label below them.
    public var reference: (value: Double, label: String)?
    /// The language of the bars' labels when it differs from the page's (`id` for the
    /// regulation's element names on an English page): marked on the labels and the description.
    public var labelLanguage: String? = nil

    public init(id: String, title: String, description: String, bars: [Bar], maximum: Double? = nil,
                reference: (value: Double, label: String)? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.bars = bars
        self.maximum = maximum
        self.reference = reference
    }

    // Geometry in SVG units; the drawing scales to its container.
    static let width = 360.0
    static let rowHeight = 46.0
    static let barHeight = 16.0
    static let valueSpace = 72.0
    static let referenceSpace = 24.0

    public var svg: String {
        let esc = Formatting.escapeXML
        let labelLang = labelLanguage.map { " lang=\"\($0)\"" } ?? ""
        let barsHeight = max(Double(bars.count) * Self.rowHeight, Self.rowHeight)
        let height = barsHeight + (reference == nil ? 0 : Self.referenceSpace)
        let top = maximum ?? bars.map(\.value).max() ?? 0
        var svg = """
        <svg class="chart" viewBox="0 0 \(Int(Self.width)) \(Int(height))" width="\(Int(Self.width))" height="\(Int(height))" role="img" aria-labelledby="\(id)-title \(id)-desc" xmlns="http://www.w3.org/2000/svg">
        <title id="\(id)-title">\(esc(title))</title>
        <desc id="\(id)-desc"\(labelLang)>\(esc(description))</desc>

        """
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * Self.rowHeight
            let available = Self.width - Self.valueSpace
            let length = top > 0 ? max(bar.value / top * available, bar.value > 0 ? 2 : 0) : 0
            svg += """
            <text x="0" y="\(fmt(y + 16))" class="chart-label"\(labelLang)>\(esc(bar.label))</text>
            <rect x="0" y="\(fmt(y + 22))" width="\(fmt(length))" height="\(fmt(Self.barHeight))" class="chart-bar"/>
            <text x="\(fmt(length + 6))" y="\(fmt(y + 35))" class="chart-value">\(esc(bar.valueText))</text>

            """
        }
        if let reference, top > 0 {
            let x = reference.value / top * (Self.width - Self.valueSpace)
            svg += """
            <line x1="\(fmt(x))" y1="0" x2="\(fmt(x))" y2="\(fmt(barsHeight + 4))" class="chart-reference"/>
            <text x="\(fmt(x))" y="\(fmt(barsHeight + 18))" class="chart-reference-label" text-anchor="middle">\(esc(reference.label))</text>

            """
        }
        return svg + "</svg>"
    }

    private func fmt(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

import Foundation
