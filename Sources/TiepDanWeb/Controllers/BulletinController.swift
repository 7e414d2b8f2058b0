import Foundation
import HTTPTypes
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// Bulletins of answered questions: published by the secretariat, then public and unchangeable
/// as printable pages, JSON and an Atom feed.
struct BulletinController {
    let pages: PageRenderer
    let desk: BulletinDesk
    let printer: ChromiumPrinter?
    /// Limits the public PDFs one client asks for.
    let pdfRequests: RateLimiter
    /// The service's public address, for the feed's links (`AppServices.publicURL`).
    let publicURL: String

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

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .post,
                "/api/v1/bulletins",
                summary: "Publish approved answers as a bulletin (immutable afterwards)",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "required": ["organisation_id", "title"], "properties": {"organisation_id": {"type": "string"},
                      "title": {"type": "string"}, "question_refs": {"type": "array", "items": {"type": "string"}},
                      "session_id": {"type": "string", "description": "without question_refs: every approved answer of this session or programme"},
                      "replaces": {"type": "string", "description": "the bulletin this one corrects"}}}
                    """,
                responses: [201: "the bulletin", 409: "the bulletin named in replaces is already corrected", 422: "a field is not acceptable"]
            ) { request, context -> Response in
                let body = try await request.decodeJSON(BulletinRequest.self, context: context)
                let record = try await desk.publish(body, staff: context.staff!)
                var response = try view(record).response(from: request, context: context)
                response.status = .created
                response.headers[.location] = "/bulletins/\(record.id)"
                return response
            },
            Endpoint(
                .get,
                "/api/v1/bulletins",
                summary: "Published bulletins, newest first",
                tag: "public",
                query: [("organisation", "one organisation's"), ("limit", "at most 200; default 50")]
            ) { request, _ -> ListView in
                let limit = try BoundedNumber.bulletinLimit.parse(request.uri.queryParameters.get("limit")) ?? 50
                let organisation = request.uri.queryParameters.get("organisation")
                return ListView(items: try await desk.bulletins.list(organisationID: organisation, limit: limit).map(view))
            },
            Endpoint(
                .get,
                "/api/v1/bulletins/{id}",
                summary: "One bulletin",
                tag: "public",
                responses: [200: "the bulletin", 404: "no such bulletin"]
            ) { _, context -> View in
                view(try await desk.find(try context.parameters.require("id")))
            },
            Endpoint(
                .get,
                "/bulletins/{id}",
                summary: "A printable bulletin (\(DocumentResponse.formats))",
                tag: "pages",
                query: [("format", DocumentResponse.formats)],
                responses: [200: "the bulletin", 404: "no such bulletin", 429: "too many PDFs from this client", 503: "the PDF cannot be made now"],
                produces: "text/html"
            ) { request, context -> Response in
                let record = try await desk.find(try context.parameters.require("id"))
                if request.uri.queryParameters.get("format") == "pdf", let wait = await pdfRequests.consume(context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                let html = try pages.templates.render("documents/bulletin", with: record.document)
                // Revalidated every time: a correction's notice must show on the old bulletin at once.
                return try await DocumentResponse.make(html, request: request, filename: record.id, printer: printer, cache: "no-cache")
            },
            Endpoint(
                .get,
                "/bulletins.atom",
                summary: "Atom feed of bulletins",
                tag: "public",
                produces: "application/atom+xml",
                cached: .everything
            ) { request, _ -> Response in
                let base = publicURL
                let entries = try await desk.bulletins.list(organisationID: nil, limit: 50).map { record in
                    AtomFeed.Entry(
                        id: record.id,
                        title: record.title,
                        link: "\(base)/bulletins/\(record.id)",
                        published: record.publishedAt,
                        summary: "\(record.document.items.count) câu hỏi được giải đáp: "
                            + record.document.items.prefix(5).map(\.topic).joined(separator: "; ")
                    )
                }
                let xml = AtomFeed(title: "Bản tin giải đáp câu hỏi của Nhân dân", baseURL: base, entries: entries).render()
                return Response(
                    status: .ok,
                    headers: [.contentType: "application/atom+xml; charset=utf-8", .cacheControl: "public, max-age=300"],
                    body: .init(byteBuffer: ByteBuffer(string: xml))
                )
            },
        ]
    }

    func view(_ record: BulletinRecord) -> View {
        View(
            id: record.id,
            title: record.title,
            organisationId: record.organisationID,
            publishedAt: RFC3339.string(record.publishedAt),
            htmlUrl: "/bulletins/\(record.id)",
            sessionId: record.sessionID,
            replaces: record.replaces,
            correctedBy: record.correctedBy?.id,
            questions: record.document.items.map { Item(reference: $0.reference, topic: $0.topic, question: $0.question, answer: $0.answer) }
        )
    }
}
