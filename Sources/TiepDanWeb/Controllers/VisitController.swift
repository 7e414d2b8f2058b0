import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The session day through the API: check-in, the outcome of each visit, and the register
/// (Sổ tiếp công dân, Form 03) for a date range as JSON.
struct VisitController {
    let desk: VisitDesk

    struct VisitView: ResponseEncodable {
        let reference, status: String
        let checkedInAt: String?
        let outcome, outcomeDetail, category, handledBefore: String?
    }

    /// A citizen who came without booking: the booking's fields, without a session (the path's) or a slot.
    struct WalkIn: Decodable {
        let citizen: BookingRequest.Citizen
        let subject: String
        let summary: String?
        let groupSize: Int?
        let representatives: [String]?
    }

    struct SensitiveView: ResponseEncodable {
        let subject, summary: String
        let outcomeDetail: String?
    }

    struct DenouncerView: ResponseEncodable {
        let name: String
        let phone, email, address, idType, idNumber: String?
        let representatives: [String]
    }

    struct WalkInView: ResponseEncodable {
        let reference, status: String
        let checkedInAt: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/walk-ins",
                summary: "Register a citizen who came without booking, checked in at once",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["citizen", "subject"],
                     "properties": {"citizen": {"type": "object", "required": ["name"],
                        "properties": {"name": {"type": "string"}, "phone": {"type": "string", "description": "optional for a walk-in"},
                         "email": {"type": "string"}, "id_number": {"type": "string"}, "address": {"type": "string"}}},
                      "subject": {"type": "string"}, "summary": {"type": "string"},
                      "group_size": {"type": "integer"}, "representatives": {"type": "array", "items": {"type": "string"}}}}
                    """,
                responses: [
                    201: "registered and checked in", 409: "check-in not open, or the citizen already holds a booking",
                    422: "a field is not acceptable",
                ]
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                let body = try await request.decodeJSON(WalkIn.self, context: context)
                let record = try await desk.registerWalkIn(
                    session: id,
                    BookingRequest(
                        sessionId: id,
                        slotId: nil,
                        citizen: body.citizen,
                        subject: body.subject,
                        summary: body.summary,
                        groupSize: body.groupSize,
                        representatives: body.representatives,
                        waitlist: nil,
                        channel: nil
                    ),
                    staff: context.staff!
                )
                let view = WalkInView(
                    reference: record.reference,
                    status: record.status.rawValue,
                    checkedInAt: record.checkedInAt.map { RFC3339.string($0) }
                )
                var response = try context.responseEncoder.encode(view, from: request, context: context)
                response.status = .created
                return response
            },
            Endpoint(
                .post,
                "/api/v1/bookings/{reference}/check-in",
                summary: "The citizen has come",
                tag: "staff",
                roles: [.secretariat],
                responses: [200: "checked in", 404: "no such booking", 409: "cancelled, already in, or too early"]
            ) { _, context -> VisitView in
                let reference = try context.parameters.require("reference")
                return Self.view(try await desk.checkIn(reference, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/bookings/{reference}/outcome",
                summary: "How the visit ended (Circular 04/2021 step 4)",
                tag: "staff",
                roles: [.secretariat, .leader],
                requestBody: """
                    {"type": "object", "required": ["outcome", "category"],
                     "properties": {"outcome": {"type": "string", "enum": ["accepted", "guided", "transferred", "refused"]},
                      "detail": {"type": "string", "description": "guidance given, where transferred, or why refused; required unless accepted"},
                      "category": {"type": "string", "enum": ["question", "feedback", "petition", "complaint", "denunciation"]},
                      "handled_before": {"type": "string", "description": "the body that already handled the case"}}}
                    """,
                responses: [200: "recorded", 404: "no such booking", 409: "not checked in", 422: "a field is not acceptable"]
            ) { request, context -> VisitView in
                let reference = try context.parameters.require("reference")
                let body = try await request.decodeJSON(VisitReport.self, context: context)
                return Self.view(try await desk.record(reference, body, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/bookings/{reference}/sensitive",
                summary: "Flag the visit sensitive: what the citizen brought is sealed (once)",
                tag: "staff",
                roles: [.secretariat, .leader],
                responses: [200: "sealed", 404: "no such booking", 409: "sealed already"]
            ) { _, context -> VisitView in
                Self.view(try await desk.markSensitive(try context.parameters.require("reference"), staff: context.staff!))
            },
            Endpoint(
                .get,
                "/api/v1/bookings/{reference}/sensitive",
                summary: "A sensitive visit's sealed subject, summary and outcome detail (audited; the organisation's leaders)",
                tag: "staff",
                roles: [.leader],
                responses: [200: "the content", 403: "not for you", 409: "not sealed as sensitive"]
            ) { _, context -> SensitiveView in
                let content = try await desk.sensitiveContent(try context.parameters.require("reference"), staff: context.staff!)
                return SensitiveView(subject: content.subject, summary: content.summary, outcomeDetail: content.outcomeDetail)
            },
            Endpoint(
                .get,
                "/api/v1/bookings/{reference}/denouncer",
                summary: "Who denounced in person, opened from the seal (audited; the organisation's leaders)",
                tag: "staff",
                roles: [.leader],
                responses: [200: "the denouncer", 403: "not for you", 404: "no such booking", 409: "not received as a denunciation"]
            ) { _, context -> DenouncerView in
                let identity = try await desk.denouncer(try context.parameters.require("reference"), staff: context.staff!)
                return DenouncerView(
                    name: identity.name,
                    phone: identity.phone,
                    email: identity.email,
                    address: identity.address,
                    idType: identity.idType,
                    idNumber: identity.idNumber,
                    representatives: identity.representatives ?? []
                )
            },
            Endpoint(
                .get,
                "/api/v1/register",
                summary: "The register of citizen reception (Form 03)",
                tag: "staff",
                roles: [.secretariat, .leader],
                query: [("organisation", "organisation id (required)"), ("from", "YYYY-MM-DD"), ("to", "YYYY-MM-DD, inclusive")],
                responses: [200: "the lines, in the order citizens came", 422: "a field is not acceptable"]
            ) { request, context -> ListPage<RegisterLine> in
                let parameters = request.uri.queryParameters
                let register = try await desk.register(
                    organisationID: parameters.get("organisation"),
                    from: parameters.get("from"),
                    to: parameters.get("to"),
                    staff: context.staff!
                )
                return ListPage(items: register.lines, nextCursor: nil)
            },
        ]
    }

    static func view(_ record: BookingRecord) -> VisitView {
        VisitView(
            reference: record.reference,
            status: record.status.rawValue,
            checkedInAt: record.checkedInAt.map { RFC3339.string($0) },
            outcome: record.outcome?.rawValue,
            outcomeDetail: record.outcomeDetail,
            category: record.category?.rawValue,
            handledBefore: record.handledBefore
        )
    }
}
