import Foundation

extension DocumentPerson {
    /// A dotted line the official fills in by hand, as printed forms leave one.
    public static let blank = "………………………………"

    /// The staff member as a document names them: full name and title, never the login name; an account with no
    /// full name (one made before names were asked) leaves the line blank to be written by hand, and `title` stands in
    /// for a missing title.
    public init(staff: StaffUser, title fallbackTitle: String) {
        self.init(
            name: staff.fullName?.trimmingCharacters(in: .whitespaces).nilIfEmpty ?? Self.blank,
            title: staff.title?.trimmingCharacters(in: .whitespaces).nilIfEmpty ?? fallbackTitle
        )
    }
}
