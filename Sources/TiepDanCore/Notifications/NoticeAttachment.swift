/// A text file attached to a notice.
public struct NoticeAttachment: Sendable, Equatable {
    /// The file name the recipient sees, such as `TD-2026-000123.ics`.
    public var filename: String
    /// The media type, such as `text/calendar; method=PUBLISH`.
    public var mediaType: String
    public var content: String

    /// Creates an attachment.
    public init(filename: String, mediaType: String, content: String) {
        self.filename = filename
        self.mediaType = mediaType
        self.content = content
    }
}
