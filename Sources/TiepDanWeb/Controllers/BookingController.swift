import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Citizens book reception slots; the secretariat books on their behalf.
struct BookingController {
    let desk: BookingDesk
    private var schedules: ScheduleRepository { desk.schedules }
    let publicWrites: RateLimiter

    struct SlotView: Encodable, Sendable {
        let id, startsAt, endsAt: String
    }

    struct SessionSummary: Encodable, Sendable {
        let id, title, startsAt, location: String
    }

    struct Created: ResponseEncodable {
        let reference, token, status: String
        let slot: SlotView?
        let session: SessionSummary
    }

    struct CitizenView: Encodable, Sendable {
        let name, phone: String
        let email, idNumber, address: String?
    }

    struct BookingView: ResponseEncodable {
        let reference, status, subject, summary, createdAt: String
        let groupSize: Int
        let representatives: [String]
        let slot: SlotView?
        let session: SessionSummary
        let citizen: CitizenView
        /// `in_person` or `online`.
        let attendance: String
        /// The online meeting's link, for a confirmed booking that attends online only.
        let joinUrl: String?
        /// The citizen agreed to be messaged and has not withdrawn it.
        let messagesConsent: Bool
    }

    struct DayListItem: Encodable, Sendable {
        let reference, status, subject, channel: String
        let slot: SlotView?
        let groupSize: Int
        let representatives: [String]
        let citizen: CitizenView
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/sessions/{id}/bookings",
                summary: "The day's list, with personal data",
                tag: "staff",
                roles: [.secretariat, .leader],
                responses: [200: "the bookings", 401: "no sign-in", 403: "not secretariat or leader", 404: "no such session"]
            ) { _, context -> ListPage<DayListItem> in
                let id = try context.parameters.require("id")
                let records = try await desk.dayList(id, staff: context.staff!).bookings
                var items: [DayListItem] = []
                for record in records {
                    items.append(
                        DayListItem(
                            reference: record.reference,
                            status: record.status.rawValue,
                            subject: record.subject,
                            channel: record.channel,
                            slot: try await slotView(record),
                            groupSize: record.groupSize,
                            representatives: record.representatives,
                            citizen: CitizenView(
                                name: record.name,
                                phone: record.phone,
                                email: record.email,
                                idNumber: record.idNumber,
                                address: record.address
                            )
                        )
                    )
                }
                return ListPage(items: items, nextCursor: nil)
            },
            Endpoint(
                .post,
                "/api/v1/bookings",
                summary: "Book a reception slot (or join the waiting list)",
                tag: "bookings",
                requestBody: """
                    {"type": "object", "required": ["session_id", "citizen", "subject"],
                     "properties": {"session_id": {"type": "string"}, "slot_id": {"type": "string"},
                      "citizen": {"type": "object", "required": ["name", "phone"], "properties": {"name": {"type": "string"},
                        "phone": {"type": "string"}, "email": {"type": "string"}, "id_number": {"type": "string"}, "address": {"type": "string"}}},
                      "subject": {"type": "string"}, "summary": {"type": "string"}, "group_size": {"type": "integer"},
                      "representatives": {"type": "array", "items": {"type": "string"}}, "waitlist": {"type": "boolean"},
                      "channel": {"type": "string", "description": "staff only"},
                      "attend": {"type": "string", "enum": ["in_person", "online"], "description": "for a hybrid session, how the citizen attends"},
                      "messages_consent": {"type": "boolean", "description": "the citizen agrees to confirmations and reminders by Zalo, SMS or e-mail"},
                      "reply_channel": {"type": "string", "enum": ["zalo", "sms", "email"], "description": "how the citizen hears back; default zalo (a text message when the number has no Zalo)"}}}
                    """,
                responses: [
                    201: "booked or waitlisted; keep the token", 400: "malformed body", 404: "no such session",
                    409: "full, closed, or the citizen already holds a booking (its reference is in the problem)",
                    422: "a field is not acceptable", 429: "too many requests; see Retry-After",
                ]
            ) { request, context -> Response in
                let staff = context.staff.flatMap { $0.hasAnyRole([.secretariat]) ? $0 : nil }
                if staff == nil, let wait = await publicWrites.consume("booking:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                let body = try await request.decodeJSON(BookingRequest.self, context: context)
                let token = SessionToken.generate()
                let record = try await desk.book(body, staff: staff, token: token)
                let created = Created(
                    reference: record.reference,
                    token: token,
                    status: record.status.rawValue,
                    slot: try await slotView(record),
                    session: try await sessionSummary(record.sessionID)
                )
                var response = try context.responseEncoder.encode(created, from: request, context: context)
                response.status = .created
                response.headers[.location] = "/api/v1/bookings/\(record.reference)"
                return response
            },
            Endpoint(
                .get,
                "/api/v1/bookings/{reference}",
                summary: "The citizen's booking (X-Tracking-Token or ?token=)",
                tag: "bookings",
                responses: [200: "the booking", 404: "no booking with that reference and token"]
            ) { request, context -> BookingView in
                let reference = try context.parameters.require("reference")
                let record = try await desk.find(reference, tokenHash: request.trackingToken.map(SessionToken.hash), staff: context.staff)
                let session = try await desk.schedules.session(id: record.sessionID)
                return BookingView(
                    reference: record.reference,
                    status: record.status.rawValue,
                    subject: record.subject,
                    summary: record.summary,
                    createdAt: RFC3339.string(record.createdAt),
                    groupSize: record.groupSize,
                    representatives: record.representatives,
                    slot: try await slotView(record),
                    session: try await sessionSummary(record.sessionID),
                    citizen: CitizenView(
                        name: record.name,
                        phone: record.phone,
                        email: record.email,
                        idNumber: record.idNumber,
                        address: record.address
                    ),
                    attendance: record.attendance.rawValue,
                    joinUrl: session.flatMap { record.joinLink(in: $0) },
                    messagesConsent: record.messagesConsent
                )
            },
            Endpoint(
                .post,
                "/api/v1/bookings/{reference}/consents/messages/withdraw",
                summary: "The citizen withdraws their consent to be messaged (X-Tracking-Token)",
                tag: "bookings",
                responses: [200: "withdrawn", 404: "no booking with that reference and token", 409: "no such consent in force"]
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                guard let token = request.trackingToken, !token.isEmpty else {
                    throw Problem.notFound("send the booking's token as X-Tracking-Token")
                }
                let record = try await desk.withdrawMessagesConsent(reference, tokenHash: SessionToken.hash(token))
                let body = ByteBuffer(string: #"{"reference":"\#(record.reference)","messages_consent":\#(record.messagesConsent)}"#)
                return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: body))
            },
            Endpoint(
                .post,
                "/api/v1/bookings/{reference}/cancel",
                summary: "Cancel; the first waitlisted citizen gets the seat",
                tag: "bookings",
                responses: [200: "cancelled", 404: "no booking with that reference and token", 409: "already cancelled"]
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let actor = context.staff?.id ?? "citizen"
                let promoted = try await desk.cancel(
                    reference,
                    tokenHash: request.trackingToken.map(SessionToken.hash),
                    staff: context.staff,
                    actor: actor
                )
                let body = ByteBuffer(
                    string: #"{"reference":"\#(reference)","status":"cancelled","promoted":\#(promoted.map { "\"\($0)\"" } ?? "null")}"#
                )
                return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: body))
            },
        ]
    }

    private func slotView(_ record: BookingRecord) async throws -> SlotView? {
        guard let id = record.slotID, let start = record.slotStartsAt, let end = record.slotEndsAt else { return nil }
        return SlotView(id: id, startsAt: RFC3339.string(start), endsAt: RFC3339.string(end))
    }

    private func sessionSummary(_ id: String) async throws -> SessionSummary {
        guard let session = try await schedules.session(id: id) else { throw Problem.notFound("no session \(id)") }
        return SessionSummary(id: session.id, title: session.title, startsAt: RFC3339.string(session.startsAt), location: session.location)
    }
}
