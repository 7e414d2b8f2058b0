public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The citizen's side of questions, shared by the API and the pages: asking (the secretariat asks too, for
/// questions that came by phone, mailbox or in person), following a question with its token, "I have the
/// same question", rating the answer, and reading the published answers.
public struct CitizenQuestions: Sendable {
    let intake: QuestionIntake
    public let questions: QuestionRepository
    public let schedules: ScheduleRepository
    public let consents: ConsentRepository
    let clock: CaseClock
    let notices: (any NoticeComposer)?
    let now: @Sendable () -> Date
    /// The published answers' profiles a citizen's suggestions are scored against, kept between questions.
    let publicAnswers = PublicAnswerProfiles()

    /// A desk over the intake's checks, the stored questions and the case clock; `notices` writes the sender's receipt;
    /// `now` is the clock, moved by tests.
    public init(
        intake: QuestionIntake,
        questions: QuestionRepository,
        schedules: ScheduleRepository,
        consents: ConsentRepository,
        clock: CaseClock,
        notices: (any NoticeComposer)? = nil,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.notices = notices
        self.intake = intake
        self.questions = questions
        self.schedules = schedules
        self.consents = consents
        self.clock = clock
        self.now = now
    }

    /// Checks a question without keeping it, naming every field that is not acceptable: the form's review step.
    public func check(_ submission: QuestionSubmission) async throws {
        _ = try await intake.received(submission, staff: nil, tokenHash: "")
    }

    /// Receives and stores a question with a new tracking token; with `suggestingSimilar`, finds the alike
    /// questions its asker may read: a citizen is pointed to published answers only, others' questions stay private.
    public func ask(_ submission: QuestionSubmission, staff: StaffUser?, suggestingSimilar: Bool = false) async throws -> QuestionReceipt {
        let token = SessionToken.generate()
        let question = try await intake.received(submission, staff: staff, tokenHash: SessionToken.hash(token))
        let record = try await questions.submit(question, now: now(), composer: notices, token: token)
        OfficeMetrics.questionAccepted(channel: record.channel)
        var similar: [(reference: String, subject: String)] = []
        if suggestingSimilar {
            let text = record.subject + " " + record.text
            if staff == nil {
                similar = try await questions.similarPublished(
                    to: text,
                    organisationID: record.organisationID,
                    excluding: record.reference,
                    profiles: publicAnswers
                ).map { ($0.reference, PublicQuestion.subject(of: $0)) }
            } else {
                similar = try await questions.similar(to: text, organisationID: record.organisationID, excluding: record.reference)
                    .map { ($0.question.reference, $0.question.subject) }
            }
        }
        return QuestionReceipt(record: record, token: token, similar: similar)
    }

    /// The question for the citizen holding its token, or for a staff member allowed to read it.
    public func track(_ reference: String, token: String?, staff: StaffUser? = nil) async throws -> QuestionTrail {
        if let staff, let record = try await questions.find(reference: reference) {
            guard QuestionAccess.canRead(record, staff: staff) else { throw OfficeError.notFound("no question \(reference)") }
            return try await trail(record)
        }
        guard let token, !token.isEmpty, let record = try await questions.find(reference: reference, tokenHash: SessionToken.hash(token))
        else {
            throw OfficeError.notFound("no question \(reference) with that token")
        }
        return try await trail(record, askerToken: token)
    }

    /// "I have the same question", from `client` (its address): one more supporter on a published question the public
    /// may read (the question that carries it after a merge), counted once per client. Any other reference is not
    /// found, so the call neither reveals which references exist nor pushes an unpublished text up a rundown.
    public func support(_ reference: String, client: String) async throws -> QuestionRecord {
        try await questions.support(reference, clientKey: intake.seal.digest("support\u{1}" + client), now: now())
    }

    /// The citizen, with the question's token, withdraws a consent in force: from now on the question is not published,
    /// read on air or messaged about for that purpose (a bulletin already published stays as it was issued).
    public func withdrawConsent(_ reference: String, token: String?, purpose: String) async throws -> QuestionTrail {
        guard let token, !token.isEmpty, let record = try await questions.find(reference: reference, tokenHash: SessionToken.hash(token))
        else {
            throw OfficeError.notFound("no question \(reference) with that token")
        }
        guard let purpose = ConsentPurpose(rawValue: purpose) else {
            throw OfficeError.invalid(field: "purpose", "must be publish, broadcast or messages")
        }
        do {
            _ = try await consents.withdraw(purpose, from: .question(record.reference), channel: "web", by: "citizen", now: now())
        } catch QuestionError.notFound {
            throw OfficeError.conflict("no consent to \(purpose.rawValue) is in force on \(reference)")
        }
        return try await trail(record, askerToken: token)
    }

    /// The sender's rating of the published answer, once.
    public func rate(_ reference: String, token: String?, _ rating: AnswerRating) async throws -> QuestionTrail {
        _ = try BoundedNumber.score.check(rating.score)
        let comment = rating.comment?.trimmed.nilIfEmpty
        if let comment, comment.count > 2000 { throw OfficeError.invalid(field: "comment", "at most 2,000 characters") }
        guard let token, !token.isEmpty else { throw OfficeError.notFound("send the question's token as X-Tracking-Token") }
        let record = try await questions.rate(reference, tokenHash: SessionToken.hash(token), score: rating.score, comment: comment, now: now())
        return try await trail(record, askerToken: token)
    }

    /// The citizen's answer to the office's request to clarify, with the question's token: the clock restarts and the
    /// answer joins the history.
    public func clarify(_ reference: String, token: String?, text: String) async throws -> QuestionTrail {
        guard let token, !token.isEmpty, let record = try await questions.find(reference: reference, tokenHash: SessionToken.hash(token))
        else {
            throw OfficeError.notFound("no question \(reference) with that token")
        }
        let text = try QuestionDesk.text(text, field: "text", "write your clarification", limit: 5000)
        let changed = try await questions.apply(
            .clarified,
            to: record.reference,
            change: try await clock.restarting(record, note: text),
            actor: "citizen",
            now: now()
        )
        return try await trail(changed, askerToken: token)
    }

    /// A page of published answers, newest first, with nothing the public may not read.
    public func published(organisationID: String?, cursor: String?, limit: Int) async throws -> (items: [PublicQuestion], nextCursor: String?) {
        let after = try cursor.map { text -> (publishedAt: Int64, reference: String) in
            // `PUBLISHED:REFERENCE`; a bare time, from links made before the reference was added, is read as its second.
            try KeysetCursor.parse(text, bareKeyAllowed: true) { Int64($0) }
        }
        let found = try await questions.published(organisationID: organisationID, limit: limit + 1, after: after)
        let page = found.prefix(limit)
        // The cursor is the last row read, shown or not, so a page never repeats nor skips one.
        let last = found.count > limit ? page.last?.0 : nil
        return (
            page.filter { $0.0.mayBePublic }.map { PublicQuestion($0.0, redactions: $0.1) },
            last.flatMap { record in record.publishedAt.map { KeysetCursor.text(key: "\(Int64($0.timeIntervalSince1970))", id: record.reference) } }
        )
    }

    /// The question's history and answer; for its asker (`askerToken`), a sensitive question shows their own subject and
    /// text, which everyone else reads as `SensitiveText`.
    private func trail(_ record: QuestionRecord, askerToken: String? = nil) async throws -> QuestionTrail {
        var record = record
        if record.sensitive, let askerToken,
            let sealed = try await questions.sealedTextForAsker(record.reference, tokenHash: SessionToken.hash(askerToken))
        {
            let own = try JSONDecoder().decode(QuestionDesk.SensitiveContent.self, from: try intake.seal.open(bytes: sealed))
            record.subject = own.subject
            record.text = own.text
        }
        let carrier = try await questions.carrier(of: record)
        let published = carrier.status == .published
        // The asker's own answer is theirs in full; the answer of the question theirs was merged into is someone else's
        // case: shown only as the public sees it (masked, redacted), and not at all when the public may not read it.
        let answer: String? =
            carrier.reference == record.reference
            ? carrier.answer
            : carrier.mayBePublic ? PublicQuestion(carrier, redactions: try await questions.redactions(reference: carrier.reference)).answer : nil
        return QuestionTrail(
            record: record,
            // A leader's comment on a draft is the office's own business, not its sender's.
            events: try await questions.events(reference: record.reference).map { event in
                var shown = event
                if event.action == QuestionAction.returnForRevision.rawValue { shown.note = nil }
                return shown
            },
            answer: published ? answer : nil,
            publishedAt: carrier.publishedAt,
            consents: try await consents.consents(.question(record.reference)),
            zone: Organisation.zone(named: try await schedules.organisation(id: record.organisationID)?.timeZone)
        )
    }
}

extension CitizenQuestions {
    /// The organisation and its sessions of the next 90 days that still take questions, for the form's choice.
    public func sessionsTakingQuestions(organisationID: String) async throws -> (Organisation, [ScheduledSession])? {
        guard let organisation = try await schedules.organisation(id: organisationID) else { return nil }
        let now = now()
        var query = SessionQuery(from: now, to: now.addingTimeInterval(90 * 86_400))
        query.organisationID = organisationID
        query.limit = 60
        return (organisation, try await schedules.sessions(query).filter { $0.takesQuestions(at: now) })
    }
}
