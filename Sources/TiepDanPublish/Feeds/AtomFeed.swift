import Foundation

/// An Atom (RFC 4287) feed of published bulletins, so newsrooms and commune loudspeaker staff
/// can follow them in any feed reader.
public struct AtomFeed: Sendable {
    /// One entry.
    public struct Entry: Sendable {
        /// The bulletin's id; the entry's Atom id is a URN of it, so moving the service to another address changes no entry.
        public var id: String
        /// Its title.
        public var title: String
        /// Absolute link to its page.
        public var link: String
        /// When it was published.
        public var published: Date
        /// A one-paragraph summary.
        public var summary: String

        /// Creates an entry.
        public init(id: String, title: String, link: String, published: Date, summary: String) {
            self.id = id
            self.title = title
            self.link = link
            self.published = published
            self.summary = summary
        }
    }

    /// The feed's title.
    public var title: String
    /// Absolute base URL of the service (`https://tiepdan.example.vn`).
    public var baseURL: String
    /// The entries, newest first.
    public var entries: [Entry]

    /// Creates a feed.
    public init(title: String, baseURL: String, entries: [Entry]) {
        self.title = title
        self.baseURL = baseURL
        self.entries = entries
    }

    /// The `application/atom+xml` document.
    public func render() -> String {
        let updated = entries.map(\.published).max() ?? Date(timeIntervalSince1970: 0)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
            <title>\(Self.escape(title))</title>
            <id>urn:tiepdan:bulletins</id>
            <link rel="self" type="application/atom+xml" href="\(Self.escape(baseURL))/bulletins.atom"/>
            <link rel="alternate" type="text/html" href="\(Self.escape(baseURL))/"/>
            <updated>\(Self.timestamp(updated))</updated>
            <author><name>\(Self.escape(title))</name></author>
            <generator>tiepdan</generator>

            """
        for entry in entries {
            xml += """
                <entry>
                <id>urn:tiepdan:bulletin:\(Self.escape(entry.id))</id>
                <title>\(Self.escape(entry.title))</title>
                <link rel="alternate" type="text/html" href="\(Self.escape(entry.link))"/>
                <published>\(Self.timestamp(entry.published))</published>
                <updated>\(Self.timestamp(entry.published))</updated>
                <summary>\(Self.escape(entry.summary))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func escape(_ text: String) -> String { MarkupText.escaped(text) }
}
