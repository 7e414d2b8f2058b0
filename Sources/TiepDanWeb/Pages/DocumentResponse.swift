import Foundation
import Hummingbird
import TiepDanPublish

/// A drafted document in the format the request asks for with `?format=`: the printable HTML
/// page (default), `pdf` through headless Chromium, or `txt`.
enum DocumentResponse {
    static func make(
        _ html: String,
        request: Request,
        filename: String,
        printer: ChromiumPrinter?,
        cache: String = "private, no-store"
    ) async throws -> Response {
        let format = request.uri.queryParameters.get("format") ?? "html"
        let (body, type): (ByteBuffer, String)
        switch format {
        case "html":
            (body, type) = (ByteBuffer(string: html), "text/html; charset=utf-8")
        case "txt":
            (body, type) = (ByteBuffer(string: PlainText.from(html: html)), "text/plain; charset=utf-8")
        case "pdf":
            guard let printer else {
                throw Problem(
                    .serviceUnavailable,
                    slug: "no-pdf",
                    title: "PDF unavailable",
                    detail: "no Chromium is installed on this server; print the HTML page or ask for format=txt"
                )
            }
            (body, type) = (ByteBuffer(data: try await printer.pdf(html: html)), "application/pdf")
        default:
            throw Problem.invalid(field: "format", "must be html, pdf or txt")
        }
        var headers: HTTPFields = [.contentType: type, .cacheControl: cache]
        if format != "html" { headers[.contentDisposition] = "inline; filename=\"\(filename).\(format)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }
}
