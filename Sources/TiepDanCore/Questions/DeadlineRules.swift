import Foundation

/// The deadline rule of each category.
public struct DeadlineRules: Sendable {
    public var rules: [CaseCategory: DeadlineRule]

    /// The rule for `category`.
    public func rule(_ category: CaseCategory) -> DeadlineRule {
        rules[category] ?? Self.standard.rules[category]!
    }

    /// The limits as DOMAIN.md gives them, used when the office ships no file.
    public static let standard = DeadlineRules(
        rules: Dictionary(
            uniqueKeysWithValues: [
                DeadlineRule(
                    category: .question,
                    firstDays: 10,
                    firstInWorkingDays: true,
                    resolveDays: nil,
                    extensionDays: 0,
                    maxExtensions: 0,
                    basis: "Luật Tiếp công dân 2013, Điều 28"
                ),
                DeadlineRule(
                    category: .feedback,
                    firstDays: 10,
                    firstInWorkingDays: true,
                    resolveDays: nil,
                    extensionDays: 0,
                    maxExtensions: 0,
                    basis: "Luật Tiếp công dân 2013, Điều 28"
                ),
                DeadlineRule(
                    category: .petition,
                    firstDays: 10,
                    firstInWorkingDays: true,
                    resolveDays: nil,
                    extensionDays: 0,
                    maxExtensions: 0,
                    basis: "Luật Tiếp công dân 2013, Điều 28"
                ),
                {
                    var complaint = DeadlineRule(
                        category: .complaint,
                        firstDays: 10,
                        firstInWorkingDays: false,
                        resolveDays: 30,
                        extensionDays: 15,
                        maxExtensions: 1,
                        basis: "Luật Khiếu nại 2011, Điều 27-28, 37"
                    )
                    for (complex, remote, second, days) in [
                        (true, false, false, 45), (false, true, false, 45), (true, true, false, 60), (false, false, true, 45),
                        (true, false, true, 60), (false, true, true, 60), (true, true, true, 70),
                    ] {
                        complaint.resolveDaysWhen[CaseConditions(complex: complex, remote: remote, secondInstance: second)] = days
                    }
                    return complaint
                }(),
                DeadlineRule(
                    category: .denunciation,
                    firstDays: 5,
                    firstInWorkingDays: true,
                    resolveDays: 30,
                    extensionDays: 30,
                    maxExtensions: 2,
                    basis: "Luật Tố cáo 2018, Điều 24, 30"
                ),
                DeadlineRule(
                    category: .information,
                    firstDays: 10,
                    firstInWorkingDays: true,
                    resolveDays: nil,
                    extensionDays: 0,
                    maxExtensions: 0,
                    basis: "Luật Tố cáo 2018, Điều 25"
                ),
            ].map { ($0.category, $0) }
        )
    )

    /// Reads `directory/legal/question_deadlines.yaml`; categories it leaves out keep the standard rule.
    public static func load(directory: String) -> (rules: DeadlineRules, problems: [ScheduleProblem]) {
        let path = directory + "/legal/question_deadlines.yaml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (standard, []) }
        let reader = YAMLReader(file: path)
        var rules = standard.rules
        let keys = ["category", "first_days", "first_in", "extension_days", "max_extensions", "basis"] + CaseConditions.all.map(\.key)
        if let root = reader.map(reader.root(of: text), "the deadlines file", allowed: ["deadlines"]) {
            for node in reader.list(root.value("deadlines"), "'deadlines'") {
                guard let map = reader.map(node, "a deadline", allowed: keys),
                    let name = map.string("category", required: true),
                    let days = map.int("first_days", in: 1...365, required: true)
                else { continue }
                guard let category = CaseCategory(rawValue: name) else {
                    reader.report(map.value("category"), "'category' must be one of \(CaseCategory.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                let unit = map.string("first_in") ?? "working_days"
                guard unit == "working_days" || unit == "days" else {
                    reader.report(map.value("first_in"), "'first_in' must be working_days or days")
                    continue
                }
                var rule = DeadlineRule(
                    category: category,
                    firstDays: days,
                    firstInWorkingDays: unit == "working_days",
                    resolveDays: map.int("resolve_days", in: 1...365),
                    extensionDays: map.int("extension_days", in: 0...365) ?? 0,
                    maxExtensions: map.int("max_extensions", in: 0...10) ?? 0,
                    basis: map.string("basis", required: true) ?? ""
                )
                for conditions in CaseConditions.all where conditions != CaseConditions() {
                    if let limit = map.int(conditions.key, in: 1...365) { rule.resolveDaysWhen[conditions] = limit }
                }
                rules[category] = rule
            }
        }
        return (DeadlineRules(rules: rules), reader.problems)
    }
}
