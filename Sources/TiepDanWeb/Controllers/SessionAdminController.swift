import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Staff changes to the schedule over HTTP: ad-hoc sessions (tiếp đột xuất), postponements and
/// cancellations with notices to the citizens booked, and the record that a session was held.
/// The decisions are the `SessionDesk`'s.
struct SessionAdminController {
    let desk: SessionDesk

    /// A recording as the API shows it.
    struct RecordingView: ResponseEncodable {
        let sessionId, uri, sha256, startedAt: String
        let position, durationSeconds: Int

        init(_ recording: SessionRecording) {
            sessionId = recording.sessionID
            position = recording.position
            uri = recording.uri
            sha256 = recording.sha256
            startedAt = RFC3339.string(recording.startedAt)
            durationSeconds = recording.durationSeconds
        }
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .post,
                "/api/v1/sessions",
                summary: "Create an ad-hoc session",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["organisation_id", "title", "leader_ids", "starts_at", "ends_at", "reason"],
                     "properties": {"organisation_id": {"type": "string"}, "kind": {"type": "string", "enum": ["reception", "radio", "dialogue"]},
                      "title": {"type": "string"}, "leader_ids": {"type": "array", "items": {"type": "string"}},
                      "place_id": {"type": "string"}, "location": {"type": "string"},
                      "starts_at": {"type": "string", "format": "date-time"}, "ends_at": {"type": "string", "format": "date-time"},
                      "topics": {"type": "array", "items": {"type": "string"}}, "reason": {"type": "string"},
                      "slot_minutes": {"type": "integer"}, "slot_capacity": {"type": "integer"},
                      "mode": {"type": "string", "enum": ["in_person", "online", "hybrid"]}, "join_url": {"type": "string", "format": "uri"}}}
                    """,
                responses: [
                    201: "created", 400: "malformed body", 401: "no sign-in", 403: "not secretariat",
                    409: "a leader already has a session then", 422: "a field is not acceptable",
                ]
            ) { request, context -> Response in
                let body = try await request.decodeJSON(AdHocSessionRequest.self, context: context)
                let session = try await desk.createAdHoc(body, staff: context.staff!)
                var response = try context.responseEncoder.encode(session, from: request, context: context)
                response.status = .created
                response.headers[.location] = "/api/v1/sessions/\(session.id)"
                return response
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/recordings",
                summary:
                    "Register a recording of the session with its file's SHA-256 (listed in the minutes; checked by `tiepdan recordings verify`)",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["uri", "sha256", "started_at", "duration_seconds"],
                     "properties": {"uri": {"type": "string"}, "sha256": {"type": "string", "pattern": "^[0-9a-fA-F]{64}$"},
                      "started_at": {"type": "string", "format": "date-time"}, "duration_seconds": {"type": "integer", "minimum": 1, "maximum": 86400}}}
                    """,
                responses: [201: "registered", 404: "no such session", 422: "a field is not acceptable"]
            ) { request, context -> Response in
                let body = try await request.decodeJSON(RecordingRequest.self, context: context)
                let recording = try await desk.registerRecording(try context.parameters.require("id"), body, staff: context.staff!)
                var response = try context.responseEncoder.encode(RecordingView(recording), from: request, context: context)
                response.status = .created
                return response
            },
            Endpoint(
                .get,
                "/api/v1/sessions/{id}/recordings",
                summary: "The session's recordings, in order",
                tag: "staff",
                roles: [.secretariat],
                responses: [200: "the recordings", 404: "no such session"]
            ) { _, context -> ListPage<RecordingView> in
                ListPage(
                    items: try await desk.recordings(try context.parameters.require("id"), staff: context.staff!).map(RecordingView.init),
                    nextCursor: nil
                )
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/postpone",
                summary: "Move a session; its bookings move and citizens are told",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["to", "reason"],
                     "properties": {"to": {"type": "string", "format": "date-time", "description": "the new start; the length is kept"},
                      "reason": {"type": "string"}}}
                    """,
                responses: [
                    200: "moved; notices queued", 404: "no such session", 409: "cancelled, held, over, or a leader is busy then",
                    422: "a field is not acceptable",
                ]
            ) { request, context -> SessionChange in
                let body = try await request.decodeJSON(SessionPostponement.self, context: context)
                return try await desk.postpone(try context.parameters.require("id"), body, staff: context.staff!)
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/cancel",
                summary: "Cancel a session; its citizens are told",
                tag: "staff",
                roles: [.secretariat],
                requestBody: #"{"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string"}}}"#,
                responses: [
                    200: "cancelled; bookings released; notices queued", 404: "no such session", 409: "already cancelled, held or over",
                    422: "a field is not acceptable",
                ]
            ) { request, context -> SessionChange in
                let body = try await request.decodeJSON(SessionCancellation.self, context: context)
                return try await desk.cancel(try context.parameters.require("id"), body, staff: context.staff!)
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/held",
                summary: "Record that a session took place",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["received_by"],
                     "properties": {"received_by": {"type": "array", "items": {"type": "string"}, "description": "leader ids"},
                      "attendance": {"type": "integer", "description": "people received; default: those checked in"}}}
                    """,
                responses: [200: "recorded", 404: "no such session", 409: "not started, cancelled or already held", 422: "a field is not acceptable"]
            ) { request, context -> PublicSession in
                let body = try await request.decodeJSON(HeldReport.self, context: context)
                return try await desk.recordHeld(try context.parameters.require("id"), body, staff: context.staff!)
            },
        ]
    }
}
