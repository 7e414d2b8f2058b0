import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The citizen's question pages: the form, check your answers, then a confirmation with the
/// reference and a tracking link, where the history, the answer and the rating live.
struct QuestionPagesController {
    let pages: PageRenderer
    let desk: CitizenQuestions
    let publicWrites: RateLimiter
    /// Gives the answered question's survey link.
    let surveys: SurveyDesk

    private var schedules: ScheduleRepository { desk.schedules }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/questions/new",
                summary: "The question form",
                tag: "pages",
                query: [("organisation", "organisation id"), ("session", "session or programme id")],
                produces: "text/html"
            ) { request, context in
                let parameters = request.uri.queryParameters
                let fields = QuestionFormFields(
                    organisation: parameters.get("organisation"),
                    session: parameters.get("session"),
                    category: "question",
                    // Consent to publish is the citizen's to give: never ticked for them.
                    publishConsent: nil
                )
                return try await form(request, context, fields: fields)
            },
            Endpoint(
                .post,
                "/questions/new",
                summary: "The question form again, filled in (form post with _csrf, from check your answers)",
                tag: "pages",
                produces: "text/html"
            ) { request, context in
                try await form(request, context, fields: try await request.decodeForm(QuestionFormFields.self, context: context))
            },
            Endpoint(
                .post,
                "/questions/check",
                summary: "Check your answers (form post with _csrf)",
                tag: "pages",
                produces: "text/html"
            ) { request, context in
                let fields = try await request.decodeForm(QuestionFormFields.self, context: context)
                do {
                    try await desk.check(fields.body)
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent {
                    let problem = error.problem
                    return try await form(request, context, fields: fields, errors: problem.errors, status: .unprocessableContent)
                }
                return try await check(request, context, fields: fields)
            },
            Endpoint(
                .post,
                "/questions/confirm",
                summary: "Send the question (form post with _csrf)",
                tag: "pages",
                responses: [303: "to the tracking page", 409: "the cut-off passed", 429: "too many requests"],
                produces: "text/html"
            ) { request, context -> Response in
                let fields = try await request.decodeForm(QuestionFormFields.self, context: context)
                if let wait = await publicWrites.consume("question:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                do {
                    let receipt = try await desk.ask(fields.body, staff: nil)
                    let location = "/questions/\(receipt.record.reference)?token=\(receipt.token.queryEncoded)&new=1"
                    return Response(status: .seeOther, headers: [.location: location])
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent {
                    return try await form(request, context, fields: fields, errors: error.problem.errors, status: .unprocessableContent)
                } catch QuestionError.closed {
                    let language = Language.of(request)
                    return try await check(
                        request,
                        context,
                        fields: fields,
                        problem: pages.localization.word("ask_error_closed", language),
                        status: .conflict
                    )
                }
            },
            ShortLink.endpoint("/q", to: "/questions", what: "the question's tracking page"),
            Endpoint(
                .get,
                "/questions/{reference}",
                summary: "Track a question (?token=)",
                tag: "pages",
                produces: "text/html"
            ) { request, context in
                try await tracking(request, context)
            },
            Endpoint(
                .post,
                "/questions/{reference}/rating",
                summary: "Rate the answer (form post)",
                tag: "pages",
                responses: [303: "back to the tracking page"],
                produces: "text/html"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let form = try await request.decodeForm([String: String].self, context: context)
                let token = form["token"] ?? ""
                guard let score = (try? BoundedNumber.score.parse(form["score"])) ?? nil else {
                    return try await tracking(request, context, token: token, ratingError: true)
                }
                let comment = form["comment"]?.trimmed.nilIfEmpty.map { String($0.prefix(2000)) }
                do {
                    _ = try await desk.rate(reference, token: token, AnswerRating(score: score, comment: comment))
                } catch QuestionError.notAllowed {
                    // Rated already (a second tap): nothing to do.
                }
                return Response(status: .seeOther, headers: [.location: "/questions/\(reference)?token=\(token.queryEncoded)"])
            },
            Endpoint(
                .post,
                "/questions/{reference}/clarification",
                summary: "Answer the office's request to clarify (form post)",
                tag: "pages",
                responses: [303: "back to the tracking page", 429: "too many requests"],
                produces: "text/html"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let form = try await request.decodeForm([String: String].self, context: context)
                let token = form["token"] ?? ""
                if let wait = await publicWrites.consume("clarification:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                do {
                    _ = try await desk.clarify(reference, token: token, text: form["text"] ?? "")
                } catch OfficeError.invalid {
                    return try await tracking(request, context, token: token, clarificationError: true)
                } catch QuestionError.illegalTransition {
                    // Answered already (a second tap): the page shows where it stands.
                }
                return Response(status: .seeOther, headers: [.location: "/questions/\(reference)?token=\(token.queryEncoded)"])
            },
            Endpoint(
                .post,
                "/questions/{reference}/consents/{purpose}/withdraw",
                summary: "Withdraw a consent (form post with the token)",
                tag: "pages",
                responses: [303: "back to the tracking page", 429: "too many requests"],
                produces: "text/html"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let form = try await request.decodeForm([String: String].self, context: context)
                let token = form["token"] ?? ""
                if let wait = await publicWrites.consume("consent:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                do {
                    _ = try await desk.withdrawConsent(reference, token: token, purpose: try context.parameters.require("purpose"))
                } catch OfficeError.conflict {
                    // Withdrawn already (a second tap): the page shows it.
                }
                return Response(status: .seeOther, headers: [.location: "/questions/\(reference)?token=\(token.queryEncoded)#consents"])
            },
        ]
    }

    private func form(
        _ request: Request,
        _ context: AppRequestContext,
        fields: QuestionFormFields,
        errors: [Problem.FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = Language.of(request)
        let words = pages.localization
        let organisations = try await schedules.organisations()
        var sessions: [Choice] = []
        if let id = fields.organisation?.nilIfEmpty, let (organisation, open) = try await desk.sessionsTakingQuestions(organisationID: id) {
            sessions = open.map {
                Choice(
                    value: $0.id,
                    label: "\($0.title): " + pages.when($0.startsAt, $0.endsAt, zone: organisation.zone, language),
                    selected: $0.id == fields.session
                )
            }
        }
        let (messages, summary) = FormFieldSet.messages(for: errors.map { Self.formField($0.field) }) { words.word("ask_error_" + $0, language) }
        let focus = FormFieldSet<Bool>.focusing(request.uri.queryParameters.get("focus"))
        let content = QuestionFormPage(
            form: fields,
            organisations: organisations.map { Choice(value: $0.id, label: $0.name, selected: $0.id == fields.organisation) },
            sessions: sessions,
            categories: CaseCategory.allCases.map {
                QuestionFormPage.Category(
                    value: $0.rawValue,
                    label: words.word("category_\($0.rawValue)", language),
                    hint: words.word("ask_category_hint_\($0.rawValue)", language),
                    checked: $0.rawValue == (fields.category ?? "question")
                )
            },
            idTypes: PersonalIdentification.Paper.allCases.map {
                Choice(value: $0.rawValue, label: words.word("id_type_\($0.rawValue)", language), selected: $0.rawValue == (fields.idType ?? "cccd"))
            },
            consents: fields.consentChoices { words.word($0, language) },
            reply: ReplyChoice(fields.replyChannel, preset: nil) { words.word($0, language) },
            errors: messages,
            focus: focus,
            errorSummary: ErrorSummary.of(summary)
        )
        return try pages.formPage("web/questions/new", titleKey: "ask_title", request, context, content: content, status: status)
    }

    private func check(
        _ request: Request,
        _ context: AppRequestContext,
        fields: QuestionFormFields,
        problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = Language.of(request)
        var sessionTitle: String?
        if let id = fields.session?.nilIfEmpty { sessionTitle = try await schedules.session(id: id)?.title }
        let content = QuestionCheckPage(
            form: fields,
            organisationName: try await schedules.organisation(id: fields.organisation ?? "")?.name ?? "",
            sessionTitle: sessionTitle,
            categoryLabel: pages.localization.word("category_\(fields.category ?? "question")", language),
            isDenunciation: fields.category == "denunciation",
            consents: fields.consentChoices { pages.localization.word($0, language) },
            reply: ReplyChoice(
                fields.replyChannel,
                preset: ReplyChannel.chosen(nil, phone: fields.phone?.nilIfEmpty != nil, email: fields.email?.nilIfEmpty != nil).channel
            ) { pages.localization.word($0, language) },
            hidden: fields.hidden,
            errorSummary: problem.map { ErrorSummary(errors: [FieldIssue(field: "send", message: $0)]) }
        )
        return try pages.formPage("web/questions/check", titleKey: "ask_check_title", request, context, content: content, status: status)
    }

    private func tracking(
        _ request: Request,
        _ context: AppRequestContext,
        token: String? = nil,
        ratingError: Bool = false,
        clarificationError: Bool = false
    ) async throws -> Response {
        let reference = try context.parameters.require("reference")
        let token = token ?? request.uri.queryParameters.get("token") ?? ""
        let trail = try await desk.track(reference, token: token)
        let record = trail.record
        let language = Language.of(request)
        let words = pages.localization
        let zone = trail.zone
        let history = trail.events.map { event in
            QuestionTrackingPage.Step(
                when: DocumentDate.short(event.at, clock: ZoneClock(zone)),
                what: words.word("ask_event_\(event.action)", language),
                note: event.action == "consent_withdrawn"
                    ? words.word("consent_\(event.note ?? "")_short", language) : event.note?.nilIfEmpty
            )
        }
        let consents = trail.consents.map { consent in
            QuestionTrackingPage.Consent(
                purpose: consent.purpose.rawValue,
                label: words.word("consent_\(consent.purpose.rawValue)_short", language),
                given: DocumentDate.short(consent.givenAt, clock: ZoneClock(zone)),
                withdrawn: consent.withdrawnAt.map { DocumentDate.short($0, clock: ZoneClock(zone)) }
            )
        }
        let content = QuestionTrackingPage(
            reference: reference,
            token: token,
            isNew: request.uri.queryParameters.get("new") == "1",
            status: words.word("question_status_\(record.status.rawValue)", language),
            category: words.word("category_\(record.category.rawValue)", language),
            subject: record.subject,
            text: record.text,
            due: record.status.isOpen
                ? DocumentDate.short(record.dueDate) + (record.status.clockStopped ? " (" + words.word("due_stopped", language) + ")" : "") : nil,
            history: history,
            answer: trail.answer?.nilIfEmpty,
            canRate: record.status == .published && record.rating == nil,
            surveyURL: record.status == .published ? surveys.path(kind: "question", reference: record.reference) : nil,
            rating: record.rating.map(String.init),
            ratingError: ratingError,
            supporters: record.supporters,
            mergedInto: record.mergedInto?.nilIfEmpty,
            clarificationRequest: record.status == .awaitingCitizen
                ? trail.events.last { $0.action == QuestionAction.clarify.rawValue }?.note ?? "" : nil,
            clarificationError: clarificationError,
            consents: consents,
            hasConsents: !consents.isEmpty,
            sensitive: record.sensitive
        )
        return try pages.formPage(
            "web/questions/tracking",
            titleKey: "ask_tracking_title",
            request,
            context,
            content: content,
            status: ratingError || clarificationError ? .unprocessableContent : .ok
        )
    }

    /// `citizen.phone` → `phone`; `organisation_id` → `organisation`.
    static func formField(_ path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        switch last {
        case "organisation_id": return "organisation"
        case "session_id": return "session"
        case "citizen": return "phone"
        default: return last
        }
    }
}
