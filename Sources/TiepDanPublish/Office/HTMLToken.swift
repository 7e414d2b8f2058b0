/// One piece of a document's HTML: a start tag with its class, an end tag, or text with its entities decoded.
enum HTMLToken: Equatable {
    case start(name: String, classes: [String])
    case end(name: String)
    case text(String)

    /// The tokens of `html`, tolerant of what the document templates write (void elements, `<!DOCTYPE>`, comments);
    /// the contents of `head`, `style` and `script` are not text.
    static func tokens(_ html: String) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var rest = Substring(html)
        var skipping: String?
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                if skipping == nil { tokens.append(.text(decode(rest))) }
                break
            }
            if open > rest.startIndex, skipping == nil { tokens.append(.text(decode(rest[..<open]))) }
            if rest[open...].hasPrefix("<!--") {
                rest = rest[open...].range(of: "-->").map { rest[$0.upperBound...] } ?? ""
                continue
            }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let inside = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if inside.hasPrefix("!") || inside.hasPrefix("?") { continue }
            let isEnd = inside.hasPrefix("/")
            let body = isEnd ? inside.dropFirst() : inside
            let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if let skipped = skipping {
                if isEnd && name == skipped { skipping = nil }
                continue
            }
            if isEnd {
                tokens.append(.end(name: name))
            } else if ["head", "style", "script"].contains(name) {
                skipping = name
            } else {
                tokens.append(.start(name: name, classes: classes(in: body)))
            }
        }
        return tokens
    }

    private static func classes(in tag: Substring) -> [String] {
        guard let range = tag.range(of: #"class=""#) else { return [] }
        let value = tag[range.upperBound...].prefix { $0 != "\"" }
        return value.split(separator: " ").map(String.init)
    }

    /// The text with the entities Mustache and the templates write turned back into characters.
    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[amp...]
            guard let semicolon = after.firstIndex(of: ";"), after.distance(from: amp, to: semicolon) <= 10 else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = after[after.index(after: amp)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]
            if let character = named[String(entity)] {
                result += character
            } else if entity.hasPrefix("#x"), let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += after[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
