/// A document's HTML as plain text, for e-mail bodies, archives and screen readers: blocks
/// become lines, a blank line comes before each heading, a data table's cells are separated by
/// " | ", list items start with "- ".
public enum PlainText {
    private static let blocks: Set<String> = ["p", "div", "section", "ul", "ol", "thead", "tbody", "title"]
    private static let skipped: Set<String> = ["style", "script", "head"]

    /// The text of `html`.
    public static func from(html: String) -> String {
        var output = ""
        var skipping: String?
        var cellsInRow = 0
        var layoutTables: [Bool] = []
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            guard character == "<", let end = html[index...].firstIndex(of: ">") else {
                if skipping == nil { output.append(character == "\n" ? " " : character) }
                index = html.index(after: index)
                continue
            }
            let inside = html[html.index(after: index)..<end]
            index = html.index(after: end)
            let closing = inside.hasPrefix("/")
            let name = inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if let skippedTag = skipping {
                if closing && name == skippedTag { skipping = nil }
                continue
            }
            if skipped.contains(name) && !closing && !inside.hasSuffix("/") {
                skipping = name
                continue
            }
            let inLayout = layoutTables.last ?? false
            switch name {
            case "table":
                if closing { _ = layoutTables.popLast() } else { layoutTables.append(inside.contains("presentation")) }
                output += "\n"
            case "td", "th":
                // Cells of a layout table (the heading, the signatures) are blocks; a data table's sit on one line.
                if inLayout {
                    output += "\n"
                } else if !closing {
                    output += cellsInRow > 0 ? " | " : ""
                    cellsInRow += 1
                }
            case "br":
                output += cellsInRow > 0 && !inLayout ? " " : "\n"
            case "li":
                if !closing { output += "\n- " }
            case "h1", "h2", "h3":
                output += closing ? "\n" : "\n\u{0}\n"
            case "tr":
                cellsInRow = 0
                output += "\n"
            case _ where blocks.contains(name):
                output += "\n"
            default:
                break
            }
        }
        var result: [String] = []
        for line in decode(output).split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{00A0}" }).joined(separator: " ")
            if words == "\u{0}" {
                if !(result.last?.isEmpty ?? true) { result.append("") }
            } else if !words.isEmpty {
                result.append(words)
            }
        }
        return result.joined(separator: "\n") + "\n"
    }

    /// Decodes the entities Mustache's escaping and the templates use.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let tail = rest[amp...]
            guard let semi = tail.prefix(10).firstIndex(of: ";") else {
                output += "&"
                rest = tail.dropFirst()
                continue
            }
            let entity = tail[tail.index(after: amp)..<semi]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]
            if let value = named[String(entity)] {
                output += value
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                output.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                output.unicodeScalars.append(scalar)
            } else {
                output += tail[amp...semi]
            }
            rest = tail[tail.index(after: semi)...]
        }
        return output + rest
    }
}
