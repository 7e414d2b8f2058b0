public import TiepDanCore
public import TiepDanStore

/// The turns a complaint or denunciation may take under Law 136/2025/QH15: withdrawn in part or whole, paused and
/// resumed (the time paused not counted), suspended, continued after a missed dialogue, and clarification asked of the
/// citizen (the clock stopped until the answer). Each is recorded with its reason in the history the citizen sees.
extension QuestionDesk {
    /// The citizen withdrew `all` of the case (it ends) or a `part`, with what `remaining` is still to be handled.
    public func withdraw(
        _ record: QuestionRecord,
        scope: String,
        remaining: String?,
        reason: String,
        staff: StaffUser
    ) async throws
        -> QuestionRecord
    {
        try requireRole(staff, .secretariat, record)
        let reason = try Self.text(reason, field: "reason", "record why the citizen withdraws")
        switch scope {
        case "all":
            return try await act(.withdraw, record, QuestionChange(note: reason), staff)
        case "part":
            let remaining = try Self.text(remaining ?? "", field: "remaining", "say what remains to be handled")
            return try await act(.withdrawPart, record, QuestionChange(note: "\(reason). Phần còn lại: \(remaining)"), staff)
        default:
            throw OfficeError.invalid(field: "scope", "must be part or all")
        }
    }

    /// Suspends handling by a decision with its reason and legal basis: `temporary` stops the clock until `resume`;
    /// otherwise handling ends.
    public func suspend(
        _ record: QuestionRecord,
        temporary: Bool,
        reason: String,
        basis: String,
        staff: StaffUser
    ) async throws
        -> QuestionRecord
    {
        try requireRole(staff, .secretariat, record)
        let note =
            try Self.text(reason, field: "reason", "state the reason") + " (căn cứ: "
            + (try Self.text(basis, field: "basis", "state the legal basis")) + ")"
        return temporary
            ? try await act(.pause, record, try await clock.stopping(record, note: note), staff)
            : try await act(.suspend, record, QuestionChange(note: note), staff)
    }

    /// Resumes a temporarily suspended case where it stood; every deadline moves by the days paused.
    public func resume(_ record: QuestionRecord, reason: String?, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .secretariat, record)
        let note = try reason?.nilIfEmpty.map { try Self.text($0, field: "reason", "state the reason") }
        return try await act(.resume, record, try await clock.restarting(record, note: note), staff)
    }

    /// Asks the citizen to clarify: the clock stops until the citizen answers (or staff record the answer).
    public func clarify(_ record: QuestionRecord, request: String, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .secretariat, record)
        let request = try Self.text(request, field: "request", "say what the citizen should clarify")
        return try await act(.clarify, record, try await clock.stopping(record, note: request), staff)
    }

    /// Records the citizen's clarification given at the desk, by post or by phone: the clock restarts.
    public func recordClarification(_ record: QuestionRecord, text: String, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .secretariat, record)
        let text = try Self.text(text, field: "text", "write the citizen's clarification", limit: 5000)
        return try await act(.clarified, record, try await clock.restarting(record, note: text), staff)
    }

    /// The complainant missed the dialogue without a valid reason: handling continues, and the record says why.
    public func continueAfterAbsence(_ record: QuestionRecord, reason: String, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .secretariat, record)
        return try await act(.continueHandling, record, QuestionChange(note: try Self.text(reason, field: "reason", "record the absence")), staff)
    }

    /// `text` trimmed, 3 to `limit` characters, or the problem naming `field`.
    static func text(_ text: String, field: String, _ hint: String, limit: Int = 2000) throws -> String {
        let trimmed = text.trimmed
        guard (3...limit).contains(trimmed.count) else { throw OfficeError.invalid(field: field, "\(hint) (3 to \(limit) characters)") }
        return trimmed
    }
}
