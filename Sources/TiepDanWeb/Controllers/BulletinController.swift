import Foundation
import HTTPTypes
import Hummingbird
import TiepDanCore
import TiepDanPublish
import TiepDanStore

/// Bulletins of answered questions: published by the secretariat, then public and unchangeable
/// as printable pages, JSON and an Atom feed.
struct BulletinController {
    let pages: PageRenderer
    let bulletins: BulletinRepository
    let questions: QuestionRepository
    let schedules: ScheduleRepository
    let printer: ChromiumPrinter?

    struct Body: Decodable {
        let organisationId: String?
        let title: String?
        let questionRefs: [String]?
        let sessionId: String?
        let replaces: String?
    }

    struct Item: Encodable, Sendable {
        let reference, topic, question, answer: String
    }

    struct View: ResponseEncodable, Sendable {
        let id, title, organisationId, publishedAt, htmlUrl: String
        let sessionId, replaces, correctedBy: String?
        let questions: [Item]
    }

    struct ListView: ResponseEncodable {
        let items: [View]
    }

    static let operations = [
        OpenAPIOperation(
            method: "POST", path: "/api/v1/bulletins", summary: "Publish approved answers as a bulletin (immutable afterwards)",
            tag: "staff", roles: ["secretariat"],
            requestBody: """
                {"type": "object", "required": ["organisation_id", "title"], "properties": {"organisation_id": {"type": "string"},
                  "title": {"type": "string"}, "question_refs": {"type": "array", "items": {"type": "string"}},
                  "session_id": {"type": "string", "description": "without question_refs: every approved answer of this session or programme"},
                  "replaces": {"type": "string", "description": "the bulletin this one corrects"}}}
                """,
            responses: [201: "the bulletin", 409: "the bulletin named in replaces is already corrected", 422: "a field is not acceptable"]),
        OpenAPIOperation(method: "GET", path: "/api/v1/bulletins", summary: "Published bulletins, newest first", tag: "public",
                         query: [("organisation", "one organisation's"), ("limit", "at most 200; default 50")]),
        OpenAPIOperation(method: "GET", path: "/api/v1/bulletins/{id}", summary: "One bulletin", tag: "public", responses: [200: "the bulletin", 404: "no such bulletin"]),
        OpenAPIOperation(method: "GET", path: "/bulletins/{id}", summary: "A printable bulletin (html, pdf or txt)", tag: "pages",
                         query: [("format", "html, pdf or txt")], produces: "text/html"),
        OpenAPIOperation(method: "GET", path: "/bulletins.atom", summary: "Atom feed of bulletins", tag: "public", produces: "application/atom+xml"),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        router.group("api/v1/bulletins").add(middleware: RequireRoleMiddleware(roles: [.secretariat]))
            .post { request, context -> Response in
                let body = try await request.decodeJSON(Body.self, context: context)
                let record = try await publish(body, actor: context.staff!.id)
                var response = try view(record).response(from: request, context: context)
                response.status = .created
                response.headers[.location] = "/bulletins/\(record.id)"
                return response
            }
        router.get("api/v1/bulletins") { request, _ -> ListView in
            let limit = try request.uri.queryParameters.get("limit").map { text -> Int in
                guard let value = Int(text), (1...200).contains(value) else { throw Problem.invalid(field: "limit", "1 to 200") }
                return value
            } ?? 50
            let organisation = request.uri.queryParameters.get("organisation")
            return ListView(items: try await bulletins.list(organisationID: organisation, limit: limit).map(view))
        }
        router.get("api/v1/bulletins/:id") { _, context -> View in
            view(try await find(context))
        }
        router.get("bulletins/:id") { request, context -> Response in
            let record = try await find(context)
            let html = try pages.templates.render("documents/bulletin", with: record.document)
            // Revalidated every time: a correction's notice must show on the old bulletin at once.
            return try await DocumentResponse.make(html, request: request, filename: record.id, printer: printer, cache: "no-cache")
        }
        router.get("bulletins.atom") { request, _ -> Response in
            let base = Self.baseURL(request)
            let entries = try await bulletins.list(organisationID: nil, limit: 50).map { record in
                AtomFeed.Entry(id: record.id, title: record.title, link: "\(base)/bulletins/\(record.id)", published: record.publishedAt,
                               summary: "\(record.document.items.count) câu hỏi được giải đáp: "
                                   + record.document.items.prefix(5).map(\.topic).joined(separator: "; "))
            }
            let xml = AtomFeed(title: "Bản tin giải đáp câu hỏi của Nhân dân", baseURL: base, entries: entries).render()
            return Response(status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8", .cacheControl: "public, max-age=300"],
                            body: .init(byteBuffer: ByteBuffer(string: xml)))
        }
    }

    /// The address the client used, for the feed's links; only host characters are kept.
    static func baseURL(_ request: Request) -> String {
        let host = (request.head.authority ?? "localhost:8080").filter { $0.isLetter || $0.isNumber || ".:-[]".contains($0) }
        let scheme = request.headers[HTTPField.Name("X-Forwarded-Proto")!] == "https" ? "https" : "http"
        return "\(scheme)://\(host.isEmpty ? "localhost:8080" : host)"
    }

    private func find(_ context: AppRequestContext) async throws -> BulletinRecord {
        let id = try context.parameters.require("id")
        guard let record = try await bulletins.find(id) else { throw Problem.notFound("no bulletin \(id)") }
        return record
    }

    func publish(_ body: Body, actor: String) async throws -> BulletinRecord {
        var errors: [Problem.FieldError] = []
        let title = body.title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if !(3...200).contains(title.count) { errors.append(.init(field: "title", message: "write 3 to 200 characters")) }
        let organisation = try await body.organisationId.asyncMap { try await schedules.organisation(id: $0) } ?? nil
        if organisation == nil { errors.append(.init(field: "organisation_id", message: "no such organisation")) }
        var references = body.questionRefs ?? []
        if references.isEmpty, let session = body.sessionId {
            var filter = QuestionFilter()
            filter.sessionID = session
            filter.limit = 10_000
            references = try await questions.list(filter)
                .filter { ($0.status == .approved || $0.status == .published) && $0.mayBePublic }
                .map(\.reference)
            if references.isEmpty { errors.append(.init(field: "session_id", message: "the session has no approved answer that may be published")) }
        } else if references.isEmpty {
            errors.append(.init(field: "question_refs", message: "name the answers, or a session_id"))
        }
        if references.count > 20_000 { errors.append(.init(field: "question_refs", message: "at most 20,000 answers")) }
        if Set(references).count != references.count { errors.append(.init(field: "question_refs", message: "names a question twice")) }
        guard errors.isEmpty, let organisation else { throw Problem.invalid(errors) }
        let redactions = try await questions.redactions(references: references)
        let departments = Dictionary(uniqueKeysWithValues: try await schedules.departments(organisationID: organisation.id).map { ($0.id, $0.name) })
        let zone = organisation.zone
        let issuer = DocumentIssuer(organisationName: organisation.name)
        let now = Date()
        let today = ZoneClock(zone).day(of: now)
        let replaced = try await body.replaces.asyncMap { try await bulletins.find($0) } ?? nil
        let request = NewBulletin(organisationID: organisation.id, title: title, sessionID: body.sessionId, replaces: body.replaces,
                                  references: references, actor: actor)
        return try await bulletins.publish(request, now: now) { id, records in
            let items = records.enumerated().map { index, record -> MinutesQuestion in
                let masker = PersonalDataMasker(redactions: redactions[record.reference] ?? [])
                func shown(_ text: String) -> String { record.showUnmasked ? text : masker.masked(text) }
                return MinutesQuestion(number: index + 1, reference: record.reference,
                                       topic: record.departmentID.flatMap { departments[$0] } ?? shown(record.subject),
                                       question: shown(record.text), answer: shown(record.answer ?? ""))
            }
            return BulletinDocument(
                heading: DocumentHeading(issuer: issuer.lines, number: "", placeAndDate: DocumentDate.placeAndDate(issuer.place, today),
                                         kind: "Bản tin giải đáp", subject: title),
                id: id, title: title, publishedOn: DocumentDate.long(today), items: items,
                replaces: replaced.map { BulletinLink(id: $0.id, title: $0.title) }, correctedBy: nil)
        }
    }

    func view(_ record: BulletinRecord) -> View {
        View(id: record.id, title: record.title, organisationId: record.organisationID, publishedAt: RFC3339.string(record.publishedAt),
             htmlUrl: "/bulletins/\(record.id)", sessionId: record.sessionID, replaces: record.replaces, correctedBy: record.correctedBy?.id,
             questions: record.document.items.map { Item(reference: $0.reference, topic: $0.topic, question: $0.question, answer: $0.answer) })
    }
}
