/// The privacy notice and the consent wording citizens are shown, as one version: each consent records the version it
/// was given under, so an office can show what a citizen agreed to. Change the version whenever the notice
/// (`templates/web/privacy.mustache`) or a consent's wording (`consent_*` in `templates/web/i18n/`) changes;
/// `PrivacyNoticeTests` fails until it is.
public enum PrivacyNotice {
    /// The version in force.
    public static let version = "2026-12-01"
}
