/// The printed rundown of a radio programme or dialogue: each question's segment with its start and
/// length, the reserve for call-ins, and the questions left for written answers, each with the reason.
public struct RundownDocument: Sendable, Equatable {
    /// One question on air.
    public struct Segment: Sendable, Equatable {
        public var number: Int
        public var starts: String
        public var length: String
        public var reference: String
        public var topic: String
        public var subject: String
        public var reason: String

        /// Creates a segment.
        public init(number: Int, starts: String, length: String, reference: String, topic: String, subject: String, reason: String) {
            self.number = number
            self.starts = starts
            self.length = length
            self.reference = reference
            self.topic = topic
            self.subject = subject
            self.reason = reason
        }
    }

    /// A question not taken on air.
    public struct LeftOut: Sendable, Equatable {
        public var reference: String
        public var subject: String
        public var reason: String

        /// Creates an entry.
        public init(reference: String, subject: String, reason: String) {
            self.reference = reference
            self.subject = subject
            self.reason = reason
        }
    }

    public var title: String
    public var location: String
    /// "05/03/2026".
    public var date: String
    public var starts: String
    public var ends: String
    public var segments: [Segment]
    public var reserveStarts: String
    public var reserveLength: String
    public var leftOut: [LeftOut]

    /// Creates a rundown.
    public init(
        title: String,
        location: String,
        date: String,
        starts: String,
        ends: String,
        segments: [Segment],
        reserveStarts: String,
        reserveLength: String,
        leftOut: [LeftOut]
    ) {
        self.title = title
        self.location = location
        self.date = date
        self.starts = starts
        self.ends = ends
        self.segments = segments
        self.reserveStarts = reserveStarts
        self.reserveLength = reserveLength
        self.leftOut = leftOut
    }
}
