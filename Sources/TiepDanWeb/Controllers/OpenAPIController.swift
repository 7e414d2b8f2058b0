import Foundation
import Hummingbird

/// `GET /openapi.json`: the description of every endpoint, itself included, rendered once at start.
enum OpenAPIController {
    /// The endpoint that describes `others` and itself.
    static func endpoint(describing others: [Endpoint]) throws -> Endpoint {
        func serving(_ document: ByteBuffer) -> Endpoint {
            Endpoint(.get, "/openapi.json", summary: "This OpenAPI 3.1 description", tag: "service") { _, _ in
                Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: document))
            }
        }
        let operations = (others + [serving(ByteBuffer())]).map(\.operation)
        return serving(ByteBuffer(bytes: try OpenAPIDocument.json(operations)))
    }
}
