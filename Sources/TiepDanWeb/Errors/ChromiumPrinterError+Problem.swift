import Hummingbird
import TiepDanPublish

extension ChromiumPrinterError: ProblemConvertible {
    /// Printing is the server's trouble, never the request's: 503, pointing to the HTML page that prints as well.
    var problem: Problem {
        Problem(
            .serviceUnavailable,
            slug: "pdf-unavailable",
            title: "PDF unavailable",
            detail: "Chưa in được PDF lúc này; vui lòng thử lại sau ít phút hoặc in trang HTML. "
                + "(The PDF cannot be made right now: \(self); try again shortly, or print the HTML page.)",
            headers: [.retryAfter: self == .busy ? "5" : "30"]
        )
    }
}
