import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1

/// Turns every error into a clear answer: problem+json for the API, a page for browsers.
///
/// Anything unexpected is logged with the request id and answered 500 without details,
/// so internals never leak to a client.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let problem: Problem
        do {
            return try await next(request, context)
        } catch let error as Problem {
            problem = error
        } catch let error as any ProblemConvertible {
            problem = error.problem
        } catch let error as HTTPError {
            problem = Self.problem(for: error, request: request)
        } catch is NIOTooManyBytesError {
            problem = .tooLarge(limit: context.maxUploadSize)
        } catch is HTTPParserError {
            // A body cut short (the client went away mid-request) or a request NIO cannot parse: the client's doing.
            problem = Problem(
                .badRequest,
                slug: "malformed-request",
                title: "Malformed request",
                detail: "the request ended before its body was complete, or could not be read; nothing was saved"
            )
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            problem = Problem(
                .internalServerError,
                slug: "internal",
                title: "Internal error",
                detail: "something went wrong on our side; the request id is \(context.id)"
            )
        }
        if wantsPage(request) {
            return try pages.page(
                "web/error",
                titleKey: "error_title",
                request: request,
                context: context,
                content: errorPage(problem, request: request, context: context),
                status: problem.status,
                headers: problem.headers
            )
        }
        return try problem.response(from: request, context: context)
    }

    private static func problem(for error: HTTPError, request: Request) -> Problem {
        switch error.status {
        case .notFound:
            return .notFound("nothing at \(request.method) \(request.uri.path)")
        case .methodNotAllowed:
            return Problem(
                .methodNotAllowed,
                slug: "method-not-allowed",
                title: "Method not allowed",
                detail: "\(request.method) is not allowed on \(request.uri.path)"
            )
        default:
            return Problem(
                error.status,
                slug: "http-\(error.status.code)",
                title: error.status.reasonPhrase,
                detail: error.body ?? error.status.reasonPhrase,
                headers: error.headers
            )
        }
    }

    /// The page for `problem`: a heading and an explanation for its kind (else its class of status) in the page's
    /// language, and the way back.
    private func errorPage(_ problem: Problem, request: Request, context: Context) -> ErrorPage {
        let language = Language.of(request)
        let words = pages.localization.words(language)
        let kind = words["error_\(problem.slug)_heading"] != nil ? problem.slug : problem.status.code >= 500 ? "server" : "client"
        // Back to where the person came from, when that was a page of this site; else to their start page.
        let referer = request.headers[.referer].flatMap(URL.init(string:))
        let origin = referer.flatMap { url in url.host.map { host in url.port.map { "\(host):\($0)" } ?? host } }
        let sameSite = origin != nil && origin == request.head.authority
        let back = sameSite ? referer.map { $0.path + ($0.query.map { "?" + $0 } ?? "") } : nil
        return ErrorPage(
            heading: words["error_\(kind)_heading"] ?? problem.title,
            explanation: words["error_\(kind)_text"] ?? problem.title,
            detail: language == .en ? problem.detail : nil,
            status: problem.status.code,
            requestID: context.id,
            backURL: back ?? (context.staff == nil ? "/" : "/staff")
        )
    }

    /// Browsers asking for a page get a page; API clients and `/api/` paths get problem+json.
    private func wantsPage(_ request: Request) -> Bool {
        !request.uri.path.hasPrefix("/api/")
            && (request.headers[.accept] ?? "").contains("text/html")
    }
}
