/// A sensitive question's sealed subject and text, opened for one of its handlers; the look was recorded.
struct SensitivePage: PageContent {
    let reference: String
    let subject: String
    let text: String
}
