public import Foundation
public import TiepDanCore
public import TiepDanStore

/// A citizen who lost the link to a booking or question finds it again with its reference and the phone number or
/// e-mail address they gave. A match issues a new link (the old one ends); a wrong reference and a wrong contact get
/// the same answer after the same reads, so the lookup never tells whether a reference exists.
public struct CitizenLookup: Sendable {
    let bookings: BookingRepository
    let questions: QuestionRepository
    let tokens: AccessTokens
    let seal: IdentitySeal
    let now: @Sendable () -> Date

    /// A lookup over the bookings and questions; `seal` opens a denouncer's identity to compare it, never to show it.
    public init(
        bookings: BookingRepository,
        questions: QuestionRepository,
        tokens: AccessTokens,
        seal: IdentitySeal,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.bookings = bookings
        self.questions = questions
        self.tokens = tokens
        self.seal = seal
        self.now = now
    }

    /// The page and new token of the booking or question `reference`, when `contact` is the phone number or e-mail
    /// address given with it; nil otherwise, whichever was wrong.
    public func reopen(reference: String, contact: String) async throws -> (path: String, token: String)? {
        let reference = reference.trimmingCharacters(in: .whitespaces).uppercased()
        let phone = PhoneNumber.normalized(contact)
        let email = contact.contains("@") ? contact.trimmingCharacters(in: .whitespaces).lowercased() : nil
        // Both are read whatever the reference looks like, so a miss costs what a hit costs.
        let booking = try await bookings.find(reference: reference, tokenHash: nil)
        let citizen = try await questions.contactForMatching(reference: reference)
        let given: (phone: String?, email: String?)?
        if let booking {
            given = (booking.phone, booking.email)
        } else if let citizen {
            let identity = try citizen.sealed.map { try seal.open($0) }
            given = (identity?.phone ?? citizen.phone, identity?.email ?? citizen.email)
        } else {
            given = nil
        }
        let phoneMatches = phone != nil && given?.phone.flatMap(PhoneNumber.normalized) == phone
        let emailMatches = email != nil && given?.email?.lowercased() == email
        guard phoneMatches || emailMatches else { return nil }
        let kind: AccessTokens.Kind = booking != nil ? .booking : .question
        let token = SessionToken.generate()
        guard try await tokens.replace(kind, reference: reference, tokenHash: SessionToken.hash(token), now: now()) else { return nil }
        return ("/\(kind == .booking ? "bookings" : "questions")/\(reference)", token)
    }
}
