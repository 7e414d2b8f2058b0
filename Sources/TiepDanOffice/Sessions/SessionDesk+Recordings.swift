public import Foundation
public import TiepDanCore

/// The recordings of a session: registered by its organisation's secretariat with the SHA-256 of each file, listed
/// in the minutes, and checked against a copy by `tiepdan recordings verify`.
extension SessionDesk {
    /// Registers a recording on session `id`, naming every field that is not acceptable.
    public func registerRecording(_ id: String, _ request: RecordingRequest, staff: StaffUser) async throws -> SessionRecording {
        let session = try await requireSecretariat(of: id, staff)
        var issues: [FieldIssue] = []
        let uri = request.uri.trimmed
        if !(3...1000).contains(uri.count) { issues.append(FieldIssue(field: "uri", message: "where the file is kept (3 to 1,000 characters)")) }
        let digest = SessionRecording.digest(request.sha256)
        if digest == nil { issues.append(FieldIssue(field: "sha256", message: "must be the file's SHA-256 as 64 hex digits")) }
        let started = try? Date(request.startedAt, strategy: .iso8601)
        if started == nil { issues.append(FieldIssue(field: "started_at", message: "must be a time like 2026-03-05T07:35:00+07:00")) }
        if let issue = BoundedNumber.recordingSeconds.issue(request.durationSeconds) { issues.append(issue) }
        guard issues.isEmpty, let digest, let started else { throw OfficeError.invalid(issues) }
        guard
            let recording = try await schedules.addRecording(
                sessionID: session.id,
                uri: uri,
                sha256: digest,
                startedAt: started,
                durationSeconds: request.durationSeconds,
                actor: staff.id,
                now: now()
            )
        else { throw OfficeError.notFound("no session \(id)") }
        return recording
    }

    /// The recordings of session `id`, for its organisation's secretariat.
    public func recordings(_ id: String, staff: StaffUser) async throws -> [SessionRecording] {
        try await schedules.recordings(sessionID: try await requireSecretariat(of: id, staff).id)
    }
}
