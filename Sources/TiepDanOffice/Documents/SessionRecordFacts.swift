public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Everything tiepdan holds about one session, read once, from which its documents are drafted.
public struct SessionRecordFacts: Sendable {
    public let session: ScheduledSession
    public let organisation: Organisation
    public let zone: TimeZone
    /// The leaders who received (as recorded, else as planned), as people.
    public let receivers: [DocumentPerson]
    public let attendance: Int
    /// The citizens checked in, in the order they came.
    public let visits: [BookingRecord]
    /// Questions collected for the session (not rejected or merged), by reference.
    public let questions: [QuestionRecord]
    public let commitments: [CommitmentRecord]
    /// Department and leader names by global id.
    public let names: [String: String]
    /// The recordings registered on the session, in order.
    public let recordings: [SessionRecording]

    public var day: CivilDate { ZoneClock(zone).day(of: session.startsAt) }

    public func clock(_ instant: Date) -> String {
        DocumentDate.time(minutes: ZoneClock(zone).minutes(of: instant))
    }

    public static func read(
        _ session: ScheduledSession,
        schedules: ScheduleRepository,
        bookings: BookingRepository,
        questions: QuestionRepository,
        commitments: CommitmentRepository
    ) async throws -> SessionRecordFacts {
        guard let organisation = try await schedules.organisation(id: session.organisationID) else {
            throw OfficeError.notFound("no organisation \(session.organisationID)")
        }
        let zone = organisation.zone
        let held = try await schedules.heldRecord(sessionID: session.id)
        var names: [String: String] = [:]
        for department in try await schedules.departments(organisationID: organisation.id) { names[department.id] = department.name }
        var receivers: [DocumentPerson] = []
        for id in held?.receivedBy ?? session.leaderIDs {
            guard let leader = try await schedules.leader(id: id) else { continue }
            receivers.append(DocumentPerson(name: leader.name, title: leader.title))
            names[id] = "\(leader.title) \(leader.name)"
        }
        let seen = try await bookings.bookings(session: session.id).filter { $0.checkedInAt != nil }
            .sorted { ($0.checkedInAt ?? .distantPast, $0.reference) < ($1.checkedInAt ?? .distantPast, $1.reference) }
        var filter = QuestionFilter()
        filter.sessionID = session.id
        filter.limit = 10_000
        let collected = try await questions.list(filter).filter { $0.status != .rejected && $0.status != .merged }
        let made = try await commitments.list(sessionID: session.id)
        for commitment in made where names[commitment.ownerID] == nil {
            names[commitment.ownerID] = try await schedules.leader(id: commitment.ownerID).map { "\($0.title) \($0.name)" }
        }
        return SessionRecordFacts(
            session: session,
            organisation: organisation,
            zone: zone,
            receivers: receivers,
            attendance: held?.attendance ?? seen.reduce(0) { $0 + $1.groupSize },
            visits: seen,
            questions: collected,
            commitments: made,
            names: names,
            recordings: try await schedules.recordings(sessionID: session.id)
        )
    }
}
