/// A stacked bar chart drawn as SVG by the server: readable without JavaScript, printable, and
/// described for screen readers by its title and a text summary per bar.
public struct StackedBarChart: Sendable {
    /// One stack: its label (a month) and its values, in the order of `series`.
    public struct Bar: Sendable {
        public var label: String
        public var values: [Int]

        /// Creates a bar.
        public init(label: String, values: [Int]) {
            self.label = label
            self.values = values
        }
    }

    /// One kind of value: its name (for the legend) and fill colour.
    public struct Series: Sendable {
        public var name: String
        public var colour: String

        /// Creates a series.
        public init(name: String, colour: String) {
            self.name = name
            self.colour = colour
        }
    }

    public var title: String
    public var series: [Series]
    public var bars: [Bar]

    /// Creates a chart.
    public init(title: String, series: [Series], bars: [Bar]) {
        self.title = title
        self.series = series
        self.bars = bars
    }

    /// The `<svg>` element, every text escaped.
    public func render(width: Int = 640, height: Int = 260) -> String {
        let left = 36
        let bottom = 40
        let top = 16
        let legendHeight = 24
        let plotHeight = height - bottom - top - legendHeight
        let maximum = max(1, bars.map { $0.values.reduce(0, +) }.max() ?? 1)
        let slot = bars.isEmpty ? 0 : (width - left - 8) / bars.count
        let barWidth = max(4, slot * 2 / 3)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(Self.escape(title))\" class=\"chart\">"
        // Named by aria-label, not by an id: a page shows several charts, and ids must be unique.
        svg += "<title>\(Self.escape(title))</title>"
        let baseline = top + legendHeight + plotHeight
        svg += "<line x1=\"\(left)\" y1=\"\(baseline)\" x2=\"\(width - 8)\" y2=\"\(baseline)\" stroke=\"#0b0c0c\"/>"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + legendHeight + 10)\" text-anchor=\"end\" font-size=\"11\">\(maximum)</text>"
        svg += "<text x=\"\(left - 6)\" y=\"\(baseline)\" text-anchor=\"end\" font-size=\"11\">0</text>"
        for (index, item) in series.enumerated() {
            let x = left + index * 150
            svg += "<rect x=\"\(x)\" y=\"\(top)\" width=\"12\" height=\"12\" fill=\"\(Self.escape(item.colour))\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"\(top + 11)\" font-size=\"12\">\(Self.escape(item.name))</text>"
        }
        for (index, bar) in bars.enumerated() {
            let x = left + index * slot + (slot - barWidth) / 2
            var y = baseline
            let summary = zip(series, bar.values).map { "\($0.name): \($1)" }.joined(separator: ", ")
            svg += "<g><title>\(Self.escape(bar.label + ": " + summary))</title>"
            for (value, item) in zip(bar.values, series) where value > 0 {
                let h = max(1, value * plotHeight / maximum)
                y -= h
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(h)\" fill=\"\(Self.escape(item.colour))\"/>"
            }
            svg += "</g>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(baseline + 16)\" text-anchor=\"middle\" font-size=\"11\">\(Self.escape(bar.label))</text>"
        }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String { MarkupText.escaped(text) }
}
