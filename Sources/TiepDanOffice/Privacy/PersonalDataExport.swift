public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Everything an office holds about one person, as the person gets it (JSON, or printed): their bookings, their
/// questions with their history and consents; nothing of anyone else (not the names of a group's representatives,
/// not the staff who acted, not the answer to someone else's question theirs was merged into).
public struct PersonalDataExport: Encodable, Sendable {
    /// What the person gave on one booking or question.
    public struct Details: Encodable, Sendable {
        public let name, phone, email, address, idType, idNumber: String?
    }

    /// One booking.
    public struct Booking: Encodable, Sendable {
        public let reference, sessionId, status, subject, summary, createdAt: String
        public let groupSize, representatives: Int
        public let checkedInAt, outcome, category: String?
        public let person: Details
    }

    /// One step of a question's history; a note only where the person wrote it.
    public struct Step: Encodable, Sendable {
        public let at, action, status: String
        public let note: String?
    }

    /// One consent.
    public struct Consent: Encodable, Sendable {
        public let purpose, textVersion, channel, givenAt: String
        public let withdrawnAt: String?
    }

    /// One question.
    public struct Question: Encodable, Sendable {
        public let reference, category, subject, text, status, createdAt: String
        public let answer: String?
        public let person: Details
        public let history: [Step]
        public let consents: [Consent]
    }

    public let request: String
    public let organisationId: String
    public let generatedAt: String
    public let bookings: [Booking]
    public let questions: [Question]
}
