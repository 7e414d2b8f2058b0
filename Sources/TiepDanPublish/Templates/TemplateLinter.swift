import Foundation

/// Checks a templates directory before anything is rendered: every tag closes, every partial
/// exists, every variable a document template names exists in its view model, and every word a
/// page names (`t.KEY`) exists in the dictionary. Backs `tiepdan templates check` and the
/// service's refusal to start on a broken template set.
public struct TemplateLinter: Sendable {
    /// The templates directory.
    public let directory: String
    private let shapes: [String: TemplateShape]
    private let words: Set<String>?

    /// A linter for `directory`. `samples` gives a sample view model for each template whose
    /// variables are to be checked (by name, e.g. `documents/bulletin`); `words` the dictionary
    /// keys pages may name as `t.KEY`, nil to leave them unchecked.
    public init(directory: String, samples: [String: any Sendable], words: Set<String>?) {
        self.directory = directory
        self.shapes = samples.mapValues { TemplateShape(sample: $0) }
        self.words = words
    }

    /// Every problem found, in file and line order; empty when the set is sound.
    public func problems() -> [TemplateProblem] {
        let sources = Self.sources(in: directory)
        var problems: [TemplateProblem] = []
        var scanned: [String: [TemplateTag]] = [:]
        for (name, text) in sources {
            let file = name + ".mustache"
            let (tags, unclosed) = TemplateTag.scan(text)
            if let unclosed { problems.append(TemplateProblem(file: file, line: unclosed, message: "a tag opened here is never closed")) }
            scanned[name] = tags
            problems += balance(tags, file: file)
            for tag in tags where tag.kind == .partial && sources[tag.name] == nil {
                problems.append(TemplateProblem(file: file, line: tag.line, message: "no partial named '\(tag.name)'"))
            }
            if let words {
                for tag in tags where [.variable, .section, .inverted].contains(tag.kind) {
                    if let variable = TemplateTag.variable(in: tag.name), variable.hasPrefix("t."), !words.contains(String(variable.dropFirst(2))) {
                        problems.append(TemplateProblem(file: file, line: tag.line, message: "unknown word '\(variable)' (not in i18n)"))
                    }
                }
            }
        }
        for (name, shape) in shapes {
            guard let tags = scanned[name] else {
                problems.append(TemplateProblem(file: name + ".mustache", line: 0, message: "the document template is missing"))
                continue
            }
            var found: [TemplateProblem] = []
            walk(tags, file: name + ".mustache", stack: [shape], partials: [name], scanned: scanned, into: &found)
            problems += found
        }
        var seen = Set<String>()
        return problems.filter { seen.insert($0.description).inserted }
            .sorted { ($0.file, $0.line, $0.message) < ($1.file, $1.line, $1.message) }
    }

    /// `*.mustache` below `directory` by template name (relative path without the extension).
    static func sources(in directory: String) -> [String: String] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var result: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return result }
        for case let url as URL in walker where url.pathExtension == "mustache" {
            let relative = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
            result[String(relative.dropLast(".mustache".count))] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        return result
    }

    private func balance(_ tags: [TemplateTag], file: String) -> [TemplateProblem] {
        var open: [TemplateTag] = []
        var problems: [TemplateProblem] = []
        for tag in tags {
            switch tag.kind {
            case .section, .inverted:
                open.append(tag)
            case .close:
                if let last = open.last, last.name == tag.name {
                    open.removeLast()
                } else {
                    let expected = open.last.map { "'\($0.name)' opened on line \($0.line)" } ?? "no open section"
                    problems.append(TemplateProblem(file: file, line: tag.line, message: "'\(tag.name)' closes \(expected)"))
                    if let index = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(index...) }
                }
            default:
                break
            }
        }
        problems += open.map { TemplateProblem(file: file, line: $0.line, message: "section '\($0.name)' is never closed") }
        return problems
    }

    /// Resolves every name against the stack of shapes the way Mustache does: the innermost
    /// context that has the first part of the name wins; a partial sees the includer's stack.
    private func walk(
        _ tags: [TemplateTag],
        file: String,
        stack initial: [TemplateShape?],
        partials: [String],
        scanned: [String: [TemplateTag]],
        into problems: inout [TemplateProblem]
    ) {
        var stack = initial
        for tag in tags {
            switch tag.kind {
            case .variable, .section, .inverted:
                guard let variable = TemplateTag.variable(in: tag.name) else {
                    if tag.kind == .section || tag.kind == .inverted { stack.append(nil) }
                    continue
                }
                let shape = Self.resolve(variable, in: stack)
                // A page's words (`t.KEY`) are checked against the dictionary, once.
                if shape == nil, !(words != nil && variable.hasPrefix("t.")) {
                    problems.append(TemplateProblem(file: file, line: tag.line, message: "unknown variable '\(variable)'"))
                }
                if tag.kind == .section {
                    stack.append(Self.pushed(by: shape ?? .unknown, transformed: tag.name))
                } else if tag.kind == .inverted {
                    stack.append(nil)
                }
            case .close:
                if stack.count > initial.count { stack.removeLast() }
            case .partial:
                guard !partials.contains(tag.name), let included = scanned[tag.name] else { continue }
                walk(included, file: tag.name + ".mustache", stack: stack, partials: partials + [tag.name], scanned: scanned, into: &problems)
            default:
                continue
            }
        }
    }

    /// What a section pushes: a list's element, an object itself; nothing new for a test such as `empty(x)`.
    private static func pushed(by shape: TemplateShape, transformed name: String) -> TemplateShape? {
        let transform = name.firstIndex(of: "(").map { String(name[..<$0]) }
        switch transform {
        case nil, "reversed", "sorted":
            if case .list(let element) = shape { return element }
            return shape
        case "first", "last":
            if case .list(let element) = shape { return element }
            return .unknown
        default:
            return nil
        }
    }

    private static func resolve(_ name: String, in stack: [TemplateShape?]) -> TemplateShape? {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        let frames = name.hasPrefix(".") ? Array(stack.suffix(1)) : Array(stack.reversed())
        for case let frame? in frames {
            guard var shape = frame.child(first) else { continue }
            for part in parts.dropFirst() {
                guard let next = shape.child(part) else { return nil }
                shape = next
            }
            return shape
        }
        return nil
    }
}
