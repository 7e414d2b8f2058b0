import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The API of a programme on air: the panel's invitations, the console's marks and call-ins,
/// and closing it afterwards. The console page posts to its own form routes, which share `desk`.
struct BroadcastController {
    let desk: BroadcastDesk

    struct MarkBody: Decodable {
        let questionRef: String?
        let state: String?
        let answer: String?
    }

    struct CallInBody: Decodable {
        let caller: String?
        let phone: String?
        let text: String?
        let answer: String?
    }

    struct CloseBody: Decodable {
        let departments: [String: String]?
    }

    struct MarkView: ResponseEncodable, Sendable {
        let questionRef, state, answer, at: String
    }

    struct StateView: ResponseEncodable {
        let sessionId: String
        let startedAt, closedAt: String?
        let marks: [MarkView]
    }

    struct PanelView: ResponseEncodable {
        struct Member: Encodable, Sendable {
            let id, kind, name: String
            let invitedAt: String?
        }
        let invited: Int
        let panel: [Member]
    }

    struct ClosedView: ResponseEncodable {
        let sessionId: String
        let questionsChanged: Int
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/sessions/{id}/broadcast",
                summary: "A programme's broadcast: start, close, the console's marks",
                tag: "staff",
                roles: [.secretariat, .leader],
                responses: [200: "OK", 409: "not a radio programme or dialogue"]
            ) { _, context -> StateView in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                return try await state(session)
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/broadcast/start",
                summary: "The programme goes on air (starts the console's clock)",
                tag: "staff",
                roles: [.secretariat],
                responses: [200: "OK", 409: "not a radio programme or dialogue"]
            ) { _, context -> StateView in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                try await desk.start(session, staff: context.staff!)
                return try await state(session)
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/broadcast/marks",
                summary: "Mark a question answered on air, deferred or skipped",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["question_ref", "state"], "properties": {"question_ref": {"type": "string"},
                      "state": {"type": "string", "enum": ["answered", "deferred", "skipped"]}, "answer": {"type": "string", "description": "the answer as given, in brief"}}}
                    """,
                responses: [200: "the mark", 409: "not a radio programme or dialogue, or the programme is closed", 422: "a field is not acceptable"]
            ) { request, context -> MarkView in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let body = try await request.decodeJSON(MarkBody.self, context: context)
                guard let reference = body.questionRef else { throw Problem.invalid(field: "question_ref", "name the question") }
                return Self.view(try await desk.mark(session, reference: reference, state: body.state, answer: body.answer, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/broadcast/call-ins",
                summary: "Log a question phoned in (the phone is kept private)",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["text"], "properties": {"caller": {"type": "string"}, "phone": {"type": "string"},
                      "text": {"type": "string"}, "answer": {"type": "string", "description": "when answered on air"}}}
                    """,
                responses: [
                    201: "the question it became", 409: "not a radio programme or dialogue, or the programme is closed",
                    422: "a field is not acceptable",
                ]
            ) { request, context -> Response in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let body = try await request.decodeJSON(CallInBody.self, context: context)
                let (_, mark) = try await desk.callIn(
                    session,
                    caller: body.caller,
                    phone: body.phone,
                    text: body.text,
                    answer: body.answer,
                    staff: context.staff!
                )
                var response = try Self.view(mark).response(from: request, context: context)
                response.status = .created
                return response
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/broadcast/close",
                summary: "Close: on-air answers await approval; every other question goes to its department for a written answer",
                tag: "staff",
                roles: [.secretariat],
                requestBody:
                    #"{"type": "object", "properties": {"departments": {"type": "object", "additionalProperties": {"type": "string"}, "description": "department for questions without one, by reference"}}}"#,
                responses: [200: "closed", 409: "not a radio programme or dialogue, or already closed", 422: "a question has no department"]
            ) { request, context -> ClosedView in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let body = try await request.decodeJSON(CloseBody.self, context: context)
                let changed = try await desk.close(session, departments: body.departments ?? [:], staff: context.staff!)
                return ClosedView(sessionId: session.id, questionsChanged: changed)
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/invitations",
                summary: "Invite the panel (leaders and the departments of selected topics), each once",
                tag: "staff",
                roles: [.secretariat],
                responses: [200: "OK", 409: "not a radio programme or dialogue"]
            ) { _, context -> PanelView in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let (invited, members) = try await desk.invite(session, staff: context.staff!)
                let stored = Dictionary(uniqueKeysWithValues: try await desk.broadcasts.panel(sessionID: session.id).map { ($0.id, $0) })
                return PanelView(
                    invited: invited,
                    panel: members.map {
                        PanelView.Member(id: $0.id, kind: $0.kind, name: $0.name, invitedAt: stored[$0.id].map { RFC3339.string($0.invitedAt) })
                    }
                )
            },
        ]
    }

    private func state(_ session: ScheduledSession) async throws -> StateView {
        let state = try await desk.broadcasts.state(sessionID: session.id)
        let marks = try await desk.broadcasts.marks(sessionID: session.id).values.sorted { ($0.at, $0.reference) < ($1.at, $1.reference) }
        return StateView(
            sessionId: session.id,
            startedAt: state.startedAt.map { RFC3339.string($0) },
            closedAt: state.closedAt.map { RFC3339.string($0) },
            marks: marks.map(Self.view)
        )
    }

    static func view(_ mark: BroadcastMark) -> MarkView {
        MarkView(questionRef: mark.reference, state: mark.state.rawValue, answer: mark.answer, at: RFC3339.string(mark.at))
    }
}
