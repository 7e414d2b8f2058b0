import TiepDanOffice

/// The staff sign-in form, with an error summary naming each wrong field.
struct LoginPage: PageContent {
    let username: String
    let errorSummary: ErrorSummary?
    /// What is wrong with the user name, absent when nothing is.
    let usernameError: String?
    /// What is wrong with the password, absent when nothing is.
    let passwordError: String?
    /// Set when the account needs its authenticator app's code.
    let codeError: String?
}
