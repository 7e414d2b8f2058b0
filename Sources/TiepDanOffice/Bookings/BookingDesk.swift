public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Reception bookings, shared by the API and the citizen's pages: a request checked field by field,
/// the seat taken (never overbooked: the store's guarded update), cancellation with promotion from the
/// waiting list and its notices.
public struct BookingDesk: Sendable {
    public let bookings: BookingRepository
    public let schedules: ScheduleRepository
    /// How long before a session bookings close.
    public let closesBefore: TimeInterval
    let notices: any NoticeComposer
    let now: @Sendable () -> Date

    /// A desk over the bookings and the sessions they are for; `notices` writes what citizens are told when a booking changes.
    public init(
        bookings: BookingRepository,
        schedules: ScheduleRepository,
        closesBefore: TimeInterval,
        notices: any NoticeComposer,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.bookings = bookings
        self.schedules = schedules
        self.closesBefore = closesBefore
        self.notices = notices
        self.now = now
    }

    /// Books a seat (or a place on the waiting list) for the request, with `token` the citizen's key to it; `staff` is
    /// the secretariat member booking on a citizen's behalf, nil for the citizen. The confirmation is queued with it.
    public func book(_ request: BookingRequest, staff: StaffUser?, token: String) async throws -> BookingRecord {
        let session = try await schedules.session(id: request.sessionId)
        if let staff, let session {
            try OrganisationScope.require([.secretariat], in: session.organisationID, staff: staff, what: "session \(session.id)")
        }
        let booked: BookingRecord
        do {
            let checked = try Self.checked(request, staff: staff, tokenHash: SessionToken.hash(token), mode: session?.mode ?? .inPerson)
            booked = try await bookings.book(checked, now: now(), closesBefore: closesBefore, composer: notices, token: token)
        } catch BookingError.alreadyBooked where staff == nil {
            // Whoever typed a phone number must not learn the booking that number holds: the citizen finds their own
            // with /lookup.
            throw BookingError.alreadyBooked(reference: "")
        }
        OfficeMetrics.bookingAccepted(waitlisted: booked.status == .waitlisted)
        return booked
    }

    /// The citizen's booking (with its token's hash), or, without a token, a booking the secretariat of its
    /// session's organisation asks for; 404 otherwise.
    public func find(_ reference: String, tokenHash: String?, staff: StaffUser? = nil) async throws -> BookingRecord {
        let hash = try await access(reference, tokenHash: tokenHash, staff: staff)
        guard let record = try await bookings.find(reference: reference, tokenHash: hash) else {
            throw OfficeError.notFound("no booking \(reference) with that token")
        }
        return record
    }

    /// Cancels the booking (the citizen with its token, or its organisation's secretariat) and gives its seat to the
    /// first on the waiting list, whose reference it returns.
    public func cancel(_ reference: String, tokenHash: String?, staff: StaffUser? = nil, actor: String) async throws -> String? {
        let hash = try await access(reference, tokenHash: tokenHash, staff: staff)
        return try await bookings.cancel(reference: reference, tokenHash: hash, actor: actor, now: now(), composer: notices)
    }

    /// The citizen, with the booking's token, withdraws their consent to be messaged: from now on they are told only what
    /// `MessagingRule` allows without it. Conflict when no such consent is in force.
    public func withdrawMessagesConsent(_ reference: String, tokenHash: String) async throws -> BookingRecord {
        guard let record = try await bookings.find(reference: reference, tokenHash: tokenHash) else {
            throw OfficeError.notFound("no booking \(reference) with that token")
        }
        do {
            _ = try await bookings.consents.withdraw(
                .messages,
                from: .booking(reference),
                channel: "web",
                by: "citizen",
                now: now()
            )
        } catch QuestionError.notFound {
            throw OfficeError.conflict("no consent to messages is in force on \(reference)")
        }
        return try await bookings.find(reference: reference, tokenHash: tokenHash) ?? record
    }

    /// The token hash to look the booking up with: the citizen's, or none for the secretariat of the booking's
    /// organisation; without either, not found.
    private func access(_ reference: String, tokenHash: String?, staff: StaffUser?) async throws -> String? {
        if let tokenHash { return tokenHash }
        guard let staff, let record = try await bookings.find(reference: reference, tokenHash: nil),
            let session = try await schedules.session(id: record.sessionID),
            staff.hasAnyRole([.secretariat], in: session.organisationID)
        else { throw OfficeError.notFound("send the booking's token as X-Tracking-Token") }
        return nil
    }

    /// The booking the request asks for, or every field that is not acceptable; the citizen's pages
    /// call it before the "check your answers" page, without booking. A citizen who has come in person (`walkIn`)
    /// need not give a phone number: nothing about the session is left to tell them.
    public static func checked(
        _ body: BookingRequest,
        staff: StaffUser?,
        tokenHash: String,
        walkIn: Bool = false,
        mode: SessionMode = .inPerson
    ) throws -> NewBooking {
        var errors: [FieldIssue] = []
        func fail(_ field: String, _ message: String) { errors.append(.init(field: field, message: message)) }
        func text(_ value: String?) -> String? { value?.trimmed.nilIfEmpty }
        let name = text(body.citizen.name) ?? ""
        if !(2...100).contains(name.count) { fail("citizen.name", "enter the citizen's full name (2 to 100 characters)") }
        let phone = text(body.citizen.phone)
        let phoneKey = phone.flatMap(PhoneNumber.normalized)
        if phone == nil && !walkIn {
            fail("citizen.phone", "a phone number is required, to tell the citizen of any change")
        } else if phone != nil && phoneKey == nil {
            fail("citizen.phone", "must be a Vietnamese phone number such as 0912 345 678")
        }
        let email = text(body.citizen.email)
        if let email, !EmailAddress.isPlausible(email) { fail("citizen.email", "is not an e-mail address") }
        let idNumber = text(body.citizen.idNumber)
        if let idNumber, !(idNumber.allSatisfy(\.isNumber) && [9, 12].contains(idNumber.count)) {
            fail("citizen.id_number", "must be the 12 digits of the citizen ID card (CCCD) or the 9 of an old ID card")
        }
        let address = text(body.citizen.address)
        if let address, address.count > 300 { fail("citizen.address", "at most 300 characters") }
        let subject = text(body.subject) ?? ""
        if !(3...200).contains(subject.count) { fail("subject", "say in a few words what the case is about (3 to 200 characters)") }
        let summary = text(body.summary) ?? ""
        if summary.count > 4000 { fail("summary", "at most 4,000 characters") }
        let size = body.groupSize ?? 1
        if let issue = BoundedNumber.groupSize.issue(size) { fail(issue.field, issue.message) }
        let representatives = (body.representatives ?? []).compactMap(text)
        if let problem = GroupRepresentation.standard.problem(size: size, representatives: representatives.count) {
            fail("representatives", problem)
        }
        let (channel, channelProblem) = IntakeChannel.resolve(body.channel, byStaff: staff != nil)
        if let channelProblem { fail("channel", channelProblem) }
        let attend = text(body.attend)
        let choice = attend.flatMap(SessionMode.init(rawValue:))
        // Someone who walked in attends in person, whatever the session's mode; a choice that is no mode is no choice.
        let attendance = walkIn ? .inPerson : attend != nil && choice == nil ? nil : mode.attendance(choosing: choice)
        if attendance == nil {
            fail("attend", mode == .hybrid ? "choose in_person or online" : "this session is \(mode.rawValue) only")
        }
        let reply = ReplyChannel.chosen(body.replyChannel, phone: phone != nil, email: email != nil)
        // A contact already refused is the one message: the choice is judged against contacts that were given right.
        if let problem = reply.problem, !errors.contains(where: { $0.field.hasPrefix("citizen.") }) { fail("reply_channel", problem) }
        guard errors.isEmpty, walkIn || phoneKey != nil, let attendance else { throw OfficeError.invalid(errors) }
        return NewBooking(
            sessionID: body.sessionId,
            slotID: body.slotId,
            name: name,
            phone: phone ?? "",
            // One active booking per phone and session: without a phone, a key of its own that matches no other.
            phoneKey: phoneKey ?? "none:" + SessionToken.generate(),
            email: email,
            idNumber: idNumber,
            address: address,
            subject: subject,
            summary: summary,
            groupSize: size,
            representatives: representatives,
            waitlist: body.waitlist ?? false,
            channel: channel,
            createdBy: staff?.id ?? "citizen",
            tokenHash: tokenHash,
            attendance: attendance,
            consents: body.messagesConsent == true ? [.messages] : [],
            replyChannel: reply.channel
        )
    }
}
