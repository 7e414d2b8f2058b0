/// A bulletin of answered questions (bản tin giải đáp), immutable once published: no personal
/// data, every question's text masked as public pages mask it.
public struct BulletinDocument: Sendable, Codable, Equatable {
    /// The heading.
    public var heading: DocumentHeading
    /// The bulletin's id ("BT-2026-000003").
    public var id: String
    /// Its title.
    public var title: String
    /// "ngày 28 tháng 11 năm 2026".
    public var publishedOn: String
    /// The answered questions.
    public var items: [MinutesQuestion]
    /// The bulletin this one corrects, if any.
    public var replaces: BulletinLink?
    /// The bulletin that corrects this one, when there is one (shown, never stored in it).
    public var correctedBy: BulletinLink?

    /// Creates a bulletin.
    public init(
        heading: DocumentHeading,
        id: String,
        title: String,
        publishedOn: String,
        items: [MinutesQuestion],
        replaces: BulletinLink?,
        correctedBy: BulletinLink?
    ) {
        self.heading = heading
        self.id = id
        self.title = title
        self.publishedOn = publishedOn
        self.items = items
        self.replaces = replaces
        self.correctedBy = correctedBy
    }
}
