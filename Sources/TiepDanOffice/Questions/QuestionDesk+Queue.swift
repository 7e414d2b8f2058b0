import Foundation
public import TiepDanCore
public import TiepDanStore

extension QuestionDesk {
    /// The questions `filter` asks for among those `staff` may read (officers: their department's), with the
    /// cursor of the next page; the due filters apply before the page limit, so a page is full when it can be.
    public func queue(_ filter: StaffQuestionFilter, staff: StaffUser) async throws -> (items: [QuestionRecord], nextCursor: String?) {
        if let organisation = filter.organisationID {
            try OrganisationScope.requireRead(organisation, staff: staff, what: "organisation \(organisation)")
        }
        let due = try filter.due.map { text -> DueState in
            guard let state = DueState(rawValue: text), state != .onTrack else {
                throw OfficeError.invalid(field: "due", "must be due_soon, overdue or very_overdue")
            }
            return state
        }
        var records: [QuestionRecord]
        var nextCursor: String?
        if let words = filter.words, !VietnameseText.folded(words).isEmpty {
            records = try await search(words, organisationID: filter.organisationID, staff: staff)
        } else {
            var query = QuestionFilter()
            query.organisationID = filter.organisationID
            query.status = try filter.status.map { text in
                guard let status = QuestionStatus(rawValue: text) else {
                    throw OfficeError.invalid(field: "status", "must be one of \(QuestionStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return status
            }
            query.sessionID = filter.sessionID
            query.departmentID = filter.departmentID
            query.within = QuestionAccess.readable(by: staff)
            if let due {
                let today = ZoneClock(RFC3339.vietnam).day(of: now())
                query.openAndDueBy = due == .dueSoon ? holidays.adding(workingDays: 3, to: today) : today.adding(days: -1)
            }
            query.after = filter.cursor
            query.limit = filter.limit + 1
            let found = try await questions.list(query)
            records = Array(found.prefix(filter.limit))
            nextCursor = found.count > filter.limit ? records.last?.reference : nil
        }
        if let due {
            let wanted: Set<String> = due == .overdue ? [DueState.overdue.rawValue, DueState.veryOverdue.rawValue] : [due.rawValue]
            records = records.filter { wanted.contains(dueState($0)) }
        }
        return (records, nextCursor)
    }

    /// The questions holding every word of `text` (diacritics and case ignored) that `staff` may read.
    public func search(_ text: String, organisationID: String?, staff: StaffUser) async throws -> [QuestionRecord] {
        if let organisationID { try OrganisationScope.requireRead(organisationID, staff: staff, what: "organisation \(organisationID)") }
        guard !VietnameseText.folded(text).isEmpty else { throw OfficeError.invalid(field: "q", "give words to search for") }
        return try await questions.search(text, organisationID: organisationID).filter { QuestionAccess.canRead($0, staff: staff) }
    }

    /// The likely duplicates of `record` that `staff` may read, most alike first.
    public func similar(to record: QuestionRecord, staff: StaffUser) async throws -> [(question: QuestionRecord, score: Double)] {
        try await questions.similar(to: record.subject + " " + record.text, organisationID: record.organisationID, excluding: record.reference)
            .filter { QuestionAccess.canRead($0.question, staff: staff) }
    }

    /// Shows the question's text unmasked in public, or masks it again: the secretariat's call.
    public func showUnmasked(_ record: QuestionRecord, _ show: Bool, staff: StaffUser) async throws {
        try await questions.setShowUnmasked(record.reference, show, actor: staff.id, now: now())
    }

    /// The question as the public would read it, with its redactions and masking.
    public func publicView(_ record: QuestionRecord) async throws -> PublicQuestion {
        PublicQuestion(record, redactions: try await questions.redactions(reference: record.reference))
    }

    /// Every notice sent or waiting about the question, oldest first, with its delivery state.
    public func notices(_ record: QuestionRecord) async throws -> [QueuedNotice] {
        try await questions.outbox.notices(aboutKind: "question", aboutID: record.reference)
    }

    /// Every step of the question, oldest first.
    public func history(_ record: QuestionRecord) async throws -> [QuestionEvent] {
        try await questions.events(reference: record.reference)
    }
}
