public import TiepDanCore

/// How one person is recognised across their bookings and questions at an office: the phone (normalised), the
/// identity paper's number, the e-mail (case folded). Any one in common is the same person.
public struct PersonKey: Sendable, Equatable {
    public var phone: String?
    public var idNumber: String?
    public var email: String?

    /// The key of a citizen who gave these details.
    public init(phone: String?, idNumber: String?, email: String?) {
        self.phone = phone.flatMap(PhoneNumber.normalized)
        self.idNumber = idNumber.map { $0.filter(\.isNumber) }.flatMap { $0.isEmpty ? nil : $0 }
        self.email = email?.lowercased()
    }

    /// Whether details given elsewhere are this person's.
    public func matches(_ other: PersonKey) -> Bool {
        (phone != nil && phone == other.phone) || (idNumber != nil && idNumber == other.idNumber) || (email != nil && email == other.email)
    }

    /// Nothing to recognise the person by.
    public var isEmpty: Bool { phone == nil && idNumber == nil && email == nil }
}
