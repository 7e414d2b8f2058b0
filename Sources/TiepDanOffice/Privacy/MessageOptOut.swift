public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The way out of messages that every notice carries: `/n/{reference}/{proof}`, the proof a keyed digest of the
/// reference (`IdentitySeal.digest`). It needs no token, so it fits a text message and still works after the citizen
/// looked the case up again, and no one can make it for another's booking or question. Stopping is withdrawing the
/// consent to messages (`ConsentPurpose.messages`); the office's own changes to an appointment are still told
/// (`MessagingRule`).
public struct MessageOptOut: Sendable {
    /// What the link's page shows: whose case it is, by reference only, and whether messages still go.
    public struct Standing: Sendable {
        public let reference: String
        /// A booking, else a question.
        public let isBooking: Bool
        /// The consent to messages in force, or when it was withdrawn; nil when none was ever given.
        public let consent: ConsentRecord?
    }

    let seal: IdentitySeal
    let bookings: BookingRepository
    let questions: QuestionRepository
    let consents: ConsentRepository
    let now: @Sendable () -> Date

    /// The opt-out of the bookings and questions in `store`, its links proved with `seal`'s key.
    public init(seal: IdentitySeal, store: any Store, now: @escaping @Sendable () -> Date = Date.init) {
        self.seal = seal
        bookings = BookingRepository(store: store)
        questions = QuestionRepository(store: store)
        consents = ConsentRepository(store: store)
        self.now = now
    }

    /// Forty bits (eight letters, `LinkProof`): past guessing through a rate-limited page, short enough for a text
    /// message.
    public static func proof(of reference: String, seal: IdentitySeal) -> String {
        LinkProof.make("message opt-out", reference, seal: seal, letters: 8)
    }

    /// The booking or question the link names, when its proof is right; not found otherwise, alike for a wrong proof
    /// and an unknown reference.
    public func standing(_ reference: String, proof: String) async throws -> Standing {
        guard LinkProof.accepts(proof, expected: Self.proof(of: reference, seal: seal)) else {
            throw OfficeError.notFound("no such link")
        }
        let subject: ConsentSubject
        if try await bookings.find(reference: reference, tokenHash: nil) != nil {
            subject = .booking(reference)
        } else if try await questions.find(reference: reference) != nil {
            subject = .question(reference)
        } else {
            throw OfficeError.notFound("no such link")
        }
        let messages = try await consents.consents(subject).filter { $0.purpose == .messages }
        return Standing(
            reference: reference,
            isBooking: { if case .booking = subject { true } else { false } }(),
            consent: messages.first(where: \.inForce) ?? messages.last
        )
    }

    /// Stops the messages the link's case would get with consent; a second tap changes nothing.
    public func stop(_ reference: String, proof: String) async throws -> Standing {
        let standing = try await standing(reference, proof: proof)
        guard standing.consent?.inForce == true else { return standing }
        do {
            _ = try await consents.withdraw(
                .messages,
                from: standing.isBooking ? .booking(reference) : .question(reference),
                channel: "link",
                by: "citizen",
                now: now()
            )
        } catch QuestionError.notFound {
            // Withdrawn by another tap in between: what was asked is done.
        }
        return try await self.standing(reference, proof: proof)
    }
}
