import Foundation

/// A legal minimum of reception days for a role, with its basis and the dates it is in force.
public struct ReceptionMinimum: Sendable, Equatable {
    /// The period the minimum counts over.
    public enum Period: String, Sendable {
        case week, month
    }

    /// The leader role, e.g. `commune_chairman`.
    public var role: String
    /// Days of reception required.
    public var days: Int
    /// Per week or per month.
    public var period: Period
    /// The law that sets it.
    public var basis: String
    /// First day in force.
    public var from: CivilDate
    /// Last day in force, if replaced.
    public var to: CivilDate?

    /// Whether it applies on `day`.
    public func inForce(on day: CivilDate) -> Bool {
        day >= from && (to.map { day <= $0 } ?? true)
    }

    /// Reads `schedules/legal/reception_minimums.yaml`; a missing file means no minimums.
    public static func load(directory: String) -> (minimums: [ReceptionMinimum], problems: [ScheduleProblem]) {
        let path = directory + "/legal/reception_minimums.yaml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return ([], []) }
        let reader = YAMLReader(file: path)
        var minimums: [ReceptionMinimum] = []
        if let root = reader.map(reader.root(of: text), "the minimums file", allowed: ["minimums"]) {
            for node in reader.list(root.value("minimums"), "'minimums'") {
                guard let map = reader.map(node, "a minimum", allowed: ["role", "days", "per", "basis", "from", "to"]),
                    let role = map.string("role", required: true), let days = map.int("days", in: 1...31, required: true),
                    let perText = map.string("per", required: true), let from = map.date("from", required: true)
                else { continue }
                guard let period = Period(rawValue: perText) else {
                    reader.report(map.value("per"), "'per' must be week or month")
                    continue
                }
                minimums.append(
                    ReceptionMinimum(
                        role: role,
                        days: days,
                        period: period,
                        basis: map.string("basis", required: true) ?? "",
                        from: from,
                        to: map.date("to")
                    )
                )
            }
        }
        return (minimums, reader.problems)
    }
}
