public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Questions as they come in, from citizens on the web and from the secretariat for those that came by
/// phone, mailbox, Facebook, Zalo or in person: checked, given their legal due date, denouncers sealed.
public struct QuestionIntake: Sendable {
    let schedules: ScheduleRepository
    let holidays: HolidayCalendar
    let deadlines: DeadlineRules
    let seal: IdentitySeal
    let now: @Sendable () -> Date

    /// An intake over the schedules (organisations and their zones), the days off and the deadline rules;
    /// `now` is the clock, moved by tests.
    public init(
        schedules: ScheduleRepository,
        holidays: HolidayCalendar,
        deadlines: DeadlineRules,
        seal: IdentitySeal,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.schedules = schedules
        self.holidays = holidays
        self.deadlines = deadlines
        self.seal = seal
        self.now = now
    }

    /// The question ready to store, with its legal due date counted from today in the organisation's zone,
    /// a denouncer's identity sealed, and every unacceptable field named at once.
    public func received(_ body: QuestionSubmission, staff: StaffUser?, tokenHash: String) async throws -> NewQuestion {
        var errors: [FieldIssue] = []
        func fail(_ field: String, _ message: String) { errors.append(.init(field: field, message: message)) }
        func text(_ value: String?) -> String? { value?.trimmed.nilIfEmpty }
        let organisation = try await schedules.organisation(id: body.organisationId)
        if organisation == nil { fail("organisation_id", "no organisation \(body.organisationId)") }
        let category = CaseCategory(rawValue: body.category)
        if category == nil { fail("category", "must be question, feedback, petition, complaint or denunciation") }
        let content = text(body.text) ?? ""
        if !(10...10_000).contains(content.count) { fail("text", "write 10 to 10,000 characters") }
        var subject = text(body.subject) ?? String(content.prefix(80))
        if subject.count > 200 { fail("subject", "at most 200 characters") }
        subject = subject.isEmpty ? "—" : subject
        let name = text(body.citizen.name) ?? ""
        // Information about wrongdoing may come without a name; everything else is signed.
        let anonymous = category == .information && name.isEmpty
        if !anonymous && !(2...100).contains(name.count) { fail("citizen.name", "enter the full name (2 to 100 characters)") }
        let phone = text(body.citizen.phone)
        if let phone, PhoneNumber.normalized(phone) == nil { fail("citizen.phone", "must be a Vietnamese phone number such as 0912 345 678") }
        let email = text(body.citizen.email)
        if let email, !EmailAddress.isPlausible(email) {
            fail("citizen.email", "is not an e-mail address")
        }
        let address = text(body.citizen.address)
        if let address, address.count > 300 { fail("citizen.address", "at most 300 characters") }
        if category == .denunciation && phone == nil && email == nil && address == nil {
            fail("citizen", "a denunciation needs a way to reach the denouncer (phone, e-mail or address); it stays secret")
        }
        // Law 136/2025/QH15: whoever complains, denounces or petitions gives name, address and an identity paper.
        var identification: PersonalIdentification?
        let idNumber = text(body.citizen.idNumber)
        if let category, PersonalIdentification.required(for: category) {
            if address == nil { fail("citizen.address", "a \(category.rawValue) needs the sender's address") }
            if idNumber == nil { fail("citizen.id_number", "a \(category.rawValue) needs the sender's identity paper number (CCCD)") }
        }
        if let idNumber {
            switch PersonalIdentification.parse(paper: text(body.citizen.idType), number: idNumber) {
            case .success(let parsed): identification = parsed
            case .failure(.paper(let why)): fail("citizen.id_type", why)
            case .failure(.number(let why)): fail("citizen.id_number", why)
            }
        }
        let (channel, channelProblem) = IntakeChannel.resolve(body.channel, byStaff: staff != nil)
        if let channelProblem { fail("channel", channelProblem) }
        let reply = ReplyChannel.chosen(body.replyChannel, phone: phone != nil, email: email != nil)
        // A contact already refused is the one message: the choice is judged against contacts that were given right.
        if let problem = reply.problem, !errors.contains(where: { $0.field.hasPrefix("citizen") }) { fail("reply_channel", problem) }
        guard errors.isEmpty, let organisation, let category else { throw OfficeError.invalid(errors) }
        let today = organisation.clock.day(of: now())
        let due = deadlines.rule(category).firstDue(submittedOn: today, calendar: holidays)
        // A filled honeypot marks a robot, but a person's autofill can fill it too: the question is
        // kept and flagged for screening, never dropped.
        let flaggedSubject = text(body.website) == nil ? subject : "[kiểm tra: có thể là thư rác] " + subject
        // A denouncer's identity is stored only sealed; the plain fields stay empty.
        let sealed = category == .denunciation
        let identity = IdentitySeal.Identity(
            name: name,
            phone: phone,
            email: email,
            address: address,
            idType: identification?.paper.rawValue,
            idNumber: identification?.number
        )
        return NewQuestion(
            organisationID: organisation.id,
            // Information is never read on air nor listed in a session's minutes: it belongs to no session.
            sessionID: category == .information ? nil : body.sessionId,
            category: category,
            channel: channel,
            subject: flaggedSubject,
            text: content,
            name: sealed || anonymous ? nil : name,
            phone: sealed ? nil : phone,
            email: sealed ? nil : email,
            address: sealed ? nil : address,
            identification: sealed ? nil : identification,
            sealedIdentity: sealed ? try seal.seal(identity) : nil,
            // Only what the category can carry is kept (`ConsentPurpose.applies(to:)`): a denunciation is never
            // published nor aired, whatever was ticked.
            consents: body.consents,
            replyChannel: reply.channel,
            dueDate: due,
            createdBy: staff?.id ?? "citizen",
            tokenHash: tokenHash
        )
    }
}
