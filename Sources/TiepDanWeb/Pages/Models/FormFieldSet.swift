import TiepDanOffice

/// One value for each field of the citizens' forms (booking and question), by the forms' input names:
/// a message for each wrong field, or a mark on the field to focus.
struct FormFieldSet<Value: Sendable>: Sendable {
    var organisation: Value?
    var session: Value?
    var category: Value?
    var name: Value?
    var phone: Value?
    var email: Value?
    var idNumber: Value?
    var address: Value?
    var subject: Value?
    var summary: Value?
    var text: Value?
    var groupSize: Value?
    var representatives: Value?
    var attend: Value?
    var idType: Value?
    var messagesConsent: Value?
    var replyChannel: Value?

    /// Sets the value of the field the form names `field` (`id_number`, `group_size`, ...); other names are ignored.
    mutating func set(_ field: String, _ value: Value) {
        switch field {
        case "organisation": organisation = value
        case "session": session = value
        case "category": category = value
        case "name": name = value
        case "phone": phone = value
        case "email": email = value
        case "id_number": idNumber = value
        case "address": address = value
        case "subject": subject = value
        case "summary": summary = value
        case "text": text = value
        case "group_size": groupSize = value
        case "representatives": representatives = value
        case "attend": attend = value
        case "id_type": idType = value
        case "messages_consent": messagesConsent = value
        case "reply_channel": replyChannel = value
        default: break
        }
    }
}

extension FormFieldSet where Value == String {
    /// Each wrong field once, in order, with the message `word` gives it, and the summary that links to them.
    static func messages(for fields: [String], _ word: (String) -> String) -> (messages: FormFieldSet<String>, summary: [FieldIssue]) {
        var messages = FormFieldSet<String>()
        var summary: [FieldIssue] = []
        for field in fields where !summary.contains(where: { $0.field == field }) {
            summary.append(FieldIssue(field: field, message: word(field)))
            messages.set(field, word(field))
        }
        return (messages, summary)
    }
}

extension FormFieldSet where Value == Bool {
    /// The mark on the one field a "change" link asks to focus, if any.
    static func focusing(_ field: String?) -> FormFieldSet<Bool> {
        var focus = FormFieldSet<Bool>()
        if let field { focus.set(field, true) }
        return focus
    }
}
