import Foundation
import Hummingbird
import TiepDanCore
import TiepDanStore

/// `POST /api/v1/sessions/{id}/rundown`: the rundown of a radio programme or dialogue from the
/// questions collected for it, with the reason for each question in or out.
struct RundownController {
    let questions: QuestionRepository
    let schedules: ScheduleRepository

    struct Body: Decodable {
        let reserveMinutes: Int?
        let urgent: [String]?
        let seconds: [String: Int]?
    }

    struct Entry: Encodable, Sendable {
        let reference, topic, subject, reason: String
        let seconds, priority: Int
        let startsAt: String?
    }

    struct View: ResponseEncodable {
        let sessionId: String
        let airMinutes, reserveMinutes, usedSeconds: Int
        let selected, leftOut: [Entry]
    }

    static let operations = [
        OpenAPIOperation(
            method: "POST", path: "/api/v1/sessions/{id}/rundown", summary: "Build the programme's rundown from its collected questions",
            tag: "staff", roles: ["secretariat", "leader"],
            requestBody: """
                {"type": "object", "properties": {"reserve_minutes": {"type": "integer", "description": "kept for call-ins; default 10"},
                  "urgent": {"type": "array", "items": {"type": "string"}, "description": "references marked urgent"},
                  "seconds": {"type": "object", "additionalProperties": {"type": "integer"}, "description": "speaking-time estimates by reference"}}}
                """,
            responses: [200: "the rundown", 404: "no such session", 409: "not a radio programme or dialogue", 422: "a field is not acceptable"]),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        router.group("api/v1/sessions").add(middleware: RequireRoleMiddleware(roles: [.secretariat, .leader]))
            .post(":id/rundown") { request, context -> View in
                let id = try context.parameters.require("id")
                guard let session = try await schedules.session(id: id) else { throw Problem.notFound("no session \(id)") }
                guard session.kind != .reception else { throw Problem.conflict("a rundown is for a radio programme or a dialogue") }
                let body = try await request.decodeJSON(Body.self, context: context)
                let air = Int(session.endsAt.timeIntervalSince(session.startsAt))
                let reserve = (body.reserveMinutes ?? 10) * 60
                guard (0...air).contains(reserve) else {
                    throw Problem.invalid(field: "reserve_minutes", "must be 0 to the programme's \(air / 60) minutes")
                }
                for (reference, seconds) in body.seconds ?? [:] where !(10...1800).contains(seconds) {
                    throw Problem.invalid(field: "seconds.\(reference)", "an estimate is 10 to 1,800 seconds")
                }
                var filter = QuestionFilter()
                filter.sessionID = id
                filter.limit = 10_000
                let collected = try await questions.list(filter).filter { $0.status != .rejected && $0.status != .merged }
                let departments = Dictionary(uniqueKeysWithValues: try await schedules.departments(organisationID: session.organisationID)
                    .map { ($0.id, $0.name) })
                let urgent = Set(body.urgent ?? [])
                let today = ZoneClock(RFC3339.vietnam).day(of: Date())
                let candidates = collected.map { question in
                    RundownCandidate(
                        id: question.reference, topic: question.departmentID.flatMap { departments[$0] } ?? "Chưa phân công",
                        category: question.category, textLength: question.text.count, supporters: question.supporters,
                        urgent: urgent.contains(question.reference),
                        ageDays: max(0, today.julianDay - ZoneClock(RFC3339.vietnam).day(of: question.createdAt).julianDay),
                        secondsOverride: body.seconds?[question.reference])
                }
                let rundown = RundownBuilder().build(candidates, airSeconds: air, reserveSeconds: reserve)
                let subjects = Dictionary(uniqueKeysWithValues: collected.map { ($0.reference, PersonalDataMasker().masked($0.subject)) })
                func entry(_ item: RundownEntry) -> Entry {
                    Entry(reference: item.id, topic: item.topic, subject: subjects[item.id] ?? "", reason: item.reason, seconds: item.seconds,
                          priority: item.priority,
                          startsAt: item.startsAtSecond.map { RFC3339.string(session.startsAt.addingTimeInterval(TimeInterval($0))) })
                }
                return View(sessionId: id, airMinutes: air / 60, reserveMinutes: reserve / 60, usedSeconds: rundown.usedSeconds,
                            selected: rundown.selected.map(entry), leftOut: rundown.leftOut.map(entry))
            }
    }
}
