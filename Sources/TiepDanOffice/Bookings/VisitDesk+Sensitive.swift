public import Foundation
public import TiepDanCore
public import TiepDanStore

/// A visit flagged sensitive: what the citizen brought sealed like a denouncer's identity, read only by the
/// organisation's leaders (who received the citizen) and system administrators, each look audited.
extension VisitDesk {
    /// The sealed subject, summary and outcome detail.
    public struct SensitiveContent: Codable, Sendable, Equatable {
        public let subject: String
        public let summary: String
        public let outcomeDetail: String?
    }

    /// Flags the visit sensitive (its organisation's secretariat or leaders).
    public func markSensitive(_ reference: String, staff: StaffUser) async throws -> BookingRecord {
        let booking = try await booking(reference, requiring: [.secretariat, .leader], staff: staff)
        let content = SensitiveContent(subject: booking.subject, summary: booking.summary, outcomeDetail: booking.outcomeDetail)
        let sealed = try seal.seal(bytes: try JSONEncoder().encode(content))
        do {
            return try await bookings.sealSensitive(reference, sealed: sealed, actor: staff.id, now: now())
        } catch VisitError.notAllowed(let why) {
            throw OfficeError.conflict(why)
        }
    }

    /// The sealed content, for the organisation's leaders and system administrators; the look is audited.
    public func sensitiveContent(_ reference: String, staff: StaffUser) async throws -> SensitiveContent {
        let booking = try await self.booking(reference, staff: staff)
        guard let session = try await schedules.session(id: booking.sessionID) else { throw OfficeError.notFound("no booking \(reference)") }
        guard staff.isSystemAdmin || staff.hasAnyRole([.leader], in: session.organisationID) else {
            throw OfficeError.forbidden("a sensitive visit is for the organisation's leaders only")
        }
        guard let sealed = try await bookings.sensitiveText(reference, viewer: staff.id, now: now()) else {
            throw OfficeError.conflict("booking \(reference) is not sealed as sensitive")
        }
        return try JSONDecoder().decode(SensitiveContent.self, from: try seal.open(bytes: sealed))
    }
}
