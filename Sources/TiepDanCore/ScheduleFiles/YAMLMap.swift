import Yams

/// The fields of one YAML mapping, read with located problems for missing or mistyped values.
struct YAMLMap {
    let node: Node
    let fields: [String: (key: Node, value: Node)]
    let what: String
    let reader: YAMLReader

    /// The value node of `key`, if present.
    func value(_ key: String) -> Node? {
        fields[key]?.value
    }

    /// A text field; a missing required one is a problem at the mapping.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key) else {
            if required { reader.report(self.node, "\(what) needs '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            reader.report(node, "'\(key)' must be text")
            return nil
        }
        return scalar.string
    }

    /// A whole number in `range`.
    func int(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            reader.report(value(key), "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// A `YYYY-MM-DD` date.
    func date(_ key: String, required: Bool = false) -> CivilDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = CivilDate(iso: text) else {
            reader.report(value(key), "'\(key)' must be a date written YYYY-MM-DD, not '\(text)'")
            return nil
        }
        return date
    }

    /// A list of texts (a single text counts as a list of one).
    func strings(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        if case .scalar(let scalar) = node { return scalar.string.isEmpty ? [] : [scalar.string] }
        return reader.list(node, "'\(key)'").compactMap { item in
            guard case .scalar(let scalar) = item else {
                reader.report(item, "items of '\(key)' must be text")
                return nil
            }
            return scalar.string
        }
    }

    /// The position of `key`'s value (or of the mapping), for problems found later.
    func mark(_ key: String) -> (line: Int, column: Int) {
        let mark = value(key)?.mark ?? node.mark
        return (mark?.line ?? 0, mark?.column ?? 0)
    }
}
