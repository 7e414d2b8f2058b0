import TiepDanOffice

/// The page where staff look after their own account: the password, the second factor, other sessions. While
/// the account must change its password (`isForced`) or enrol an app (`mustEnrol`), nothing else opens.
struct OwnAccountPage: PageContent {
    /// An authenticator app being enrolled: what to scan or type, and the confirmation form.
    struct Enrolment: Sendable {
        /// The `otpauth://` address as a QR code, an SVG drawn by the server.
        let qrCode: String
        /// The secret in groups of four, for typing in by hand.
        let secret: String
        let uri: String
        let codeError: String?
    }

    let name: String
    let username: String
    let isForced: Bool
    let mustEnrol: Bool
    let errorSummary: ErrorSummary?
    /// What is wrong with each password field, absent when nothing is.
    let currentError: String?
    let newError: String?
    let confirmError: String?
    /// Whether sign-in asks for the app's code.
    let secondFactorOn: Bool
    /// An organisation of the account requires the app: it can be replaced, not removed.
    let secondFactorRequired: Bool
    let enrolment: Enrolment?
    /// Shown once, right after the app is confirmed.
    let recoveryCodes: [String]
    let hasRecoveryCodes: Bool
    let removeError: String?
}
