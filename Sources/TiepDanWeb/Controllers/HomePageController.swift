import Hummingbird

/// `/`: what the service is and where to go next.
struct HomePageController {
    let pages: PageRenderer

    static let operations = [
        OpenAPIOperation(method: "GET", path: "/", summary: "Home page (HTML; ?lang=en for English)", tag: "pages",
                         produces: "text/html"),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/") { request, context in
            try pages.page("web/home", titleKey: "home_title", request: request, context: context)
        }
    }
}
