import Foundation
import Hummingbird
import TiepDanStore

/// `GET /healthz`, liveness: the process answers (a supervisor restarts it when it does not). `GET /readyz`,
/// readiness: the database accepts writes, so a proxy sends citizens elsewhere while it does not.
struct HealthController {
    let probe: HealthProbe

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/healthz",
                summary: "Liveness: whether the service process answers",
                tag: "service",
                responses: [200: "the process answers"]
            ) { _, _ -> Response in
                Self.status(#"{"status":"ok"}"#, .ok)
            },
            Endpoint(
                .get,
                "/readyz",
                summary: "Readiness: whether the database accepts writes",
                tag: "service",
                responses: [200: "ready", 503: "the database does not accept writes now"]
            ) { _, _ -> Response in
                let (ready, reason) = await probe.acceptsWrites()
                guard ready else {
                    let detail = String(data: try JSONEncoder().encode(reason ?? "unknown"), encoding: .utf8)!
                    return Self.status(#"{"status":"unavailable","reason":\#(detail)}"#, .serviceUnavailable)
                }
                return Self.status(#"{"status":"ready"}"#, .ok)
            },
        ]
    }

    private static func status(_ json: String, _ status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: json))
        )
    }
}
