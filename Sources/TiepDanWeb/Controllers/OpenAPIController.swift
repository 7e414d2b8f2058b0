import Foundation
import Hummingbird

/// `GET /openapi.json`: the description of every route, rendered once at start.
struct OpenAPIController {
    let document: Data

    static let operations = [
        OpenAPIOperation(method: "GET", path: "/openapi.json", summary: "This OpenAPI 3.1 description", tag: "service"),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        let body = ByteBuffer(bytes: document)
        router.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: body))
        }
    }
}
