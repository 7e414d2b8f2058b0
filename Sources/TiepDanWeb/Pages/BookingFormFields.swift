import TiepDanOffice

/// The fields of the citizen booking pages. Between the steps they travel as hidden fields, so
/// the flow keeps no state on the server and survives a dropped connection or a back button.
struct BookingFormFields: Decodable, Sendable {
    var session: String?
    var slot: String?
    var waitlist: String?
    var name: String?
    var phone: String?
    var email: String?
    var idNumber: String?
    var address: String?
    var subject: String?
    var summary: String?
    var groupSize: String?
    var representatives: String?
    /// `in_person` or `online`, for a hybrid session.
    var attend: String?
    /// `1` when the citizen ticked the consent to be messaged.
    var messagesConsent: String?
    /// `zalo`, `sms` or `email` (`ReplyChannel`).
    var replyChannel: String?

    enum CodingKeys: String, CodingKey {
        case session, slot, waitlist, name, phone, email, address, subject, summary, representatives, attend
        case messagesConsent = "messages_consent"
        case replyChannel = "reply_channel"
        case idNumber = "id_number"
        case groupSize = "group_size"
    }

    /// The form fields in order, as name and value pairs for hidden inputs.
    var pairs: [(String, String)] {
        [
            ("session", session), ("slot", slot), ("waitlist", waitlist), ("name", name), ("phone", phone), ("email", email),
            ("id_number", idNumber), ("address", address), ("subject", subject), ("summary", summary), ("group_size", groupSize),
            ("representatives", representatives), ("attend", attend), ("messages_consent", messagesConsent), ("reply_channel", replyChannel),
        ].map { ($0.0, $0.1 ?? "") }
    }

    /// `citizen.phone` → `phone`: the API's field path as the form's input name.
    static func formField(_ path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        return last == "slot_id" ? "slot" : last
    }

    /// Every field, to carry to the next step as hidden inputs.
    var hidden: [HiddenField] {
        pairs.map { HiddenField(name: $0.0, value: $0.1) }
    }

    /// The representatives, one per line.
    var representativeList: [String] {
        (representatives ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The API body the fields describe; an unreadable group size becomes 0, which the
    /// validation names.
    var body: BookingRequest {
        func text(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        let size = (groupSize ?? "").trimmingCharacters(in: .whitespaces)
        return BookingRequest(
            sessionId: session ?? "",
            slotId: text(slot),
            citizen: .init(name: name ?? "", phone: text(phone), email: text(email), idNumber: text(idNumber), address: text(address)),
            subject: subject ?? "",
            summary: text(summary),
            groupSize: size.isEmpty ? 1 : Int(size) ?? 0,
            representatives: representativeList,
            waitlist: waitlist == "1",
            channel: nil,
            attend: text(attend),
            messagesConsent: messagesConsent == "1",
            replyChannel: text(replyChannel)
        )
    }
}
