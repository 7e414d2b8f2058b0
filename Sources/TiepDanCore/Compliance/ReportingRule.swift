import Foundation

/// How the periodic report counts its days (`schedules/legal/reporting.yaml`): the cut-off day, and the law that sets
/// it.
public struct ReportingRule: Sendable, Equatable {
    public var cutOffDay: Int
    public var basis: String

    /// Calendar months, when no file says otherwise.
    public static let calendar = ReportingRule(cutOffDay: 1, basis: "")

    /// Creates the rule.
    public init(cutOffDay: Int, basis: String) {
        self.cutOffDay = cutOffDay
        self.basis = basis
    }

    /// Reads `legal/reporting.yaml` under `directory`; a missing file means calendar months.
    public static func load(directory: String) -> (rule: ReportingRule, problems: [ScheduleProblem]) {
        let path = directory + "/legal/reporting.yaml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (.calendar, []) }
        let reader = YAMLReader(file: path)
        guard let root = reader.map(reader.root(of: text), "the reporting file", allowed: ["cut_off_day", "basis"]),
            let day = root.int("cut_off_day", in: 1...28, required: true)
        else { return (.calendar, reader.problems) }
        return (ReportingRule(cutOffDay: day, basis: root.string("basis", required: true) ?? ""), reader.problems)
    }
}
