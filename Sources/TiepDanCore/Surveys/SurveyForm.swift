import Foundation

/// The questions of the satisfaction survey, from `templates/surveys/*.yaml` (the office may edit the wording and must
/// then raise the version): a five-point scale, one question per factor (SIPAS's five) and an overall one. Each
/// answer keeps the version it answered.
public struct SurveyForm: Sendable, Equatable {
    /// A question, Vietnamese first.
    public struct Question: Sendable, Equatable {
        public var id: String
        public var vi: String
        public var en: String
    }

    public var version: String
    /// The five points from "Rất không hài lòng" (1) to "Rất hài lòng" (5).
    public var scale: [Question]
    public var factors: [Question]
    /// The overall question, its id `overallID`.
    public var overall: Question

    /// The id of the overall question among the answers.
    public static let overallID = "overall"

    /// Reads every `*.yaml` under `directory` (`templates/surveys`): the forms by version, and each problem located.
    public static func load(directory: String) -> (forms: [SurveyForm], problems: [ScheduleProblem]) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        var forms: [SurveyForm] = []
        var problems: [ScheduleProblem] = []
        for file in files {
            let path = directory + "/" + file
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let reader = YAMLReader(file: path)
            if let form = parse(text, reader: reader) {
                if forms.contains(where: { $0.version == form.version }) {
                    reader.report(reader.root(of: text), "version '\(form.version)' is in another survey file too")
                } else {
                    forms.append(form)
                }
            }
            problems += reader.problems
        }
        return (forms.sorted { $0.version.compare($1.version, options: .numeric) == .orderedAscending }, problems)
    }

    private static func parse(_ text: String, reader: YAMLReader) -> SurveyForm? {
        guard let root = reader.map(reader.root(of: text), "the survey file", allowed: ["version", "scale", "factors", "overall"]),
            let version = root.string("version", required: true)
        else { return nil }
        func question(_ node: YAMLMap?, _ what: String, id: Bool) -> Question? {
            guard let map = node,
                let vi = map.string("vi", required: true), let en = map.string("en", required: true)
            else { return nil }
            let name = id ? map.string("id", required: true) : ""
            guard let name else { return nil }
            // Letters and digits only: the id is a form field and a JSON key, unchanged by any case conversion.
            if id, name.isEmpty || name == overallID || !name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) {
                reader.report(map.value("id"), "a factor's id is lower-case letters and digits, not '\(name)' nor '\(overallID)'")
                return nil
            }
            return Question(id: name, vi: vi, en: en)
        }
        let scale = reader.list(root.value("scale"), "'scale'").compactMap {
            question(reader.map($0, "a point of the scale", allowed: ["vi", "en"]), "a point", id: false)
        }
        if scale.count != 5 { reader.report(root.value("scale"), "'scale' has five points, from very dissatisfied to very satisfied") }
        var factors: [Question] = []
        for node in reader.list(root.value("factors"), "'factors'") {
            guard let factor = question(reader.map(node, "a factor", allowed: ["id", "vi", "en"]), "a factor", id: true) else { continue }
            if factors.contains(where: { $0.id == factor.id }) {
                reader.report(node, "factor '\(factor.id)' is asked twice")
                continue
            }
            factors.append(factor)
        }
        if factors.isEmpty { reader.report(root.value("factors"), "'factors' needs at least one question") }
        guard let overall = question(reader.map(root.value("overall"), "'overall'", allowed: ["vi", "en"]), "'overall'", id: false),
            scale.count == 5, !factors.isEmpty
        else { return nil }
        return SurveyForm(version: version, scale: scale, factors: factors, overall: Question(id: overallID, vi: overall.vi, en: overall.en))
    }

    /// Every question, the factors' then the overall one (its id `overallID`): what a complete answer scores.
    public var questions: [Question] { factors + [overall] }
}
