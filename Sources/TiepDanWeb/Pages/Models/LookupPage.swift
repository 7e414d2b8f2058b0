/// `/lookup`: finding a booking or question again with its reference and the phone number or e-mail given.
struct LookupPage: PageContent {
    let reference: String
    let contact: String
    /// The one answer for a wrong reference and a wrong contact alike.
    let notFound: Bool
}
