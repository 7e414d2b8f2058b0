import Hummingbird
import TiepDanPublish

/// Renders a page template inside the shared layout, in the request's language.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let localization: Localization
    /// How the anonymous form token's cookie is set.
    var cookies = CookiePolicy(secure: false)

    /// A full HTML response for `template` showing `content`, whose title is the word `titleKey`.
    func page(
        _ template: String,
        titleKey: String,
        request: Request,
        context: AppRequestContext,
        content: some PageContent,
        csrfToken: String? = nil,
        status: HTTPResponse.Status = .ok,
        headers: HTTPFields = [:]
    ) throws -> Response {
        let language = Language.of(request)
        let layout = PageLayout(
            lang: language.rawValue,
            t: localization.words(language),
            pageTitle: localization.word(titleKey, language),
            switchURL: request.uri.path + "?lang=" + language.other.rawValue,
            switchLabel: localization.word("language_name", language.other),
            switchLang: language.other.rawValue,
            staff: context.staff.map {
                PageLayout.Staff(
                    username: $0.username,
                    roles: $0.roles.sorted().map(\.rawValue).joined(separator: ", "),
                    navigation: StaffNavigation.links(for: $0, currentPath: request.uri.path, words: localization, language)
                )
            },
            csrf: csrfToken ?? context.sessionCSRFToken
        )
        let html = try templates.render(template, with: PageModel(layout: layout, content: content))
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
        _ template: String,
        titleKey: String,
        _ request: Request,
        _ context: AppRequestContext,
        content: some PageContent,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let (token, cookie) = CSRFMiddleware.anonymousToken(request, cookies: cookies)
        var response = try page(
            template,
            titleKey: titleKey,
            request: request,
            context: context,
            content: content,
            csrfToken: context.sessionCSRFToken ?? token,
            status: status
        )
        if let cookie, context.sessionCSRFToken == nil { response.setCookie(cookie) }
        return response
    }
}
