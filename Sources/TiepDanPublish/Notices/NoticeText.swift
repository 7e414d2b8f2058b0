/// What a notice template (`templates/notices/<kind>.<channel>.mustache`) may say. A field that does not apply is nil,
/// so a template's `{{#reason}}…{{/reason}}` shows only what there is.
public struct NoticeText: Sendable {
    /// The citizen's name, as they gave it.
    public var name: String
    /// The booking's or question's reference.
    public var reference: String
    /// The session's title, its time ("08:00 ngày 12/03/2026"), its place.
    public var session: String?
    public var time: String?
    public var place: String?
    /// Before a postponement, when it was to be.
    public var previousTime: String?
    /// Why, as staff recorded it.
    public var reason: String?
    /// Where the citizen follows it: the booking's or question's page (with its token on the first notice), else the
    /// page that finds it again by reference and phone.
    public var link: String
    /// The page that finds a booking or question again by its reference and the phone or e-mail given: short enough
    /// for a text message, where a link with the token is not.
    public var lookup: String
    /// The message's way out (`/n/{reference}/{proof}`): a page that stops the messages, and finds the case again.
    public var optOut: String
    /// The online meeting's link, for a booking that attends online.
    public var joinLink: String?
    /// The organisation that answers a question, and when by.
    public var organisation: String?
    public var due: String?
    /// What the office asks the sender to clarify.
    public var note: String?

    /// Creates the text's fields.
    public init(
        name: String,
        reference: String,
        session: String? = nil,
        time: String? = nil,
        place: String? = nil,
        previousTime: String? = nil,
        reason: String? = nil,
        link: String,
        lookup: String,
        optOut: String,
        joinLink: String? = nil,
        organisation: String? = nil,
        due: String? = nil,
        note: String? = nil
    ) {
        self.name = name
        self.reference = reference
        self.session = session
        self.time = time
        self.place = place
        self.previousTime = previousTime
        self.reason = reason
        self.link = link
        self.lookup = lookup
        self.optOut = optOut
        self.joinLink = joinLink
        self.organisation = organisation
        self.due = due
        self.note = note
    }

    /// The same fields for a text message: unaccented (one segment is 160 such characters, where Unicode is 70), free
    /// text cut short so the template stays within one segment (`templates check` renders each with the longest).
    public var forSMS: NoticeText {
        func cut(_ text: String?, _ limit: Int) -> String? {
            text.map { value in
                let plain = SMSText.unaccented(value)
                return plain.count <= limit ? plain : String(plain.prefix(limit - 1)) + "."
            }
        }
        var short = self
        short.name = cut(name, 20) ?? ""
        short.session = cut(session, 24)
        // "08:00 12/03/2026": the day needs no word in a text message.
        short.time = cut(time?.replacingOccurrences(of: " ngày ", with: " "), 24)
        short.place = cut(place, 24)
        short.previousTime = cut(previousTime?.replacingOccurrences(of: " ngày ", with: " "), 24)
        short.reason = cut(reason, 20)
        short.organisation = cut(organisation, 28)
        short.due = cut(due, 10)
        short.note = cut(note, 24)
        return short
    }

    /// The fields as a Zalo template takes them (ZNS parameters: a name at most 30 characters, other text at most 200),
    /// accented; the link is the short one to the lookup page, as in a text message.
    public var templateData: [String: String] {
        let fields: [(String, String?, Int)] = [
            ("name", name, 30), ("reference", reference, 30), ("session", session, 200), ("time", time, 30),
            ("place", place, 200), ("previous_time", previousTime, 30), ("reason", reason, 200), ("link", lookup, 200), ("opt_out", optOut, 200),
            ("organisation", organisation, 200), ("due", due, 30), ("note", note, 200),
        ]
        var data: [String: String] = [:]
        for (key, value, limit) in fields {
            if let value, !value.isEmpty { data[key] = String(value.prefix(limit)) }
        }
        return data
    }
}
