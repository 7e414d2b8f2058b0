import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Questions from citizens: submission (by citizens, and by the secretariat for those that came
/// by phone, mailbox, Facebook, Zalo or in person), tracking with the token, "I have the same
/// question", the rating, and the public list of published answers.
struct QuestionController {
    let questions: QuestionRepository
    let schedules: ScheduleRepository
    let publicWrites: RateLimiter
    let intake: QuestionIntake

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

    struct TrackingView: ResponseEncodable {
        let reference, organisationId, category, subject, text, status, dueDate, createdAt: String
        let sessionId, mergedInto, answer, publishedAt: String?
        let supporters: Int
        let rating: Int?
        let history: [HistoryStep]
    }

    struct Rating: Decodable {
        let score: Int
        let comment: String?
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
                      "publish_consent": {"type": "boolean"}, "channel": {"type": "string", "description": "staff only"}}}
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
                let token = SessionToken.generate()
                let question = try await intake.received(body, staff: staff, tokenHash: SessionToken.hash(token))
                let record = try await Problem.converting { try await questions.submit(question, now: Date()) }
                // Citizens are pointed to published answers only; others' unanswered questions stay private.
                var similar: [Suggestion] = []
                for found in try await questions.similar(
                    to: record.subject + " " + record.text,
                    organisationID: record.organisationID,
                    excluding: record.reference,
                    publishedOnly: staff == nil
                ) {
                    let subject =
                        staff == nil
                        ? PublicQuestion(found.question, redactions: try await questions.redactions(reference: found.question.reference)).subject
                        : found.question.subject
                    similar.append(Suggestion(reference: found.question.reference, subject: subject))
                }
                var response = try context.responseEncoder.encode(
                    Created(
                        reference: record.reference,
                        token: token,
                        status: record.status.rawValue,
                        dueDate: record.dueDate.description,
                        similar: similar
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
                let record = try await tracked(reference, request: request, context: context)
                return try await trackingView(record)
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/support",
                summary: "I have the same question",
                tag: "questions",
                responses: [200: "supporters", 404: "no such question", 429: "too many requests"]
            ) { _, context -> Response in
                if let wait = await publicWrites.consume("support:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                let reference = try context.parameters.require("reference")
                let record = try await Problem.converting { try await questions.support(reference, now: Date()) }
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
                let reference = try context.parameters.require("reference")
                let body = try await request.decodeJSON(Rating.self, context: context)
                guard (1...5).contains(body.score) else { throw Problem.invalid(field: "score", "must be 1 to 5") }
                let comment = body.comment?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
                if let comment, comment.count > 2000 { throw Problem.invalid(field: "comment", "at most 2,000 characters") }
                guard let token = request.headers[.trackingToken] ?? request.uri.queryParameters.get("token") else {
                    throw Problem.notFound("send the question's token as X-Tracking-Token")
                }
                let record = try await Problem.converting {
                    try await questions.rate(reference, tokenHash: SessionToken.hash(token), score: body.score, comment: comment, now: Date())
                }
                return try await trackingView(record)
            },
            Endpoint(
                .get,
                "/api/v1/public/questions",
                summary: "Published answers; no personal data, masked text",
                tag: "questions",
                query: [("organisation", "organisation id"), ("limit", "1-500"), ("cursor", "from next_cursor")]
            ) { request, _ -> ListPage<PublicQuestion> in
                let list = try ListQuery(request)
                let before = try list.cursor.map { text -> Int64 in
                    guard let value = Int64(text) else { throw Problem.invalid(field: "cursor", "use next_cursor from the previous page") }
                    return value
                }
                let found = try await questions.published(
                    organisationID: request.uri.queryParameters.get("organisation"),
                    limit: list.limit + 1,
                    before: before
                )
                let page = found.prefix(list.limit).filter { $0.0.mayBePublic }
                return ListPage(
                    items: page.map { PublicQuestion($0.0, redactions: $0.1) },
                    nextCursor: found.count > list.limit ? page.last?.0.publishedAt.map { String(Int64($0.timeIntervalSince1970)) } : nil
                )
            },
        ]
    }

    /// The question for the citizen holding its token, or for staff allowed to see it.
    private func tracked(_ reference: String, request: Request, context: AppRequestContext) async throws -> QuestionRecord {
        if let staff = context.staff, let record = try await questions.find(reference: reference) {
            guard QuestionAccess.canRead(record, staff: staff) else { throw Problem.notFound("no question \(reference)") }
            return record
        }
        guard let token = request.headers[.trackingToken] ?? request.uri.queryParameters.get("token"), !token.isEmpty,
            let record = try await questions.find(reference: reference, tokenHash: SessionToken.hash(token))
        else {
            throw Problem.notFound("no question \(reference) with that token")
        }
        return record
    }

    /// The citizen's view; a merged question shows the answer given to the question it joined.
    private func trackingView(_ record: QuestionRecord) async throws -> TrackingView {
        let carrier = try await questions.carrier(of: record)
        let history = try await questions.events(reference: record.reference).map {
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
            answer: carrier.status == .published ? carrier.answer : nil,
            publishedAt: carrier.publishedAt.map { RFC3339.string($0) },
            supporters: record.supporters,
            rating: record.rating,
            history: history
        )
    }
}
