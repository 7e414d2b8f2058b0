extension QRCode {
    /// The code as an SVG image: one path of dark squares on white, with the four-module quiet zone the
    /// standard asks for, scaled by the viewer. `label` names it for screen readers.
    public func svg(label: String, pixelsPerModule: Int = 5) -> String {
        let side = size + 8
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                // A run of dark modules in a row is one rectangle: a far shorter path than one square each.
                var end = x
                while end < size && isDark(x: end, y: y) { end += 1 }
                path += "M\(x + 4) \(y + 4)h\(end - x)v1h-\(end - x)z"
                x = end
            }
        }
        let pixels = side * pixelsPerModule
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="\(pixels)" height="\(pixels)" \
            role="img" aria-label="\(MarkupText.escaped(label))" shape-rendering="crispEdges">\
            <rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }
}
