import Foundation

/// How long the personal data of one kind of record is kept, from what, and on what legal basis.
public struct RetentionRule: Sendable, Equatable {
    public var kind: RetentionKind
    /// The period, in months.
    public var months: Int
    /// What the period counts from, as the file says it (`the session's day`).
    public var after: String
    /// The law that sets or justifies it.
    public var basis: String

    /// Reads `legal/retention.yaml` under `directory`; a missing file means no rules (and nothing is ever anonymised).
    public static func load(directory: String) -> (rules: [RetentionRule], problems: [ScheduleProblem]) {
        let path = directory + "/legal/retention.yaml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return ([], []) }
        let reader = YAMLReader(file: path)
        var rules: [RetentionRule] = []
        if let root = reader.map(reader.root(of: text), "the retention file", allowed: ["retention"]) {
            for node in reader.list(root.value("retention"), "'retention'") {
                guard let map = reader.map(node, "a retention rule", allowed: ["kind", "months", "after", "basis"]),
                    let kindText = map.string("kind", required: true), let months = map.int("months", in: 1...1200, required: true)
                else { continue }
                guard let kind = RetentionKind(rawValue: kindText) else {
                    let known = RetentionKind.allCases.map(\.rawValue).joined(separator: ", ")
                    reader.report(map.value("kind"), "'kind' must be one of \(known)")
                    continue
                }
                if rules.contains(where: { $0.kind == kind }) {
                    reader.report(map.value("kind"), "'\(kindText)' has a rule already")
                    continue
                }
                rules.append(
                    RetentionRule(
                        kind: kind,
                        months: months,
                        after: map.string("after", required: true) ?? "",
                        basis: map.string("basis", required: true) ?? ""
                    )
                )
            }
        }
        return (rules, reader.problems)
    }
}
