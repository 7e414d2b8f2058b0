import Hummingbird
import TiepDanPublish

/// Renders a page template inside the shared layout, in the request's language.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let localization: Localization

    /// A full HTML response for `template`, whose title is the word `titleKey`.
    func page(
        _ template: String, titleKey: String, request: Request, context: AppRequestContext,
        values: [String: Any] = [:], content: (any PageContent)? = nil, csrfToken: String? = nil,
        status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) throws -> Response {
        let language = Language.of(request)
        // An optional stored in the untyped values counts as what it holds: nil is absent, never a present empty value.
        var model = values.compactMapValues(Self.unwrapped)
        model["lang"] = language.rawValue
        model["t"] = localization.words(language)
        model["title"] = localization.word(titleKey, language)
        model["pageTitle"] = model["title"]
        model["switch_url"] = request.uri.path + "?lang=" + language.other.rawValue
        model["switch_label"] = localization.word("language_name", language.other)
        model["switch_lang"] = language.other.rawValue
        if let staff = context.staff {
            model["staff"] = ["username": staff.username, "roles": staff.roles.sorted().map(\.rawValue).joined(separator: ", ")]
        }
        if let token = csrfToken ?? context.sessionCSRFToken {
            model["csrf"] = token
        }
        let html = try templates.render(template, with: content.map { PageModel(layout: model, content: $0) as Any } ?? model)
        var response = Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        response.headers[.cacheControl] = context.staff == nil && csrfToken == nil ? "no-cache" : "private, no-store"
        if let chosen = request.uri.queryParameters.get("lang"), Language(rawValue: chosen) != nil {
            response.setCookie(Cookie(name: "lang", value: chosen, maxAge: 365 * 24 * 3600, path: "/", sameSite: .lax))
        }
        return response
    }

    /// A page with a form for visitors who may not be signed in: it carries the anonymous CSRF
    /// token (a cookie echoed in the form), or the signed-in session's.
    func formPage(
        _ template: String, titleKey: String, _ request: Request, _ context: AppRequestContext, values: [String: Any] = [:],
        content: (any PageContent)? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let (token, cookie) = CSRFMiddleware.anonymousToken(request)
        var response = try page(template, titleKey: titleKey, request: request, context: context, values: values, content: content,
                                csrfToken: context.sessionCSRFToken ?? token, status: status)
        if let cookie, context.sessionCSRFToken == nil { response.setCookie(cookie) }
        return response
    }

    /// What `value` holds when it is an optional (nil for none), else `value` itself.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
