/// The kinds of records whose personal data is kept only for a period (`schedules/legal/retention.yaml`).
public enum RetentionKind: String, Sendable, CaseIterable {
    /// A booking whose citizen never came.
    case bookingNotAttended = "booking_not_attended"
    /// A question, feedback, petition or information, answered or otherwise ended.
    case closedCase = "closed_case"
    /// A complaint or denunciation resolved or otherwise ended.
    case closedComplaint = "closed_complaint"
    /// The register of citizens received (Form 03), and the visits in it.
    case register
    /// A recording of an online reception.
    case recording
    /// A satisfaction survey's answer.
    case surveyAnswer = "survey_answer"
    /// A notice sent by Zalo, SMS or e-mail.
    case notice
    /// The server's logs.
    case log
}
