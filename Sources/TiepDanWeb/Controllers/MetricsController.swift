import Hummingbird
import Metrics
import Prometheus
import TiepDanStore

/// `GET /metrics`: the Prometheus text format, for the addresses the operator allows (`--metrics-from`; loopback by
/// default); anyone else gets 403. Requests by route and status and their latency come from
/// Hummingbird's `MetricsMiddleware`; the store, the notices and the office count their own; the outbox's depth is
/// read at each scrape.
struct MetricsController {
    let registry: PrometheusCollectorRegistry
    let allowed: AddressRanges
    let outbox: NotificationOutbox

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/metrics",
                summary: "Metrics in the Prometheus text format (allowed addresses only)",
                tag: "service",
                responses: [200: "the metrics", 403: "not from an allowed address"],
                produces: "text/plain"
            ) { _, context -> Response in
                guard allowed.contains(context.clientAddress) else {
                    throw Problem.forbidden("metrics are served only to the addresses --metrics-from allows")
                }
                let counts = try await outbox.counts()
                for status in Set(["pending", "sent", "failed"]).union(counts.keys) {
                    Gauge(label: "tiepdan_outbox_notices", dimensions: [("status", status)]).record(counts[status] ?? 0)
                }
                return Response(
                    status: .ok,
                    headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                    body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
                )
            }
        ]
    }
}
