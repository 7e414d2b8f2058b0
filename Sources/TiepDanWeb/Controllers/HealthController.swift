import Foundation
import Hummingbird
import TiepDanStore

/// `GET /healthz`: 200 when the database answers, 503 when it does not.
struct HealthController {
    let probe: HealthProbe

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/healthz",
                summary: "Whether the service and its database answer",
                tag: "service",
                responses: [200: "the database answers", 503: "the database does not answer"]
            ) { _, _ -> Response in
                let healthy = await probe.databaseAnswers()
                let body = ByteBuffer(string: healthy ? #"{"status":"ok"}"# : #"{"status":"unavailable"}"#)
                return Response(
                    status: healthy ? .ok : .serviceUnavailable,
                    headers: [.contentType: "application/json", .cacheControl: "no-store"],
                    body: .init(byteBuffer: body)
                )
            }
        ]
    }
}
