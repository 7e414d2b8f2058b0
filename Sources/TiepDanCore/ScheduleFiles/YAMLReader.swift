import Foundation
import Yams

/// Reads a hand-edited YAML file strictly, collecting a located problem for every unknown
/// key, missing field or wrong type instead of stopping at the first.
final class YAMLReader {
    let file: String
    private(set) var problems: [ScheduleProblem] = []

    init(file: String) {
        self.file = file
    }

    /// The document's root, or nil (with a problem) when the text is not YAML.
    ///
    /// Every scalar is read as text (`Resolver.basic`): the readers parse numbers and dates themselves, and Yams's
    /// default resolver matched each scalar against its regular expressions again whenever a key was hashed, a third
    /// of a province's load.
    func root(of text: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                report(nil, "the file is empty")
                return nil
            }
            return node
        } catch let error as YamlError {
            report(line: Self.line(of: error), column: Self.column(of: error), "not valid YAML: \(Self.problem(of: error))")
            return nil
        } catch {
            report(nil, "not valid YAML: \(error)")
            return nil
        }
    }

    func report(_ node: Node?, _ message: String, severity: ScheduleProblem.Severity = .error) {
        report(line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, message, severity: severity)
    }

    func report(line: Int, column: Int, _ message: String, severity: ScheduleProblem.Severity = .error) {
        problems.append(ScheduleProblem(file: file, line: line, column: column, message: message, severity: severity))
    }

    /// A mapping's fields, or nil (with a problem) when the node is something else.
    func map(_ node: Node?, _ what: String, allowed: [String]) -> YAMLMap? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            report(node, "\(what) must be a mapping of key: value")
            return nil
        }
        var fields: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                report(key, "keys must be plain words")
                continue
            }
            if !allowed.contains(name) {
                let hint = Self.closest(name, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                report(key, "unknown key '\(name)' in \(what)\(hint)")
            }
            fields[name] = (key, value)
        }
        return YAMLMap(node: node, fields: fields, what: what, reader: self)
    }

    /// A sequence's items; a missing one is empty, anything else is a problem.
    func list(_ node: Node?, _ what: String) -> [Node] {
        guard let node else { return [] }
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" { return [] }
        guard let items = node.sequence else {
            report(node, "\(what) must be a list (items starting with '- ')")
            return []
        }
        return Array(items)
    }

    private static func closest(_ name: String, in allowed: [String]) -> String? {
        allowed.min { distance(name, $0) < distance(name, $1) }.flatMap { distance(name, $0) <= 2 ? $0 : nil }
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .reader: 1
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 0
        }
    }

    private static func column(of error: YamlError) -> Int {
        switch error {
        case .reader: 1
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.column
        default: 0
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            return context.map { "\($0.text) — \(problem)" } ?? problem
        case .reader(let problem, _, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate keys \(duplicates.joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }
}
