import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// Minutes and conclusion notices of a session: drafted from what tiepdan holds, edited and
/// regenerated while a draft, finalised (numbered and locked), then a new version for any later edit.
struct MinutesController {
    let desk: MinutesDesk
    let printer: ChromiumPrinter?

    struct Body: Decodable {
        let kind: String?
        let conclusion: String?
        let notes: String?
        let version: Int?
    }

    struct VersionView: Encodable, Sendable {
        let version: Int
        let state: String
        let createdAt: String
        let createdBy: String
        let finalisedAt: String?
        let htmlUrl: String
    }

    struct View: ResponseEncodable {
        let id, sessionId, kind, state: String
        let version: Int
        let number: Int?
        let conclusion, notes, createdAt, createdBy: String
        let finalisedAt: String?
        let htmlUrl, pdfUrl, textUrl: String
        let versions: [VersionView]?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/minutes",
                summary: "Draft (or regenerate the draft of) the session's minutes or conclusion notice",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "properties": {"kind": {"type": "string", "enum": ["minutes", "conclusion_notice"]},
                      "conclusion": {"type": "string"}, "notes": {"type": "string"}}}
                    """,
                responses: [200: "the draft, regenerated", 201: "a new version", 404: "no such session", 422: "a field is not acceptable"]
            ) { request, context -> Response in
                let session = try await desk.session(try context.parameters.require("id"), staff: context.staff!)
                let body = try await request.decodeJSON(Body.self, context: context)
                let saved = try await desk.draft(
                    session,
                    kind: try MinutesDesk.kind(body.kind, for: session),
                    conclusion: body.conclusion,
                    notes: body.notes,
                    staff: context.staff!
                )
                var response = try await view(saved.record, versions: nil).response(from: request, context: context)
                response.status = saved.isNewVersion ? .created : .ok
                return response
            },
            Endpoint(
                .patch,
                "/api/v1/minutes/{id}",
                summary: "Edit the conclusion or notes; a final version gets a new draft version",
                tag: "staff",
                roles: [.secretariat],
                requestBody: """
                    {"type": "object", "properties": {"conclusion": {"type": "string"}, "notes": {"type": "string"},
                      "version": {"type": "integer", "description": "the version edited; refused when no longer the latest"}}}
                    """,
                responses: [200: "the draft", 201: "a new version", 404: "no such minutes", 409: "the version changed meanwhile"]
            ) { request, context -> Response in
                let current = try await desk.find(try context.parameters.require("id"), staff: context.staff!)
                let body = try await request.decodeJSON(Body.self, context: context)
                let saved = try await desk.edit(current, conclusion: body.conclusion, notes: body.notes, version: body.version, staff: context.staff!)
                var response = try await view(saved, versions: nil).response(from: request, context: context)
                response.status = current.isFinal ? .created : .ok
                return response
            },
            Endpoint(
                .post,
                "/api/v1/minutes/{id}/finalise",
                summary: "Number and lock the latest version",
                tag: "staff",
                roles: [.secretariat],
                requestBody: #"{"type": "object", "properties": {"version": {"type": "integer"}}}"#,
                responses: [200: "the final version", 404: "no such minutes", 409: "already final, or changed meanwhile"]
            ) { request, context -> View in
                let current = try await desk.find(try context.parameters.require("id"), staff: context.staff!)
                let body = try await request.decodeJSON(Body.self, context: context)
                return try await view(try await desk.finalise(current, version: body.version, staff: context.staff!), versions: nil)
            },
            Endpoint(
                .get,
                "/api/v1/minutes/{id}",
                summary: "The minutes with every version",
                tag: "staff",
                roles: [.secretariat, .leader],
                responses: [200: "the minutes", 404: "no such minutes"]
            ) { _, context -> View in
                let current = try await desk.find(try context.parameters.require("id"), staff: context.staff!)
                return try await view(current, versions: try await desk.minutes.versions(current.id))
            },
            Endpoint(
                .get,
                "/minutes/{id}",
                summary: "A version of the minutes, printable (\(DocumentResponse.formats))",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("version", "a version number; default the latest"), ("format", DocumentResponse.formats)],
                produces: "text/html"
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                _ = try await desk.find(id, staff: context.staff!)
                let version = try BoundedNumber.minutesVersion.parse(request.uri.queryParameters.get("version"))
                guard let record = try await desk.minutes.find(id, version: version) else { throw Problem.notFound("no minutes \(id)") }
                return try await DocumentResponse.make(record.html, request: request, filename: "\(record.id)-v\(record.version)", printer: printer)
            },
        ]
    }

    private func view(_ record: MinutesRecord, versions: [MinutesRecord]?) async throws -> View {
        let zone = try await desk.schedules.timeZone(organisationID: record.organisationID)
        let url = "/minutes/\(record.id)?version=\(record.version)"
        return View(
            id: record.id,
            sessionId: record.sessionID,
            kind: record.kind.rawValue,
            state: record.isFinal ? "final" : "draft",
            version: record.version,
            number: record.number,
            conclusion: record.conclusion,
            notes: record.notes,
            createdAt: RFC3339.string(record.createdAt, in: zone),
            createdBy: record.createdBy,
            finalisedAt: record.finalisedAt.map { RFC3339.string($0, in: zone) },
            htmlUrl: url,
            pdfUrl: url + "&format=pdf",
            textUrl: url + "&format=txt",
            versions: versions?.map {
                VersionView(
                    version: $0.version,
                    state: $0.isFinal ? "final" : "draft",
                    createdAt: RFC3339.string($0.createdAt, in: zone),
                    createdBy: $0.createdBy,
                    finalisedAt: $0.finalisedAt.map { RFC3339.string($0, in: zone) },
                    htmlUrl: "/minutes/\($0.id)?version=\($0.version)"
                )
            }
        )
    }
}
