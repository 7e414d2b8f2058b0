/// The page a browser gets for a refused request: the status and what went wrong.
struct ErrorPage: PageContent {
    let status: Int
    let detail: String
}
