public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The session day, shared by the API and the day list: a citizen checked in, the outcome of each visit.
public struct VisitDesk: Sendable {
    public let bookings: BookingRepository
    let now: @Sendable () -> Date

    /// A desk over the bookings of the day.
    public init(bookings: BookingRepository, now: @escaping @Sendable () -> Date = Date.init) {
        self.bookings = bookings
        self.now = now
    }

    /// The booking, or 404.
    public func booking(_ reference: String) async throws -> BookingRecord {
        guard let record = try await bookings.find(reference: reference, tokenHash: nil) else {
            throw OfficeError.notFound("no booking \(reference)")
        }
        return record
    }

    /// The citizen has come (the secretariat, on the session's day).
    public func checkIn(_ reference: String, staff: StaffUser) async throws -> BookingRecord {
        guard staff.hasAnyRole([.secretariat]) else { throw OfficeError.forbidden("this needs the role secretariat") }
        return try await bookings.checkIn(reference: reference, actor: staff.id, now: now())
    }

    /// Records what happened at the visit (the secretariat or a leader), every unacceptable field named at once.
    public func record(_ reference: String, _ report: VisitReport, staff: StaffUser) async throws -> BookingRecord {
        guard staff.hasAnyRole([.secretariat, .leader]) else { throw OfficeError.forbidden("this needs the role secretariat or leader") }
        return try await bookings.recordOutcome(reference: reference, try Self.checked(report), actor: staff.id, now: now())
    }

    /// The outcome the report describes, or every field that is not acceptable.
    static func checked(_ body: VisitReport) throws -> VisitRecord {
        var errors: [FieldIssue] = []
        let outcome = VisitOutcome(rawValue: body.outcome)
        if outcome == nil { errors.append(.init(field: "outcome", message: "must be accepted, guided, transferred or refused")) }
        let category = CaseCategory(rawValue: body.category)
        if category == nil { errors.append(.init(field: "category", message: "must be question, feedback, petition, complaint or denunciation")) }
        let detail = body.detail?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if let outcome, outcome.needsDetail, detail == nil {
            let need = outcome == .refused ? "the reason reception was refused" : outcome == .guided ? "the guidance given" : "the body it went to"
            errors.append(.init(field: "detail", message: "record \(need)"))
        }
        if let detail, detail.count > 2000 { errors.append(.init(field: "detail", message: "at most 2,000 characters")) }
        let handledBefore = body.handledBefore?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if let handledBefore, handledBefore.count > 300 { errors.append(.init(field: "handled_before", message: "at most 300 characters")) }
        guard errors.isEmpty, let outcome, let category else { throw OfficeError.invalid(errors) }
        return VisitRecord(outcome: outcome, detail: detail, category: category, handledBefore: handledBefore)
    }
}
