import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Commitments over HTTP: the public list and one commitment with its history; recording, progress
/// and extensions for staff. The decisions are the `CommitmentDesk`'s.
struct CommitmentController {
    let desk: CommitmentDesk

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/commitments",
                summary: "Commitments, with the status as of now (overdue derived)",
                tag: "commitments",
                query: [
                    ("organisation", "organisation id"), ("status", "open, in_progress, done, overdue or dropped"),
                    ("limit", "1-500"), ("cursor", "from next_cursor"),
                ]
            ) { request, _ -> ListPage<CommitmentView> in
                let list = try ListQuery(request)
                let found = try await desk.list(
                    organisationID: request.uri.queryParameters.get("organisation"),
                    status: request.uri.queryParameters.get("status"),
                    after: list.cursor,
                    limit: list.limit
                )
                return ListPage(items: found.items, nextCursor: found.nextCursor)
            },
            Endpoint(
                .get,
                "/api/v1/commitments/{id}",
                summary: "One commitment with its history",
                tag: "commitments",
                responses: [200: "the commitment", 404: "no such commitment"]
            ) { _, context -> CommitmentView in
                try await desk.detail(try context.parameters.require("id"))
            },
            Endpoint(
                .post,
                "/api/v1/commitments",
                summary: "Record a commitment",
                tag: "staff",
                roles: [.secretariat, .leader],
                requestBody: """
                    {"type": "object", "required": ["text", "owner", "due_date", "organisation_id"],
                     "properties": {"text": {"type": "string"}, "owner": {"type": "string", "description": "a leader or department id"},
                      "due_date": {"type": "string", "format": "date"}, "organisation_id": {"type": "string"},
                      "session_id": {"type": "string"}, "question_ref": {"type": "string"}}}
                    """,
                responses: [201: "recorded", 422: "a field is not acceptable"]
            ) { request, context -> Response in
                let body = try await request.decodeJSON(CommitmentRequest.self, context: context)
                let view = try await desk.record(body, staff: context.staff!)
                var response = try context.responseEncoder.encode(view, from: request, context: context)
                response.status = .created
                response.headers[.location] = "/api/v1/commitments/\(view.id)"
                return response
            },
            Endpoint(
                .post,
                "/api/v1/commitments/{id}/extend",
                summary: "Extend the due date, with a reason shown in public",
                tag: "staff",
                roles: [.secretariat, .leader],
                requestBody:
                    #"{"type": "object", "required": ["due_date", "reason"], "properties": {"due_date": {"type": "string", "format": "date"}, "reason": {"type": "string"}}}"#,
                responses: [200: "extended", 409: "closed, or not later", 422: "a field is not acceptable"]
            ) { request, context -> CommitmentView in
                let body = try await request.decodeJSON(DeadlineExtension.self, context: context)
                return try await desk.extend(try context.parameters.require("id"), body, staff: context.staff!)
            },
            Endpoint(
                .post,
                "/api/v1/commitments/{id}/progress",
                summary: "Report progress (done, or dropped with a reason)",
                tag: "staff",
                roles: [.secretariat, .leader, .officer],
                requestBody: """
                    {"type": "object", "required": ["progress", "note"],
                     "properties": {"progress": {"type": "integer", "minimum": 0, "maximum": 100},
                      "status": {"type": "string", "enum": ["in_progress", "done", "dropped"]}, "note": {"type": "string"},
                      "evidence": {"type": "string", "format": "uri"}}}
                    """,
                responses: [
                    200: "recorded", 403: "another department's", 404: "no such commitment", 409: "done or dropped", 422: "a field is not acceptable",
                ]
            ) { request, context -> CommitmentView in
                let id = try context.parameters.require("id")
                _ = try await desk.find(id)
                let body = try await request.decodeJSON(ProgressReport.self, context: context)
                return try await desk.report(id, body, staff: context.staff!)
            },
        ]
    }
}
