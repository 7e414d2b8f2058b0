import Foundation
import Hummingbird
import TiepDanPublish

/// A drafted document in the format the request asks for with `?format=`: the printable HTML
/// page (default), `pdf` through headless Chromium, `docx` for Word (written here, no office suite needed), or `txt`.
enum DocumentResponse {
    /// The formats `?format=` takes, as the API's description and its error say them.
    static let formats = "html, pdf, docx or txt"

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
        case "docx":
            (body, type) = (
                ByteBuffer(bytes: DOCXWriter.write(html: html, title: filename)),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            )
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
            throw Problem.invalid(field: "format", "must be \(formats)")
        }
        var headers: HTTPFields = [.contentType: type, .cacheControl: cache]
        if format != "html" {
            // Word's file is to save and edit; the others open in the browser.
            let disposition = format == "docx" ? "attachment" : "inline"
            headers[.contentDisposition] = "\(disposition); filename=\"\(filename).\(format)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }
}
