import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice

/// The satisfaction survey after a contact: the citizen's page (`/surveys/{token}`, `SurveyDesk.path`), the same
/// answer through the API, and the secretariat's assisted entry of a paper form (`/staff/surveys/{kind}/{reference}`).
/// Answers are anonymous and one per contact.
struct SurveyPagesController {
    let pages: PageRenderer
    let desk: SurveyDesk
    let publicWrites: RateLimiter

    /// The API's body: a point 1–5 per question id, and a comment.
    struct Answer: Decodable, Sendable {
        let points: [String: Int]?
        let comment: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/surveys/{token}",
                summary: "The satisfaction survey of a visit or an answered question (anonymous, one answer per contact)",
                tag: "pages",
                responses: [404: "no such survey"],
                produces: "text/html"
            ) { request, context in
                let link = try Self.link(context)
                let opened = try await desk.open(kind: link.kind, reference: link.reference, proof: link.proof)
                return try page(request, context, opened, action: request.uri.path, assisted: false)
            },
            Endpoint(
                .post,
                "/surveys/{token}",
                summary: "Answer the survey (form post with _csrf)",
                tag: "pages",
                responses: [
                    303: "to the thanks", 404: "no such survey", 409: "answered already", 422: "a question without its point",
                    429: "too many writes from this client",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                if let wait = await publicWrites.consume("survey:" + context.clientAddress) { throw Problem.tooManyRequests(retryAfter: wait) }
                let link = try Self.link(context)
                return try await post(request, context, link: link, staff: nil, action: request.uri.path)
            },
            Endpoint(
                .post,
                "/api/v1/surveys/{token}",
                summary: "Answer the survey: {\"points\": {\"access\": 4, …, \"overall\": 5}, \"comment\": \"…\"}",
                tag: "surveys",
                requestBody:
                    #"{"type": "object", "properties": {"points": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1, "maximum": 5}}, "comment": {"type": "string", "maxLength": 2000}}}"#,
                responses: [
                    201: "taken", 404: "no such survey", 409: "answered already", 422: "a question without its point",
                    429: "too many writes from this client",
                ]
            ) { request, context -> Response in
                if let wait = await publicWrites.consume("survey:" + context.clientAddress) { throw Problem.tooManyRequests(retryAfter: wait) }
                let link = try Self.link(context)
                let body = try await request.decodeJSON(Answer.self, context: context)
                try await desk.answer(
                    kind: link.kind,
                    reference: link.reference,
                    proof: link.proof,
                    points: (body.points ?? [:]).mapValues(String.init),
                    comment: body.comment
                )
                return Response(status: .created)
            },
            Endpoint(
                .get,
                "/staff/surveys/{kind}/{reference}",
                summary: "Enter a paper survey, or one read out to the citizen (assisted)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                produces: "text/html"
            ) { request, context in
                let (kind, reference) = try Self.contact(context)
                let opened = try await desk.open(kind: kind, reference: reference, proof: nil, staff: context.staff!)
                return try page(request, context, opened, action: request.uri.path, assisted: true)
            },
            Endpoint(
                .post,
                "/staff/surveys/{kind}/{reference}",
                summary: "Record the assisted survey (form post with _csrf)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                produces: "text/html"
            ) { request, context -> Response in
                let (kind, reference) = try Self.contact(context)
                return try await post(
                    request,
                    context,
                    link: (kind, reference, nil),
                    staff: context.staff!,
                    action: request.uri.path
                )
            },
        ]
    }

    private func post(
        _ request: Request,
        _ context: AppRequestContext,
        link: (kind: String, reference: String, proof: String?),
        staff: StaffUser?,
        action: String
    ) async throws -> Response {
        var fields = try await request.decodeForm([String: String].self, context: context)
        fields["_csrf"] = nil
        let comment = fields.removeValue(forKey: "comment")
        do {
            try await desk.answer(kind: link.kind, reference: link.reference, proof: link.proof, staff: staff, points: fields, comment: comment)
            return Response(status: .seeOther, headers: [.location: action])
        } catch OfficeError.invalid(let issues) {
            let opened = try await desk.open(kind: link.kind, reference: link.reference, proof: link.proof, staff: staff)
            let errors = Dictionary(issues.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
            return try page(
                request,
                context,
                opened,
                action: action,
                assisted: staff != nil,
                chosen: fields,
                comment: comment ?? "",
                errors: errors,
                status: .unprocessableContent
            )
        }
    }

    private func page(
        _ request: Request,
        _ context: AppRequestContext,
        _ opened: SurveyDesk.Opened,
        action: String,
        assisted: Bool,
        chosen: [String: String] = [:],
        comment: String = "",
        errors: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let language = Language.of(request)
        let form = opened.form
        func text(_ question: SurveyForm.Question) -> String { language == .en ? question.en : question.vi }
        let questions = form.questions.map { question in
            let id = question.id
            return SurveyPage.Question(
                id: id,
                text: text(question),
                points: form.scale.enumerated().map { point, label in
                    SurveyPage.Point(
                        id: point == 0 ? id : "\(id)-\(point + 1)",
                        name: id,
                        value: String(point + 1),
                        label: "\(point + 1). " + text(label),
                        checked: chosen[id] == String(point + 1)
                    )
                },
                error: errors[id].map { _ in pages.localization.word("survey_error_point", language) }
            )
        }
        let summary = questions.compactMap { question in question.error.map { FieldIssue(field: question.id, message: question.text + ": " + $0) } }
        let content = SurveyPage(
            questions: questions,
            comment: comment,
            action: action,
            answered: opened.invitation.answered,
            assisted: assisted,
            errorSummary: ErrorSummary.of(summary)
        )
        return try pages.formPage("web/survey", titleKey: "survey_title", request, context, content: content, status: status)
    }

    /// The contact's kind and reference, each only of the characters it can hold.
    private static func contact(_ context: AppRequestContext) throws -> (kind: String, reference: String) {
        let kind = try context.parameters.require("kind").filter { $0.isASCII && $0.isLetter }.prefix(20)
        let reference = try context.parameters.require("reference").uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            .prefix(40)
        return (String(kind), String(reference))
    }

    /// The contact a survey's token names, each part only of the characters it can hold; not found for any other.
    private static func link(_ context: AppRequestContext) throws -> (kind: String, reference: String, proof: String?) {
        let token = try context.parameters.require("token").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
        guard let contact = SurveyDesk.contact(token: String(token.prefix(80))) else { throw OfficeError.notFound("no such survey") }
        return (contact.kind, contact.reference.uppercased(), contact.proof.lowercased())
    }
}
