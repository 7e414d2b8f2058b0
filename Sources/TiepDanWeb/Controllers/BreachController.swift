import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// The register of personal data breaches over HTTP, for system administrators: record one, list them with the
/// 72-hour clock, print the notice to the authority, and record that it was sent. The decisions are the `BreachDesk`'s.
struct BreachController {
    let desk: BreachDesk
    let pages: PageRenderer
    let printer: ChromiumPrinter?

    struct BreachView: ResponseEncodable {
        let id, organisationId, discoveredAt, reportBy, description, dataKinds, recordedAt: String
        let peopleAffected: Int
        let consequences, measures, reportedAt, reportReference: String?
        /// Whole hours left to report it (negative once late); absent once reported.
        let hoursLeft: Int?
    }

    struct Reported: Decodable {
        let reference: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .post,
                "/api/v1/breaches",
                summary: "Record a personal data breach (system administrators); the 72-hour clock runs from its discovery",
                tag: "staff",
                roles: [.admin],
                requestBody: """
                    {"type": "object", "required": ["organisation_id", "discovered_at", "description", "data_kinds", "people_affected"],
                     "properties": {"organisation_id": {"type": "string"}, "discovered_at": {"type": "string", "format": "date-time"},
                      "description": {"type": "string"}, "data_kinds": {"type": "string"}, "people_affected": {"type": "integer"},
                      "consequences": {"type": "string"}, "measures": {"type": "string"}}}
                    """,
                responses: [201: "recorded", 403: "not a system administrator", 422: "a field is not acceptable"]
            ) { request, context -> Response in
                let body = try await request.decodeJSON(BreachReport.self, context: context)
                let record = try await desk.record(body, staff: context.staff!)
                var response = try context.responseEncoder.encode(view(record), from: request, context: context)
                response.status = .created
                return response
            },
            Endpoint(
                .get,
                "/api/v1/breaches",
                summary: "The breach register, newest first, with the hours left to report each",
                tag: "staff",
                roles: [.admin],
                query: [("limit", "1-500, default 50"), ("cursor", "from next_cursor")],
                responses: [200: "the register", 403: "not a system administrator"]
            ) { request, context -> ListPage<BreachView> in
                let list = try ListQuery(request)
                let found = try await desk.list(staff: context.staff!, cursor: list.cursor, limit: list.limit)
                return ListPage(items: found.items.map(view), nextCursor: found.nextCursor)
            },
            Endpoint(
                .post,
                "/api/v1/breaches/{id}/reported",
                summary: "Record that the authority was told (once)",
                tag: "staff",
                roles: [.admin],
                requestBody: #"{"type": "object", "properties": {"reference": {"type": "string"}}}"#,
                responses: [200: "recorded", 404: "no such breach", 409: "already reported"]
            ) { request, context -> BreachView in
                let body = try await request.decodeJSON(Reported.self, context: context)
                return view(try await desk.reported(try context.parameters.require("id"), reference: body.reference, staff: context.staff!))
            },
            Endpoint(
                .get,
                "/staff/breaches/{id}/notice",
                summary: "The notice of a breach to the Ministry of Public Security (Decree 30/2020 layout)",
                tag: "pages",
                roles: [.admin],
                redirectsToLogin: true,
                query: [("format", DocumentResponse.formats)],
                responses: [200: "the notice", 404: "no such breach"],
                produces: "text/html"
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                let notice = try await desk.notice(id, staff: context.staff!)
                return try await DocumentResponse.make(
                    try pages.templates.render("documents/breach-notice", with: notice),
                    request: request,
                    filename: "thong-bao-\(id)",
                    printer: printer
                )
            },
        ]
    }

    func view(_ record: BreachRecord) -> BreachView {
        BreachView(
            id: record.id,
            organisationId: record.organisationID,
            discoveredAt: RFC3339.string(record.discoveredAt),
            reportBy: RFC3339.string(BreachClock.reportBy(discoveredAt: record.discoveredAt)),
            description: record.description,
            dataKinds: record.dataKinds,
            recordedAt: RFC3339.string(record.recordedAt),
            peopleAffected: record.peopleAffected,
            consequences: record.consequences,
            measures: record.measures,
            reportedAt: record.reportedAt.map { RFC3339.string($0) },
            reportReference: record.reportReference,
            hoursLeft: desk.hoursLeft(record)
        )
    }
}
