import Hummingbird
import TiepDanStore

extension StoreError: ProblemConvertible {
    /// A database that cannot serve now is the service's trouble, not the request's: 503 with `Retry-After`, saying
    /// that nothing was saved, so the citizen knows to send it again. Other store errors reaching here are defects.
    var problem: Problem {
        switch self {
        case .unavailable, .closed:
            Problem(
                .serviceUnavailable,
                slug: "unavailable",
                title: "Service unavailable",
                detail: "Hệ thống tạm thời không lưu được dữ liệu; chưa có gì được ghi nhận. Vui lòng thử lại sau ít phút. "
                    + "(The service cannot save right now; nothing was saved. Please try again in a few minutes.)",
                headers: [.retryAfter: "30"]
            )
        case .duplicate(let what):
            Problem(.conflict, slug: "conflict", title: "Conflict", detail: "\(what) already exists")
        case .notFound(let what):
            Problem.notFound("no \(what)")
        case .invalidLocation, .alreadyServed:
            Problem(.internalServerError, slug: "internal", title: "Internal error", detail: "the service is misconfigured")
        }
    }
}
