/// The page a browser gets for a refused request, in the page's language inside the site's layout: what went wrong
/// in words a citizen or clerk reads, the way back, and the codes someone helping them will ask for.
struct ErrorPage: PageContent {
    let heading: String
    let explanation: String
    /// The server's own detail, shown only on English pages (it is written in English).
    let detail: String?
    let status: Int
    let requestID: String
    /// The page the person came from on this site, else the start page for them.
    let backURL: String
}
