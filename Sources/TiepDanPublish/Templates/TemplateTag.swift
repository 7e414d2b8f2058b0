/// One `{{...}}` tag of a template, with the line it starts on.
struct TemplateTag: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case variable, section, inverted, close, partial, comment, delimiters, other
    }

    var kind: Kind
    /// The name inside the tag, transforms included (`empty(visits)`).
    var name: String
    var line: Int

    /// The tags of `text`; a tag left open is reported as a problem by the caller through `unclosedLine`.
    static func scan(_ text: String) -> (tags: [TemplateTag], unclosedLine: Int?) {
        var tags: [TemplateTag] = []
        var line = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].count { $0 == "\n" }
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            let start = triple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[start...].range(of: closer) else { return (tags, line) }
            let body = rest[start..<close.lowerBound]
            var content = body.trimmingCharacters(in: .whitespacesAndNewlines)
            var kind = Kind.variable
            if triple {
                kind = .variable
            } else if let first = content.first {
                switch first {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "!": kind = .comment
                case "=": kind = .delimiters
                case "&": kind = .variable
                case "$", "<", "%": kind = .other
                default: break
                }
                if kind != .variable || first == "&" {
                    content = String(content.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
            }
            tags.append(TemplateTag(kind: kind, name: content, line: line))
            line += body.count { $0 == "\n" }
            rest = rest[close.upperBound...]
        }
        return (tags, nil)
    }

    /// The variable a name refers to once transforms are taken off: `empty(visits)` → `visits`;
    /// nil for the sequence context (`index()`) and `.`.
    static func variable(in name: String) -> String? {
        var name = Substring(name)
        while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        return name.isEmpty || name == "." ? nil : String(name)
    }
}
