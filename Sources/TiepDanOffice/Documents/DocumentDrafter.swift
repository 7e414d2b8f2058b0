import Foundation
public import TiepDanCore
import TiepDanPublish
public import TiepDanStore

/// Turns what tiepdan holds about a session into the view models of its documents; the
/// templates only place what these give them.
public struct DocumentDrafter: Sendable {
    public let facts: SessionRecordFacts
    /// The clerk who records the minutes.
    public let recorder: DocumentPerson?

    /// A drafter for the session these facts describe; `recorder` signs the minutes as their writer.
    public init(facts: SessionRecordFacts, recorder: DocumentPerson? = nil) {
        self.facts = facts
        self.recorder = recorder
    }

    private var issuer: DocumentIssuer { DocumentIssuer(organisationName: facts.organisation.name) }
    private var chair: DocumentPerson { facts.receivers.first ?? DocumentPerson(name: "", title: "") }
    /// Periodic when the session comes from the schedule's rules, ad hoc ("đột xuất") when the secretariat added it.
    private var receptionKind: String { facts.session.ruleID == nil ? "đột xuất" : "định kỳ" }
    private var openedAt: String { "Vào lúc \(facts.clock(facts.session.startsAt)), \(DocumentDate.long(facts.day))" }

    public func heading(_ kind: MinutesKind, number: Int?, day: CivilDate) -> DocumentHeading {
        let title = chair.title.isEmpty ? "" : " của \(chair.title)"
        switch kind {
        case .receptionMinutes:
            return DocumentHeading(
                issuer: issuer,
                code: kind.numberCode,
                number: number,
                day: day,
                kind: "Biên bản",
                subject: "Tiếp công dân \(receptionKind)\(title)"
            )
        case .dialogueMinutes:
            return DocumentHeading(
                issuer: issuer,
                code: kind.numberCode,
                number: number,
                day: day,
                kind: "Biên bản",
                subject: "Đối thoại: \(facts.session.title)"
            )
        case .conclusionNotice:
            return DocumentHeading(
                issuer: issuer,
                code: kind.numberCode,
                number: number,
                day: day,
                kind: "Thông báo",
                subject: "Kết luận\(title) tại buổi tiếp công dân ngày \(DocumentDate.short(facts.day))"
            )
        }
    }

    /// Who came, as documents name them: a denouncer never by name.
    public static func citizen(_ booking: BookingRecord) -> String {
        if booking.category == .denunciation || booking.sealedIdentity != nil { return DenouncerSecrecy.label }
        return booking.representatives.isEmpty ? booking.name : booking.representatives.joined(separator: ", ") + " (đại diện)"
    }

    public var visits: [MinutesVisit] {
        facts.visits.enumerated().map { index, booking in
            var handling = booking.outcome?.registerLabel ?? "Chưa ghi hướng xử lý"
            if let detail = booking.outcomeDetail { handling += ": " + detail }
            return MinutesVisit(
                number: index + 1,
                reference: booking.reference,
                citizen: Self.citizen(booking),
                people: booking.groupSize,
                content: booking.summary.isEmpty ? booking.subject : booking.subject + ". " + booking.summary,
                category: booking.category?.registerLabel ?? "Chưa phân loại",
                handling: handling
            )
        }
    }

    public var commitments: [MinutesCommitment] {
        facts.commitments.filter { $0.status != .dropped }.enumerated().map { index, commitment in
            MinutesCommitment(
                number: index + 1,
                text: commitment.text,
                owner: facts.names[commitment.ownerID] ?? commitment.ownerID,
                due: DocumentDate.short(commitment.dueDate)
            )
        }
    }

    public func question(_ record: QuestionRecord, number: Int) -> MinutesQuestion {
        let answered = [.answered, .approved, .published].contains(record.status)
        return MinutesQuestion(
            number: number,
            reference: record.reference,
            topic: record.departmentID.flatMap { facts.names[$0] } ?? "Chưa phân công",
            question: PersonalDataMasker().masked(record.subject == "—" ? record.text : record.subject),
            answer: answered ? record.answer ?? "" : "",
            due: answered ? "" : DocumentDate.short(record.dueDate)
        )
    }

    private var signer: DocumentPerson { DocumentPerson(name: chair.name, title: chair.title) }

    public func receptionMinutes(version: Int, draft: Bool, number: Int?, conclusion: String, notes: String) -> ReceptionMinutes {
        ReceptionMinutes(
            heading: heading(.receptionMinutes, number: number, day: facts.day),
            draft: draft,
            version: version,
            openedAt: openedAt,
            location: facts.session.location,
            receivedBy: facts.receivers,
            attendance: facts.attendance,
            visits: visits,
            questions: facts.questions.enumerated().map { question($1, number: $0 + 1) },
            commitments: commitments,
            conclusion: conclusion,
            notes: notes,
            closedAt: "Buổi tiếp kết thúc lúc \(facts.clock(facts.session.endsAt)) cùng ngày",
            signer: signer,
            recorder: recorder,
            recordings: facts.recordings.map {
                MinutesRecording(
                    number: $0.position,
                    uri: $0.uri,
                    startedAt: facts.clock($0.startedAt),
                    duration: MinutesRecording.duration($0.durationSeconds),
                    sha256: $0.sha256
                )
            }
        )
    }

    public func dialogueMinutes(
        version: Int,
        draft: Bool,
        number: Int?,
        conclusion: String,
        notes: String,
        aired: (onAir: [String: String], callIns: [DialogueCallIn])? = nil
    ) -> DialogueMinutes {
        // Without a console record, a question answered by the time of the programme counts as answered on it.
        let answered = facts.questions.filter { question in
            aired.map { $0.onAir[question.reference] != nil } ?? [.answered, .approved, .published].contains(question.status)
        }
        let callIns = aired?.callIns ?? []
        let phoned = Set(facts.questions.filter { $0.channel == "call_in" }.map(\.reference))
        let answeredSet = Set(answered.map(\.reference))
        let deferred = facts.questions.filter { !answeredSet.contains($0.reference) && !phoned.contains($0.reference) }
        return DialogueMinutes(
            heading: heading(.dialogueMinutes, number: number, day: facts.day),
            draft: draft,
            version: version,
            programme: facts.session.title,
            openedAt: openedAt,
            location: facts.session.location,
            panel: facts.receivers,
            answered: answered.enumerated().map { index, record in
                var line = question(record, number: index + 1)
                if line.answer.isEmpty, let spoken = aired?.onAir[record.reference] { line.answer = spoken }
                return line
            },
            callIns: callIns,
            deferred: deferred.enumerated().map { question($1, number: $0 + 1) },
            commitments: commitments,
            conclusion: conclusion,
            notes: notes,
            closedAt: "Chương trình kết thúc lúc \(facts.clock(facts.session.endsAt)) cùng ngày",
            signer: signer,
            recorder: recorder
        )
    }

    public func conclusionNotice(version: Int, draft: Bool, number: Int?, conclusion: String, today: CivilDate) -> ConclusionNotice {
        let cases = visits
        let chairText = chair.name.isEmpty ? "lãnh đạo" : "ông (bà) \(chair.name), \(chair.title)"
        let intro =
            "\(DocumentDate.long(facts.day).prefix(1).uppercased() + DocumentDate.long(facts.day).dropFirst()), \(chairText) "
            + "đã chủ trì tiếp công dân \(receptionKind) tại \(facts.session.location); có \(facts.attendance) công dân đến trình bày \(cases.count) vụ việc."
        var recipients = Array(Set(commitments.map(\.owner))).sorted()
        if !cases.isEmpty { recipients.append("Công dân có tên tại Thông báo") }
        return ConclusionNotice(
            heading: heading(.conclusionNotice, number: number, day: today),
            draft: draft,
            version: version,
            intro: intro,
            cases: cases,
            commitments: commitments,
            conclusion: conclusion,
            recipients: recipients,
            signer: signer
        )
    }
}
