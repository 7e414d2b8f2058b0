import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Citizens' requests about their personal data over HTTP: filed by the citizen with a token (or by the secretariat
/// after an identity check), and worked by staff within their clocks. The decisions are the `PrivacyDesk`'s.
struct PrivacyController {
    let desk: PrivacyDesk
    let publicWrites: RateLimiter

    struct Filed: ResponseEncodable {
        let id, acknowledgeBy, dueDate: String
    }

    struct RequestView: ResponseEncodable {
        let id, organisationId, kind, subject, channel, filedAt, acknowledgeBy, dueDate, status: String
        let detail, acknowledgedAt, extendedReason, outcomeReason, completedAt: String?
    }

    struct Extension: Decodable {
        let reason: String
    }

    struct Completion: Decodable {
        let outcome: String
        let reason: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .post,
                "/api/v1/privacy/requests",
                summary: "Ask to see, correct, delete, restrict or object to the processing of one's data, or withdraw consent",
                tag: "privacy",
                requestBody: """
                    {"type": "object", "required": ["kind", "reference"],
                     "properties": {"kind": {"type": "string", "enum": ["access", "correct", "delete", "restrict", "object", "withdraw_consent"]},
                      "reference": {"type": "string", "description": "a booking's or question's reference"},
                      "token": {"type": "string", "description": "its token (citizens)"}, "detail": {"type": "string"},
                      "identity_checked": {"type": "boolean", "description": "staff: the identity paper was checked at the desk"}}}
                    """,
                responses: [
                    201: "filed: the day it is acknowledged by and the day it is due", 404: "no booking or question with that token",
                    422: "a field is not acceptable", 429: "too many requests",
                ]
            ) { request, context -> Response in
                let staff = context.staff.flatMap { $0.hasAnyRole([.secretariat]) ? $0 : nil }
                if staff == nil, let wait = await publicWrites.consume("privacy:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                let filing = try await request.decodeJSON(PrivacyRequestFiling.self, context: context)
                let record = try await desk.file(filing, staff: staff)
                var response = try context.responseEncoder.encode(
                    Filed(id: record.id, acknowledgeBy: record.acknowledgeBy.description, dueDate: record.dueDate.description),
                    from: request,
                    context: context
                )
                response.status = .created
                return response
            },
            Endpoint(
                .get,
                "/api/v1/privacy/requests",
                summary: "The requests of one's organisations, soonest due first (open ones unless all=1)",
                tag: "staff",
                roles: [.secretariat, .leader],
                query: [("all", "1 for closed ones too"), ("limit", "1-500, default 50"), ("cursor", "from next_cursor")]
            ) { request, context -> ListPage<RequestView> in
                let list = try ListQuery(request)
                let all = request.uri.queryParameters.get("all") == "1"
                let found = try await desk.queue(staff: context.staff!, all: all, cursor: list.cursor, limit: list.limit)
                return ListPage(items: found.items.map(Self.view), nextCursor: found.nextCursor)
            },
            Endpoint(
                .get,
                "/api/v1/privacy/requests/{id}",
                summary: "One request with its clocks",
                tag: "staff",
                roles: [.secretariat, .leader],
                responses: [200: "the request", 404: "no such request"]
            ) { _, context -> RequestView in
                Self.view(try await desk.request(try context.parameters.require("id"), staff: context.staff!))
            },
            Endpoint(
                .get,
                "/api/v1/privacy/requests/{id}/export",
                summary: "Everything the office holds about the person (their bookings and questions; nothing of anyone else)",
                tag: "staff",
                roles: [.secretariat, .leader],
                responses: [200: "the export", 404: "no such request"]
            ) { request, context -> Response in
                let export = try await desk.export(try context.parameters.require("id"), staff: context.staff!)
                var response = try context.responseEncoder.encode(export, from: request, context: context)
                response.headers[.contentDisposition] = #"attachment; filename="\#(export.request).json""#
                return response
            },
            Endpoint(
                .post,
                "/api/v1/privacy/requests/{id}/acknowledge",
                summary: "Tell the citizen the request is received",
                tag: "staff",
                roles: [.secretariat],
                responses: [200: "acknowledged", 409: "already acknowledged, or closed"]
            ) { _, context -> RequestView in
                Self.view(try await desk.acknowledge(try context.parameters.require("id"), staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/privacy/requests/{id}/extend",
                summary: "The request's one extension, as long again, with the reason",
                tag: "staff",
                roles: [.secretariat],
                requestBody: #"{"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string"}}}"#,
                responses: [200: "extended", 409: "extended already, or closed", 422: "no reason"]
            ) { request, context -> RequestView in
                let body = try await request.decodeJSON(Extension.self, context: context)
                return Self.view(try await desk.extend(try context.parameters.require("id"), reason: body.reason, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/privacy/requests/{id}/complete",
                summary: "Done (a deletion erases what the law lets go) or refused with the legal reason",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["outcome"], "properties": {"outcome": {"type": "string", "enum": ["done", "refused"]},
                      "reason": {"type": "string"}}}
                    """,
                responses: [200: "completed", 409: "closed already, or the law keeps everything", 422: "a field is not acceptable"]
            ) { request, context -> RequestView in
                let body = try await request.decodeJSON(Completion.self, context: context)
                return Self.view(
                    try await desk.complete(try context.parameters.require("id"), outcome: body.outcome, reason: body.reason, staff: context.staff!)
                )
            },
        ]
    }

    static func view(_ record: PrivacyRequestRecord) -> RequestView {
        RequestView(
            id: record.id,
            organisationId: record.organisationID,
            kind: record.kind.rawValue,
            subject: record.subject.reference,
            channel: record.channel,
            filedAt: RFC3339.string(record.filedAt),
            acknowledgeBy: record.acknowledgeBy.description,
            dueDate: record.dueDate.description,
            status: record.status.rawValue,
            detail: record.detail,
            acknowledgedAt: record.acknowledgedAt.map { RFC3339.string($0) },
            extendedReason: record.extendedReason,
            outcomeReason: record.outcomeReason,
            completedAt: record.completedAt.map { RFC3339.string($0) }
        )
    }
}
