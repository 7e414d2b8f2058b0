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
