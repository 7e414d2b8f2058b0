import TiepDanOffice

/// The fields of the citizen's question form; between the steps they travel as hidden fields.
struct QuestionFormFields: Decodable, Sendable {
    var organisation: String?
    var session: String?
    var category: String?
    var subject: String?
    var text: String?
    var name: String?
    var phone: String?
    var email: String?
    var address: String?
    var idType: String?
    var idNumber: String?
    var publishConsent: String?
    var broadcastConsent: String?
    var messagesConsent: String?
    /// `zalo`, `sms` or `email` (`ReplyChannel`).
    var replyChannel: String?
    /// The honeypot: hidden from people, filled by robots.
    var website: String?

    enum CodingKeys: String, CodingKey {
        case organisation, session, category, subject, text, name, phone, email, address, website
        case publishConsent = "publish_consent"
        case broadcastConsent = "broadcast_consent"
        case messagesConsent = "messages_consent"
        case replyChannel = "reply_channel"
        case idType = "id_type"
        case idNumber = "id_number"
    }

    var pairs: [(String, String)] {
        [
            ("organisation", organisation), ("session", session), ("category", category), ("subject", subject), ("text", text),
            ("name", name), ("phone", phone), ("email", email), ("address", address), ("id_type", idType), ("id_number", idNumber),
            ("publish_consent", publishConsent), ("broadcast_consent", broadcastConsent), ("messages_consent", messagesConsent),
            ("reply_channel", replyChannel),
            ("website", website),
        ].map { ($0.0, $0.1 ?? "") }
    }

    /// The optional uses, each as the citizen left it (`PageRenderer` words `consent_<purpose>`).
    func consentChoices(_ word: (String) -> String) -> [ConsentChoice] {
        [("publish", publishConsent), ("broadcast", broadcastConsent), ("messages", messagesConsent)].map { purpose, value in
            ConsentChoice(
                field: purpose + "_consent",
                label: word("consent_" + purpose),
                shortLabel: word("consent_\(purpose)_short"),
                checked: value == "1"
            )
        }
    }

    /// Every field, to carry to the next step as hidden inputs.
    var hidden: [HiddenField] {
        pairs.map { HiddenField(name: $0.0, value: $0.1) }
    }

    /// The API body the fields describe.
    var body: QuestionSubmission {
        func text(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        return QuestionSubmission(
            organisationId: organisation ?? "",
            sessionId: text(session),
            category: category ?? "",
            subject: text(subject),
            text: self.text ?? "",
            citizen: .init(
                name: name ?? "",
                phone: text(phone),
                email: text(email),
                address: text(address),
                idType: text(idType),
                idNumber: text(idNumber)
            ),
            publishConsent: publishConsent == "1",
            broadcastConsent: broadcastConsent == "1",
            messagesConsent: messagesConsent == "1",
            replyChannel: text(replyChannel),
            channel: nil,
            website: text(website)
        )
    }
}
