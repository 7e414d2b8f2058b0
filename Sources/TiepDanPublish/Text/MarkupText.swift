/// Text made safe to place in HTML, SVG or XML, inside elements and quoted attributes.
enum MarkupText {
    /// `text` with `& < > " '` escaped, and the control characters XML 1.0 forbids left out
    /// (a stray one from a pasted form would otherwise break every feed reader).
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n", "\t", "\r": output.append(character)
            default:
                if let scalar = character.unicodeScalars.first, scalar.value < 0x20 { continue }
                output.append(character)
            }
        }
        return output
    }
}
