import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The secretariat, leaders and officers at work on questions: the lists with due states,
/// screening, assignment, answers, approval, publication, extensions, redactions and search.
struct QuestionStaffController {
    let desk: QuestionDesk

    struct StaffItem: ResponseEncodable, Sendable {
        let reference, organisationId, category, channel, subject, text, status, dueDate, dueState, createdAt: String
        let sessionId, departmentId, mergedInto, answer: String?
        let supporters, extensions: Int
        let publishConsent, showUnmasked: Bool
    }

    struct Screen: Decodable {
        let decision: String
        let reason: String?
        let mergeInto: String?
        /// A complaint's conditions, which lengthen its resolution limit.
        let complex: Bool?
        let remoteArea: Bool?
        let secondInstance: Bool?
    }

    struct Assign: Decodable {
        let departmentId: String
        let dueDate: String?
    }

    struct Answer: Decodable {
        let text: String
    }

    struct Extend: Decodable {
        let dueDate: String
        let reason: String
    }

    struct Redaction: Decodable {
        let phrase: String
    }

    struct Unmask: Decodable {
        let show: Bool
    }

    struct Submitter: ResponseEncodable {
        let name: String?
        let phone, email, address, idType, idNumber: String?
        let sealed: Bool
    }

    struct Similar: Encodable, Sendable {
        let reference, subject, status: String
        let score: Double
    }

    struct RevisionRequest: Decodable {
        let comment: String
    }

    struct Withdrawal: Decodable {
        let scope: String
        let remaining: String?
        let reason: String
    }

    struct Suspension: Decodable {
        let temporary: Bool
        let reason: String
        /// Optional in the JSON so that its absence is named as the field missing, like an empty one.
        let basis: String?
    }

    struct Resumption: Decodable {
        let reason: String?
    }

    struct ClarificationRequest: Decodable {
        let request: String
    }

    struct Continuation: Decodable {
        let reason: String
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/questions",
                summary: "Staff list, with due states (officers: own department)",
                tag: "staff",
                roles: [.secretariat, .leader, .officer],
                query: [
                    ("status", "a status"), ("organisation", "organisation id"), ("session", "session id"),
                    ("department", "department id"), ("due", "due_soon, overdue or very_overdue"), ("limit", "1-500"),
                    ("cursor", "from next_cursor"),
                ]
            ) { request, context -> ListPage<StaffItem> in
                let list = try ListQuery(request)
                let parameters = request.uri.queryParameters
                let found = try await desk.queue(
                    StaffQuestionFilter(
                        status: parameters.get("status"),
                        organisationID: parameters.get("organisation"),
                        sessionID: parameters.get("session"),
                        departmentID: parameters.get("department"),
                        due: parameters.get("due"),
                        cursor: list.cursor,
                        limit: list.limit
                    ),
                    staff: context.staff!
                )
                return ListPage(items: found.items.map(item), nextCursor: found.nextCursor)
            },
            Endpoint(
                .get,
                "/api/v1/questions/search",
                summary: "Full-text search, diacritics and case ignored",
                tag: "staff",
                roles: [.secretariat, .leader, .officer],
                query: [("q", "words"), ("organisation", "organisation id")]
            ) { request, context -> ListPage<StaffItem> in
                let parameters = request.uri.queryParameters
                let found = try await desk.search(parameters.get("q") ?? "", organisationID: parameters.get("organisation"), staff: context.staff!)
                return ListPage(items: found.map(item), nextCursor: nil)
            },
            Endpoint(
                .get,
                "/api/v1/questions/{reference}/similar",
                summary: "Likely duplicates",
                tag: "staff",
                roles: [.secretariat, .leader, .officer]
            ) { _, context -> ListPage<Similar> in
                let found = try await desk.similar(to: try await readable(context), staff: context.staff!)
                return ListPage(
                    items: found.map {
                        Similar(
                            reference: $0.question.reference,
                            subject: $0.question.subject,
                            status: $0.question.status.rawValue,
                            score: (($0.score * 100).rounded()) / 100
                        )
                    },
                    nextCursor: nil
                )
            },
            Endpoint(
                .get,
                "/api/v1/questions/{reference}/submitter",
                summary: "Who sent it (audited; a denouncer only for handlers)",
                tag: "staff",
                roles: [.secretariat, .leader, .officer],
                responses: [200: "the submitter", 403: "not for you"]
            ) { _, context -> Submitter in
                let (identity, sealed) = try await desk.submitter(try await readable(context), staff: context.staff!)
                return Submitter(
                    name: identity.name,
                    phone: identity.phone,
                    email: identity.email,
                    address: identity.address,
                    idType: identity.idType,
                    idNumber: identity.idNumber,
                    sealed: sealed
                )
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/answer",
                summary: "Draft the answer",
                tag: "staff",
                roles: [.secretariat, .leader, .officer],
                requestBody: #"{"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}"#,
                responses: [200: "drafted", 403: "another department's", 409: "not assigned"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(Answer.self, context: context)
                return item(try await desk.answer(try await readable(context), text: body.text, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/approve",
                summary: "Approve the answer",
                tag: "staff",
                roles: [.leader],
                responses: [200: "approved", 409: "no draft"]
            ) { _, context -> StaffItem in
                item(try await desk.approve(try await readable(context), staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/sensitive",
                summary: "Flag it sensitive: its subject and text sealed, out of search, never published or aired (once)",
                tag: "staff",
                roles: [.secretariat, .leader],
                responses: [200: "sealed", 409: "sealed already"]
            ) { _, context -> StaffItem in
                item(try await desk.markSensitive(try await readable(context), staff: context.staff!))
            },
            Endpoint(
                .get,
                "/api/v1/questions/{reference}/sensitive",
                summary: "A sensitive question's sealed subject and text (audited; its handlers and leaders)",
                tag: "staff",
                roles: [.leader, .officer],
                responses: [200: "the subject and text", 403: "not for you", 409: "not sealed as sensitive"]
            ) { _, context -> SensitiveView in
                let content = try await desk.sensitiveContent(try await readable(context), staff: context.staff!)
                return SensitiveView(subject: content.subject, text: content.text)
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/return",
                summary: "Send the drafted answer back for revision, with a comment",
                tag: "staff",
                roles: [.leader],
                requestBody: #"{"type": "object", "required": ["comment"], "properties": {"comment": {"type": "string"}}}"#,
                responses: [200: "back with its department", 409: "no draft to return", 422: "no comment"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(RevisionRequest.self, context: context)
                return item(try await desk.returnForRevision(try await readable(context), comment: body.comment, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/screen",
                summary: "Accept, reject (reason) or merge",
                tag: "staff",
                roles: [.secretariat],
                requestBody:
                    #"{"type": "object", "required": ["decision"], "properties": {"decision": {"type": "string", "enum": ["accept", "reject", "merge"]}, "reason": {"type": "string"}, "merge_into": {"type": "string"}, "complex": {"type": "boolean"}, "remote_area": {"type": "boolean"}, "second_instance": {"type": "boolean"}}}"#,
                responses: [200: "screened", 409: "not in a status that allows it", 422: "a field is not acceptable"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(Screen.self, context: context)
                return item(
                    try await desk.screen(
                        try await readable(context),
                        decision: body.decision,
                        reason: body.reason,
                        mergeInto: body.mergeInto,
                        conditions: CaseConditions(
                            complex: body.complex ?? false,
                            remote: body.remoteArea ?? false,
                            secondInstance: body.secondInstance ?? false
                        ),
                        staff: context.staff!
                    )
                )
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/assign",
                summary: "Give to a department",
                tag: "staff",
                roles: [.secretariat],
                requestBody:
                    #"{"type": "object", "required": ["department_id"], "properties": {"department_id": {"type": "string"}, "due_date": {"type": "string", "format": "date"}}}"#,
                responses: [200: "assigned", 409: "not accepted yet", 422: "a field is not acceptable"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(Assign.self, context: context)
                return item(
                    try await desk.assign(
                        try await readable(context),
                        departmentID: body.departmentId,
                        dueDate: body.dueDate,
                        staff: context.staff!
                    )
                )
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/publish",
                summary: "Send the answer out",
                tag: "staff",
                roles: [.secretariat],
                responses: [200: "published", 409: "not approved"]
            ) { _, context -> StaffItem in
                item(try await desk.publish(try await readable(context), staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/extend",
                summary: "Extend a complaint's or denunciation's deadline",
                tag: "staff",
                roles: [.secretariat],
                requestBody:
                    #"{"type": "object", "required": ["due_date", "reason"], "properties": {"due_date": {"type": "string", "format": "date"}, "reason": {"type": "string"}}}"#,
                responses: [200: "extended", 409: "the law allows no more", 422: "a field is not acceptable"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(Extend.self, context: context)
                return item(try await desk.extend(try await readable(context), dueDate: body.dueDate, reason: body.reason, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/withdraw",
                summary: "Record the citizen's withdrawal of a complaint or denunciation: all (it ends) or part (the rest goes on)",
                tag: "staff",
                roles: [.secretariat],
                requestBody:
                    #"{"type": "object", "required": ["scope", "reason"], "properties": {"scope": {"type": "string", "enum": ["part", "all"]}, "remaining": {"type": "string"}, "reason": {"type": "string"}}}"#,
                responses: [200: "withdrawn", 409: "closed, or not a complaint or denunciation", 422: "a field is not acceptable"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(Withdrawal.self, context: context)
                let record = try await readable(context)
                return item(try await desk.withdraw(record, scope: body.scope, remaining: body.remaining, reason: body.reason, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/suspend",
                summary: "Suspend handling by decision: temporarily (the clock stops until resumed) or for good",
                tag: "staff",
                roles: [.secretariat],
                requestBody:
                    #"{"type": "object", "required": ["temporary", "reason", "basis"], "properties": {"temporary": {"type": "boolean"}, "reason": {"type": "string"}, "basis": {"type": "string"}}}"#,
                responses: [200: "suspended", 409: "not being handled, or not a complaint or denunciation", 422: "a field is not acceptable"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(Suspension.self, context: context)
                let record = try await readable(context)
                return item(
                    try await desk.suspend(record, temporary: body.temporary, reason: body.reason, basis: body.basis ?? "", staff: context.staff!)
                )
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/resume",
                summary: "Resume a temporarily suspended case; every deadline moves by the days paused",
                tag: "staff",
                roles: [.secretariat],
                requestBody: #"{"type": "object", "properties": {"reason": {"type": "string"}}}"#,
                responses: [200: "resumed", 409: "not paused", 422: "a field is not acceptable"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(Resumption.self, context: context)
                return item(try await desk.resume(try await readable(context), reason: body.reason, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/clarify",
                summary: "Ask the citizen to clarify; the clock stops until the answer",
                tag: "staff",
                roles: [.secretariat],
                requestBody: #"{"type": "object", "required": ["request"], "properties": {"request": {"type": "string"}}}"#,
                responses: [200: "waiting for the citizen", 409: "not in a status that allows it", 422: "a field is not acceptable"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(ClarificationRequest.self, context: context)
                return item(try await desk.clarify(try await readable(context), request: body.request, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/continue",
                summary: "Record that the complainant missed the dialogue without a valid reason; handling continues",
                tag: "staff",
                roles: [.secretariat],
                requestBody: #"{"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string"}}}"#,
                responses: [200: "continued", 409: "not a complaint being handled", 422: "a field is not acceptable"]
            ) { request, context -> StaffItem in
                let body = try await request.decodeJSON(Continuation.self, context: context)
                return item(try await desk.continueAfterAbsence(try await readable(context), reason: body.reason, staff: context.staff!))
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/redactions",
                summary: "Hide a phrase in public",
                tag: "staff",
                roles: [.secretariat],
                requestBody: #"{"type": "object", "required": ["phrase"], "properties": {"phrase": {"type": "string"}}}"#
            ) { request, context -> Response in
                let body = try await request.decodeJSON(Redaction.self, context: context)
                try await desk.redact(try await readable(context), phrase: body.phrase, staff: context.staff!)
                return Response(status: .noContent)
            },
            Endpoint(
                .post,
                "/api/v1/questions/{reference}/unmask",
                summary: "Show the text unmasked in public (or mask again)",
                tag: "staff",
                roles: [.secretariat],
                requestBody: #"{"type": "object", "required": ["show"], "properties": {"show": {"type": "boolean"}}}"#
            ) { request, context -> Response in
                let record = try await readable(context)
                let body = try await request.decodeJSON(Unmask.self, context: context)
                try await desk.showUnmasked(record, body.show, staff: context.staff!)
                return Response(status: .noContent)
            },
        ]
    }

    struct SensitiveView: ResponseEncodable {
        let subject, text: String
    }

    private func readable(_ context: AppRequestContext) async throws -> QuestionRecord {
        try await desk.readable(try context.parameters.require("reference"), staff: context.staff!)
    }

    private func item(_ record: QuestionRecord) -> StaffItem {
        let state = desk.dueState(record)
        return StaffItem(
            reference: record.reference,
            organisationId: record.organisationID,
            category: record.category.rawValue,
            channel: record.channel,
            subject: record.subject,
            text: record.text,
            status: record.status.rawValue,
            dueDate: record.dueDate.description,
            dueState: state,
            createdAt: RFC3339.string(record.createdAt),
            sessionId: record.sessionID,
            departmentId: record.departmentID,
            mergedInto: record.mergedInto,
            answer: record.answer,
            supporters: record.supporters,
            extensions: record.extensions,
            publishConsent: record.publishConsent,
            showUnmasked: record.showUnmasked
        )
    }
}
