/// Who sent a question, for the staff allowed to see it; a denouncer's identity opened from its seal.
struct SubmitterPage: PageContent {
    let reference: String
    let name: String
    let phone: String?
    let email: String?
    let address: String?
    /// The identity paper and its number, as given.
    let identification: String?
    /// Opened from the seal (a denouncer): the page says the look was recorded.
    let sealed: Bool
}
