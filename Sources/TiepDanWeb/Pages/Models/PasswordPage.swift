import TiepDanOffice

/// The form where staff change their own password; `isForced` after a reset or at the first start, when nothing
/// else opens until it is done.
struct PasswordPage: PageContent {
    let isForced: Bool
    let errorSummary: ErrorSummary?
    /// What is wrong with each field, absent when nothing is.
    let currentError: String?
    let newError: String?
    let confirmError: String?
}
