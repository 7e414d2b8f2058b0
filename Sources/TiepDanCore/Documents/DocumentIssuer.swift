/// The body that issues a document, as Decree 30/2020 writes it: its name in capitals at the
/// top left, its abbreviation after the document kind in the number ("Số: 12/BB-UBND"), and
/// its locality in the place-and-date line.
public struct DocumentIssuer: Sendable, Codable, Equatable {
    /// The issuing body's name, one line per element, in capitals ("ỦY BAN NHÂN DÂN", "XÃ LAI VUNG").
    public var lines: [String]
    /// The abbreviation of the body ("UBND").
    public var abbreviation: String
    /// The locality for the place-and-date line ("Lai Vung").
    public var place: String

    /// Creates an issuer from its parts.
    public init(lines: [String], abbreviation: String, place: String) {
        self.lines = lines
        self.abbreviation = abbreviation
        self.place = place
    }

    /// Bodies the schedule files name, with the abbreviation official documents use for them.
    static let bodies: [(name: String, abbreviation: String)] = [
        ("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"), ("Ban Tiếp công dân", "BTCD"),
        ("Đảng ủy", "ĐU"), ("Thanh tra", "TTr"),
    ]
    /// Words that introduce a locality in a body's name.
    static let localityWords = ["thành phố", "thị trấn", "thị xã", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường"]

    /// The issuer for an organisation, derived from its full name ("Ủy ban nhân dân xã Lai Vung").
    public init(organisationName name: String) {
        let body = Self.bodies.first { name.lowercased().hasPrefix($0.name.lowercased()) }
        let bodyName = body.map { String(name.prefix($0.name.count)) } ?? name
        let locality = body.map { String(name.dropFirst($0.name.count)).trimmingCharacters(in: .whitespaces) } ?? ""
        var place = locality
        for word in Self.localityWords where locality.lowercased().hasPrefix(word + " ") {
            place = String(locality.dropFirst(word.count + 1))
            break
        }
        self.lines = [bodyName.uppercased(), locality.uppercased()].filter { !$0.isEmpty }
        self.abbreviation = body?.abbreviation ?? Self.initials(of: name)
        self.place = place.isEmpty ? name : place
    }

    /// "Ban Dân vận" → "BDV": the first letters of the words, for bodies the table does not know.
    static func initials(of name: String) -> String {
        name.split(separator: " ").compactMap { $0.first.map { String($0).uppercased() } }.joined()
    }
}
