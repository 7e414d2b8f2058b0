import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The secretariat's bulletin page: tick the approved answers of an organisation, give a title
/// (and the bulletin it corrects, if any), publish. A plain form over the `BulletinDesk`;
/// answers come ticked when approved and not yet published, and a refused form keeps the clerk's choices.
struct BulletinPagesController {
    let pages: PageRenderer
    let desk: BulletinDesk

    struct Form: Decodable, Sendable {
        var organisationId: String?
        var title: String?
        var replaces: String?
        var questionRefs: [String]?

        enum CodingKeys: String, CodingKey {
            case organisationId = "organisation_id"
            case title, replaces
            case questionRefs = "question_refs"
        }
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/bulletins",
                summary: "Choose approved answers and publish a bulletin",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                query: [("organisation", "the organisation")],
                responses: [200: "the approved answers to choose from", 404: "no such organisation"],
                produces: "text/html"
            ) { request, context in
                try await page(request, context, organisation: request.uri.queryParameters.get("organisation"))
            },
            Endpoint(
                .post,
                "/staff/bulletins",
                summary: "Publish the chosen answers (form post, confirmed on a second post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [200: "what will be published, to confirm", 303: "to the published bulletin", 422: "the form naming what is wrong"],
                produces: "text/html"
            ) { request, context -> Response in
                let confirmable = try await ConfirmableForm<Form>.read(request, context: context)
                let form = confirmable.fields
                let bulletin = BulletinRequest(
                    organisationId: form.organisationId,
                    title: form.title,
                    questionRefs: form.questionRefs ?? [],
                    sessionId: nil,
                    replaces: form.replaces?.nilIfEmpty
                )
                do {
                    guard confirmable.confirmed else {
                        let answers = try await desk.check(bulletin, staff: context.staff!)
                        return try pages.confirmBulletin(
                            request,
                            context,
                            form: confirmable,
                            title: form.title ?? "",
                            answers: answers,
                            backURL: "/staff/bulletins?organisation=\((form.organisationId ?? "").queryEncoded)"
                        )
                    }
                    let record = try await desk.publish(bulletin, staff: context.staff!)
                    return Response(status: .seeOther, headers: [.location: "/bulletins/\(record.id)"])
                } catch let error as any ProblemConvertible where [.unprocessableContent, .conflict].contains(error.problem.status) {
                    let problem = error.problem
                    let language = Language.of(request)
                    func word(_ key: String) -> String { pages.localization.word(key, language) }
                    let reported = problem.errors.isEmpty ? [Problem.FieldError(field: "replaces", message: problem.detail)] : problem.errors
                    let errors = reported.map { error -> Problem.FieldError in
                        switch error.field {
                        case "title": .init(field: "title", message: word("bulletins_error_title"))
                        case "replaces": .init(field: "replaces", message: word("bulletins_error_replaces"))
                        default: .init(field: "answers", message: word("bulletins_error_question_refs") + " (\(error.message))")
                        }
                    }
                    return try await page(
                        request,
                        context,
                        organisation: form.organisationId,
                        title: form.title ?? "",
                        ticked: Set(form.questionRefs ?? []),
                        errors: errors,
                        status: problem.status
                    )
                }
            },
        ]
    }

    private func page(
        _ request: Request,
        _ context: AppRequestContext,
        organisation chosen: String?,
        title: String = "",
        ticked: Set<String>? = nil,
        errors: [Problem.FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = Language.of(request)
        let organisations = try await desk.organisations(publishableBy: context.staff!)
        // An organisation asked for by name must be one the clerk publishes for; none asked, the first of those.
        guard let organisation = chosen.map({ id in organisations.first { $0.id == id } }) ?? organisations.first else {
            throw Problem.notFound("no organisation")
        }
        let answers = try await desk.publishable(organisationID: organisation.id).map { record in
            BulletinsPage.Answer(
                reference: record.reference,
                subject: PersonalDataMasker().masked(record.subject),
                ticked: ticked.map { $0.contains(record.reference) } ?? (record.status == .approved),
                statusLabel: pages.localization.word("question_status_\(record.status.rawValue)", language)
            )
        }
        let published = try await desk.bulletins.list(organisationID: organisation.id, limit: 100).map { record in
            BulletinsPage.Published(
                id: record.id,
                title: record.title,
                publishedOn: DocumentDate.short(organisation.clock.day(of: record.publishedAt)),
                replaces: record.replaces
            )
        }
        let content = BulletinsPage(
            organisations: organisations.map { Choice(value: $0.id, label: $0.name, selected: $0.id == organisation.id) },
            organisationID: organisation.id,
            title: title,
            answers: answers,
            published: published,
            errorSummary: ErrorSummary.of(errors)
        )
        return try pages.page(
            "web/staff/bulletins",
            titleKey: "bulletins_title",
            request: request,
            context: context,
            content: content,
            status: status
        )
    }
}
