import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Staff changes to the schedule: ad-hoc sessions (tiếp đột xuất), postponements and
/// cancellations with notices to the citizens booked, and the record that a session was held.
struct SessionAdminController {
    let schedules: ScheduleRepository
    let bookings: BookingRepository
    let notices: any NoticeComposer

    struct Postponement: Decodable {
        let to: String
        let reason: String
    }

    struct Cancellation: Decodable {
        let reason: String
    }

    struct Held: Decodable {
        let receivedBy: [String]
        let attendance: Int?
    }

    struct Changed: ResponseEncodable {
        let session: PublicSession
        let noticesQueued: Int
    }

    struct NewSession: Decodable {
        let organisationId: String
        let kind: String?
        let title: String
        let leaderIds: [String]
        let placeId: String?
        let location: String?
        let startsAt: String
        let endsAt: String
        let topics: [String]?
        let reason: String
        let slotMinutes: Int?
        let slotCapacity: Int?
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
                      "slot_minutes": {"type": "integer"}, "slot_capacity": {"type": "integer"}}}
                    """,
                responses: [
                    201: "created", 400: "malformed body", 401: "no sign-in", 403: "not secretariat",
                    409: "a leader already has a session then", 422: "a field is not acceptable",
                ]
            ) { request, context -> Response in
                let body = try await request.decodeJSON(NewSession.self, context: context)
                let session = try await validated(body)
                do {
                    try await schedules.createAdHoc(session, actor: context.staff!.id)
                } catch let AdHocSessionError.leaderBusy(leader, other) {
                    throw Problem.conflict("leader \(leader) already has session \(other) at that time", field: "leader_ids")
                }
                let zone = try await schedules.timeZone(organisationID: session.organisationID)
                var response = try context.responseEncoder.encode(PublicSession(session, zone: zone), from: request, context: context)
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
            ) { request, context -> Changed in
                let id = try context.parameters.require("id")
                let body = try await request.decodeJSON(Postponement.self, context: context)
                let reason = try Self.reason(body.reason)
                guard let to = try? Date(body.to, strategy: .iso8601) else {
                    throw Problem.invalid(field: "to", "must be a time like 2026-03-05T07:30:00+07:00")
                }
                let result = try await Problem.converting {
                    try await schedules.postpone(id, to: to, reason: reason, actor: context.staff!.id, now: Date(), composer: notices)
                }
                return Changed(session: try await view(result.session), noticesQueued: result.noticesQueued)
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
            ) { request, context -> Changed in
                let id = try context.parameters.require("id")
                let body = try await request.decodeJSON(Cancellation.self, context: context)
                let reason = try Self.reason(body.reason)
                let result = try await Problem.converting {
                    try await schedules.cancel(id, reason: reason, actor: context.staff!.id, now: Date(), composer: notices)
                }
                return Changed(session: try await view(result.session), noticesQueued: result.noticesQueued)
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
                let id = try context.parameters.require("id")
                let body = try await request.decodeJSON(Held.self, context: context)
                guard let session = try await schedules.session(id: id) else { throw Problem.notFound("no session \(id)") }
                var errors: [Problem.FieldError] = []
                let leaders = Set(try await schedules.leaders(organisationID: session.organisationID).map(\.id))
                if body.receivedBy.isEmpty { errors.append(.init(field: "received_by", message: "name who received the citizens")) }
                for (index, leader) in body.receivedBy.enumerated() where !leaders.contains(leader) {
                    errors.append(.init(field: "received_by[\(index)]", message: "no leader \(leader) in \(session.organisationID)"))
                }
                if let attendance = body.attendance, !(0...10_000).contains(attendance) {
                    errors.append(.init(field: "attendance", message: "must be 0 to 10,000"))
                }
                guard errors.isEmpty else { throw Problem.invalid(errors) }
                let held = try await Problem.converting {
                    try await schedules.markHeld(id, receivedBy: body.receivedBy, attendance: body.attendance, actor: context.staff!.id, now: Date())
                }
                return try await view(held)
            },
        ]
    }

    private static func reason(_ text: String) throws -> String {
        let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (3...500).contains(reason.count) else {
            throw Problem.invalid(field: "reason", "say why, for the public notice (3 to 500 characters)")
        }
        return reason
    }

    private func view(_ session: ScheduledSession) async throws -> PublicSession {
        let zone = try await schedules.timeZone(organisationID: session.organisationID)
        return PublicSession(session, zone: zone, taken: try await bookings.seatsTaken(sessions: [session.id]))
    }

    /// The session the body describes, or 422 naming every field that is not acceptable.
    private func validated(_ body: NewSession) async throws -> ScheduledSession {
        var errors: [Problem.FieldError] = []
        func fail(_ field: String, _ message: String) { errors.append(.init(field: field, message: message)) }
        let organisation = try await schedules.organisation(id: body.organisationId)
        if organisation == nil { fail("organisation_id", "no organisation \(body.organisationId)") }
        let kind = SessionKind(rawValue: body.kind ?? "reception")
        if kind == nil { fail("kind", "must be reception, radio or dialogue") }
        let title = body.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(3...200).contains(title.count) { fail("title", "must be 3 to 200 characters") }
        let reason = body.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(3...500).contains(reason.count) { fail("reason", "say why the session is held (3 to 500 characters)") }
        let leaders = try await schedules.leaders(organisationID: body.organisationId)
        if body.leaderIds.isEmpty { fail("leader_ids", "name at least one leader") }
        for (index, id) in body.leaderIds.enumerated() where !leaders.contains(where: { $0.id == id }) {
            fail("leader_ids[\(index)]", "no leader \(id) in \(body.organisationId)")
        }
        let starts = try? Date(body.startsAt, strategy: .iso8601)
        let ends = try? Date(body.endsAt, strategy: .iso8601)
        if starts == nil { fail("starts_at", "must be a time like 2026-03-05T07:30:00+07:00") }
        if ends == nil { fail("ends_at", "must be a time like 2026-03-05T11:30:00+07:00") }
        if let starts, let ends {
            if ends <= starts {
                fail("ends_at", "must be after starts_at")
            } else if ends.timeIntervalSince(starts) > 12 * 3600 {
                fail("ends_at", "a session lasts at most 12 hours")
            }
            if starts < Date() { fail("starts_at", "must be in the future") }
        }
        var location = body.location?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if let placeID = body.placeId {
            if let place = try await schedules.place(id: placeID), place.organisationID == body.organisationId {
                if location.isEmpty { location = place.name }
            } else {
                fail("place_id", "no place \(placeID) in \(body.organisationId)")
            }
        }
        if location.isEmpty && body.placeId == nil { fail("location", "give place_id or location") }
        if let minutes = body.slotMinutes, !(5...480).contains(minutes) { fail("slot_minutes", "must be 5 to 480") }
        if let capacity = body.slotCapacity, !(1...200).contains(capacity) { fail("slot_capacity", "must be 1 to 200") }
        guard errors.isEmpty, let organisation, let kind, let starts, let ends else { throw Problem.invalid(errors) }
        let day = organisation.clock.day(of: starts)
        let reception = kind == .reception
        return ScheduledSession(
            id: "\(organisation.id).adhoc.\(day.compact).\(SecureRandom.hex(bytes: 3))",
            organisationID: organisation.id,
            ruleID: nil,
            kind: kind,
            title: title,
            leaderIDs: body.leaderIds,
            placeID: body.placeId,
            location: location,
            startsAt: starts,
            endsAt: ends,
            status: .scheduled,
            movedFrom: nil,
            reason: reason,
            topics: body.topics ?? [],
            slotMinutes: reception ? body.slotMinutes ?? 30 : nil,
            slotCapacity: reception ? body.slotCapacity ?? 1 : nil,
            questionsCloseAt: nil,
            sequence: 0,
            updatedAt: Date()
        )
    }
}
