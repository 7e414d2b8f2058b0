import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Questions from citizens: submission (by citizens, and by the secretariat for those that came
/// by phone, mailbox, Facebook, Zalo or in person), tracking with the token, "I have the same
/// question", the rating, and the public list of published answers.
struct QuestionController {
    let desk: CitizenQuestions
    /// For a signed-in secretariat recording a citizen's clarification on the citizen's route.
    let staffDesk: QuestionDesk
    let publicWrites: RateLimiter

    struct Clarification: Decodable {
        let text: String
    }

    struct Suggestion: Encodable, Sendable {
        let reference, subject: String
    }

    struct Created: ResponseEncodable {
        let reference, token, status, dueDate: String
        let similar: [Suggestion]
    }

    struct HistoryStep: Encodable, Sendable {
        let at, action, status: String
        let by: String
        let note: String?
    }

    struct ConsentView: Encodable, Sendable {
        let purpose, textVersion, channel, givenAt: String
        let withdrawnAt: String?
    }

    struct TrackingView: ResponseEncodable {
        let reference, organisationId, category, subject, text, status, dueDate, createdAt: String
        let sessionId, mergedInto, answer, publishedAt: String?
        let supporters: Int
        let rating: Int?
        let consents: [ConsentView]
        let history: [HistoryStep]
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .post,
                "/api/v1/questions",
                summary: "Send a question, feedback, petition, complaint or denunciation",
                tag: "questions",
                requestBody: """
                    {"type": "object", "required": ["organisation_id", "category", "text", "citizen"],
                     "properties": {"organisation_id": {"type": "string"}, "session_id": {"type": "string"},
                      "category": {"type": "string", "enum": ["question", "feedback", "petition", "complaint", "denunciation"]},
                      "subject": {"type": "string"}, "text": {"type": "string"},
                      "citizen": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"},
                        "phone": {"type": "string"}, "email": {"type": "string"}, "address": {"type": "string"}}},
                      "publish_consent": {"type": "boolean", "description": "publish the question and its answer, masked"},
                      "broadcast_consent": {"type": "boolean", "description": "read it on a radio programme"},
                      "messages_consent": {"type": "boolean", "description": "confirmations and answers by Zalo, SMS or e-mail"},
                      "reply_channel": {"type": "string", "enum": ["zalo", "sms", "email"], "description": "how the sender hears back; default zalo on the phone given, else email"},
                      "channel": {"type": "string", "description": "staff only"}}}
                    """,
                responses: [
                    201: "received: reference, token, due date, similar answered questions", 409: "the session's cut-off passed",
                    422: "a field is not acceptable", 429: "too many requests; see Retry-After",
                ]
            ) { request, context -> Response in
                let staff = context.staff.flatMap { $0.hasAnyRole([.secretariat]) ? $0 : nil }
                if staff == nil, let wait = await publicWrites.consume("question:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                let body = try await request.decodeJSON(QuestionSubmission.self, context: context)
                let receipt = try await desk.ask(body, staff: staff, suggestingSimilar: true)
                let record = receipt.record
                var response = try context.responseEncoder.encode(
                    Created(
                        reference: record.reference,
                        token: receipt.token,
                        status: record.status.rawValue,
                        dueDate: record.dueDate.description,
                        similar: receipt.similar.map { Suggestion(reference: $0.reference, subject: $0.subject) }
                    ),
                    from: request,
                    context: context
                )
                response.status = .created
                response.headers[.location] = "/api/v1/questions/\(record.reference)"
                return response
            },
            Endpoint(
                .get,
                "/api/v1/questions/{reference}",
                summary: "Track a question (X-Tracking-Token or ?token=)",
                tag: "questions",
                responses: [200: "status, history, answer when published", 404: "no question with that token"]
            ) { request, context -> TrackingView in
                let reference = try context.parameters.require("reference")
                return Self.view(try await desk.track(reference, token: request.trackingToken, staff: context.staff))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/support",
                summary: "I have the same question (a published question; once per client)",
                tag: "questions",
                responses: [200: "supporters", 404: "no such published question", 429: "too many requests"]
            ) { _, context -> Response in
                if let wait = await publicWrites.consume("support:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                let reference = try context.parameters.require("reference")
                let record = try await desk.support(reference, client: context.clientAddress)
                let body = #"{"reference":"\#(record.reference)","supporters":\#(record.supporters)}"#
                return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/rating",
                summary: "Rate the published answer (token)",
                tag: "questions",
                requestBody:
                    #"{"type": "object", "required": ["score"], "properties": {"score": {"type": "integer", "minimum": 1, "maximum": 5}, "comment": {"type": "string"}}}"#,
                responses: [200: "rated", 404: "no question with that token", 409: "not published or already rated"]
            ) { request, context -> TrackingView in
                let body = try await request.decodeJSON(AnswerRating.self, context: context)
                return Self.view(try await desk.rate(try context.parameters.require("reference"), token: request.trackingToken, body))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/clarification",
                summary: "Answer the office's request to clarify (token), or, signed in, record the citizen's answer; the clock restarts",
                tag: "questions",
                requestBody: #"{"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}"#,
                responses: [
                    200: "clarified; the question's history", 404: "no question with that token", 409: "no clarification asked",
                    422: "a field is not acceptable", 429: "too many requests",
                ]
            ) { request, context -> TrackingView in
                let body = try await request.decodeJSON(Clarification.self, context: context)
                let reference = try context.parameters.require("reference")
                if let staff = context.staff {
                    let record = try await staffDesk.readable(reference, staff: staff)
                    _ = try await staffDesk.recordClarification(record, text: body.text, staff: staff)
                    return Self.view(try await desk.track(reference, token: nil, staff: staff))
                }
                if let wait = await publicWrites.consume("clarification:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                return Self.view(try await desk.clarify(reference, token: request.trackingToken, text: body.text))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/consents/{purpose}/withdraw",
                summary: "Withdraw a consent (token): publish, broadcast or messages; it ends every later use",
                tag: "questions",
                responses: [
                    200: "withdrawn; the question's consents and history", 404: "no question with that token",
                    409: "no such consent in force", 422: "no such purpose", 429: "too many requests",
                ]
            ) { request, context -> TrackingView in
                if let wait = await publicWrites.consume("consent:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                return Self.view(
                    try await desk.withdrawConsent(
                        try context.parameters.require("reference"),
                        token: request.trackingToken,
                        purpose: try context.parameters.require("purpose")
                    )
                )
            },
            Endpoint(
                .get,
                "/api/v1/public/questions",
                summary: "Published answers; no personal data, masked text",
                tag: "questions",
                query: [("organisation", "organisation id"), ("limit", "1-500"), ("cursor", "from next_cursor")],
                cached: .query("organisation")
            ) { request, _ -> ListPage<PublicQuestion> in
                let list = try ListQuery(request)
                let found = try await desk.published(
                    organisationID: request.uri.queryParameters.get("organisation"),
                    cursor: list.cursor,
                    limit: list.limit
                )
                return ListPage(items: found.items, nextCursor: found.nextCursor)
            },
        ]
    }

    /// The citizen's view; a merged question shows the answer given to the question it joined.
    private static func view(_ trail: QuestionTrail) -> TrackingView {
        let record = trail.record
        let history = trail.events.map {
            HistoryStep(
                at: RFC3339.string($0.at),
                action: $0.action,
                status: $0.status.rawValue,
                by: $0.actor == "citizen" || $0.actor == "system" ? $0.actor : "staff",
                note: $0.note
            )
        }
        return TrackingView(
            reference: record.reference,
            organisationId: record.organisationID,
            category: record.category.rawValue,
            subject: record.subject,
            text: record.text,
            status: record.status.rawValue,
            dueDate: record.dueDate.description,
            createdAt: RFC3339.string(record.createdAt),
            sessionId: record.sessionID,
            mergedInto: record.mergedInto,
            answer: trail.answer,
            publishedAt: trail.publishedAt.map { RFC3339.string($0) },
            supporters: record.supporters,
            rating: record.rating,
            consents: trail.consents.map {
                ConsentView(
                    purpose: $0.purpose.rawValue,
                    textVersion: $0.textVersion,
                    channel: $0.channel,
                    givenAt: RFC3339.string($0.givenAt),
                    withdrawnAt: $0.withdrawnAt.map { RFC3339.string($0) }
                )
            },
            history: history
        )
    }
}
