public import TiepDanCore
public import TiepDanStore

extension BookingDesk {
    /// The reception sessions of an organisation a citizen may still book in the next 60 days (full ones
    /// included, for their waiting list), with the seats taken per slot id.
    public func bookableSessions(organisationID: String) async throws -> (sessions: [ScheduledSession], taken: [String: Int]) {
        let now = now()
        var query = SessionQuery(from: now.addingTimeInterval(closesBefore), to: now.addingTimeInterval(60 * 86_400))
        query.organisationID = organisationID
        query.kind = .reception
        query.limit = 100
        let sessions = try await schedules.sessions(query).filter { $0.status.isUpcoming }
        return (sessions, try await bookings.seatsTaken(sessions: sessions.map(\.id)))
    }

    /// The session, if it still takes bookings; else not found, or a conflict saying it no longer does.
    public func bookableSession(_ id: String?) async throws -> ScheduledSession {
        guard let id, !id.isEmpty, let session = try await schedules.session(id: id) else { throw OfficeError.notFound("no such session") }
        guard session.takesBookings(at: now(), closesBefore: closesBefore) else {
            throw OfficeError.conflict("this session no longer takes bookings")
        }
        return session
    }
}

extension BookingDesk {
    /// A session's day list, for staff who may read its organisation: the session and every booking for it, in
    /// the order citizens are received.
    public func dayList(_ sessionID: String, staff: StaffUser) async throws -> (session: ScheduledSession, bookings: [BookingRecord]) {
        guard let session = try await schedules.session(id: sessionID) else { throw OfficeError.notFound("no session \(sessionID)") }
        try OrganisationScope.requireRead(session.organisationID, staff: staff, what: "session \(sessionID)")
        return (session, try await bookings.bookings(session: sessionID))
    }
}
