import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The live console of a radio programme or dialogue: started, each question marked as it is answered on air,
/// call-ins written down, then closed. Every action is a plain form post; the console's script posts the same
/// forms in the background and asks for JSON.
struct ProgrammeConsolePagesController {
    let pages: PageRenderer
    let desk: BroadcastDesk
    /// The console's script, read once from `templates/web/assets/console.js`.
    let script: String

    struct MarkForm: Decodable {
        var questionRef: String?
        var state: String?
        var answer: String?

        enum CodingKeys: String, CodingKey {
            case questionRef = "question_ref"
            case state, answer
        }
    }

    struct CallInForm: Decodable {
        var caller: String?
        var phone: String?
        var text: String?
        var answer: String?
    }

    struct Saved: ResponseEncodable {
        let questionRef, state, stateLabel, saved: String
        let caller, question: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/assets/console.js",
                summary: "The live console's script",
                tag: "pages",
                produces: "text/javascript"
            ) { _, _ -> Response in
                Response(
                    status: .ok,
                    headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=300"],
                    body: .init(byteBuffer: ByteBuffer(string: script))
                )
            },
            Endpoint(
                .get,
                "/staff/programmes/{id}/console",
                summary: "The live console (works on a phone, with or without JavaScript)",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                responses: [200: "OK", 409: "not a radio programme or dialogue"],
                produces: "text/html"
            ) { request, context in
                try await console(request, context)
            },
            Endpoint(
                .post,
                "/staff/programmes/{id}/start",
                summary: "Start the programme's clock on the console (form post, confirmed on a second post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [200: "what will happen, to confirm", 409: "not a radio programme or dialogue", 303: "to the console"],
                produces: "text/html"
            ) { request, context -> Response in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let form = try await ConfirmableForm<[String: String]>.read(request, context: context)
                guard form.confirmed else {
                    let language = Language.of(request)
                    let words = pages.localization
                    let zone = try await desk.schedules.timeZone(organisationID: session.organisationID)
                    return try pages.confirmation(
                        request,
                        context,
                        form: form,
                        heading: words.word("confirm_start_heading", language),
                        consequences: [
                            words.word("confirm_start_planned", language) + " " + pages.when(session.startsAt, session.endsAt, zone: zone, language)
                                + ".",
                            words.word("confirm_start_clock", language),
                            words.word("confirm_irreversible", language),
                        ],
                        confirmLabel: words.word("console_start", language),
                        backURL: "/staff/programmes/\(session.id)/console"
                    )
                }
                try await desk.start(session, staff: context.staff!)
                return Response(status: .seeOther, headers: [.location: "/staff/programmes/\(session.id)/console"])
            },
            Endpoint(
                .post,
                "/staff/programmes/{id}/marks",
                summary: "Mark a question on air (form post; JSON with Accept: application/json)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [409: "not a radio programme or dialogue", 303: "back to the row", 200: "the mark, as JSON"],
                produces: "text/html"
            ) { request, context -> Response in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let form = try await request.decodeForm(MarkForm.self, context: context)
                let reference = form.questionRef ?? ""
                do {
                    let mark = try await desk.mark(session, reference: reference, state: form.state, answer: form.answer, staff: context.staff!)
                    guard Self.wantsJSON(request) else {
                        return Response(status: .seeOther, headers: [.location: "/staff/programmes/\(session.id)/console#row-\(reference)"])
                    }
                    return try saved(request, context, reference: mark.reference, state: mark.state, caller: nil, question: nil)
                } catch let error as any ProblemConvertible
                    where !Self.wantsJSON(request) && [.unprocessableContent, .conflict].contains(error.problem.status)
                {
                    let problem = error.problem
                    return try await console(
                        request,
                        context,
                        errors: problem.errors.isEmpty ? [.init(field: "state", message: problem.detail)] : problem.errors,
                        status: problem.status
                    )
                }
            },
            Endpoint(
                .post,
                "/staff/programmes/{id}/call-ins",
                summary: "Log a call-in (form post; JSON with Accept: application/json)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [409: "not a radio programme or dialogue", 303: "back to the console", 200: "the call-in, as JSON"],
                produces: "text/html"
            ) { request, context -> Response in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let form = try await request.decodeForm(CallInForm.self, context: context)
                do {
                    let (record, mark) = try await desk.callIn(
                        session,
                        caller: form.caller,
                        phone: form.phone,
                        text: form.text,
                        answer: form.answer,
                        staff: context.staff!
                    )
                    guard Self.wantsJSON(request) else {
                        return Response(status: .seeOther, headers: [.location: "/staff/programmes/\(session.id)/console#call-ins-heading"])
                    }
                    let caller = form.caller?.trimmed.nilIfEmpty ?? "—"
                    return try saved(request, context, reference: record.reference, state: mark.state, caller: caller, question: record.text)
                } catch let error as any ProblemConvertible where !Self.wantsJSON(request) && error.problem.status == .unprocessableContent {
                    let problem = error.problem
                    return try await console(request, context, errors: problem.errors, status: problem.status)
                }
            },
            Endpoint(
                .post,
                "/staff/programmes/{id}/close",
                summary: "End the programme and assign the written answers (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [409: "not a radio programme or dialogue", 303: "back to the console"],
                produces: "text/html"
            ) { request, context -> Response in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let form = try await request.decodeForm([String: String].self, context: context)
                var chosen: [String: String] = [:]
                for (key, value) in form where key.hasPrefix("department.") && !value.isEmpty {
                    chosen[String(key.dropFirst("department.".count))] = value
                }
                do {
                    _ = try await desk.close(session, departments: chosen, staff: context.staff!)
                } catch let error as any ProblemConvertible where [.unprocessableContent, .conflict].contains(error.problem.status) {
                    let problem = error.problem
                    return try await console(
                        request,
                        context,
                        errors: problem.errors.isEmpty ? [.init(field: "close", message: problem.detail)] : problem.errors,
                        status: problem.status
                    )
                }
                return Response(status: .seeOther, headers: [.location: "/staff/programmes/\(session.id)/console"])
            },
        ]
    }

    static func wantsJSON(_ request: Request) -> Bool {
        request.headers[.accept]?.contains("application/json") == true
    }

    private func saved(
        _ request: Request,
        _ context: AppRequestContext,
        reference: String,
        state: BroadcastMark.State,
        caller: String?,
        question: String?
    ) throws -> Response {
        // The script sums the planned seconds of the marked rows itself: a mark on air never rebuilds the rundown.
        let language = Language.of(request)
        return try Saved(
            questionRef: reference,
            state: state.rawValue,
            stateLabel: pages.localization.word("console_\(state.rawValue)", language),
            saved: pages.localization.word("console_saved", language),
            caller: caller,
            question: question
        )
        .response(from: request, context: context)
    }

    private func console(
        _ request: Request,
        _ context: AppRequestContext,
        errors: [Problem.FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
        let language = Language.of(request)
        let words = pages.localization
        let zone = try await desk.schedules.timeZone(organisationID: session.organisationID)
        let (rundown, collected) = try await desk.rundown(session, reserveMinutes: nil)
        let readable = try await desk.readable(collected)
        let marks = try await desk.broadcasts.marks(sessionID: session.id)
        let state = try await desk.broadcasts.state(sessionID: session.id)
        let closed = state.closedAt != nil
        func length(_ seconds: Int) -> String { String(format: "%d:%02d", seconds / 60, seconds % 60) }
        func row(_ entry: RundownEntry, planned: Bool) -> ConsolePage.Row {
            let mark = marks[entry.id]
            let label = mark.map { words.word("console_\($0.state.rawValue)", language) } ?? words.word("console_pending", language)
            let topic = entry.topic == BroadcastDesk.unassigned ? words.word("programme_unassigned", language) : entry.topic
            return ConsolePage.Row(
                reference: entry.id,
                topic: topic,
                length: length(entry.seconds),
                seconds: planned ? entry.seconds : 0,
                subject: readable[entry.id] ?? "",
                planned: planned ? ZoneClock(zone).time(of: session.startsAt.addingTimeInterval(TimeInterval(entry.startsAtSecond ?? 0))) : nil,
                state: mark?.state.rawValue ?? "pending",
                stateLabel: label,
                answer: mark?.answer ?? ""
            )
        }
        let phoned = collected.filter { $0.channel == "call_in" }
        let phonedSet = Set(phoned.map(\.reference))
        var callIns: [ConsolePage.CallIn] = []
        for call in phoned.sorted(by: { $0.createdAt < $1.createdAt }) {
            callIns.append(
                ConsolePage.CallIn(
                    reference: call.reference,
                    caller: try await desk.questions.callerName(reference: call.reference) ?? "—",
                    question: readable[call.reference] ?? "",
                    stateLabel: words.word("console_\(marks[call.reference]?.state.rawValue ?? "deferred")", language)
                )
            )
        }
        let spare = rundown.leftOut.filter { !phonedSet.contains($0.id) }.map { row($0, planned: false) }
        let done = rundown.selected.filter { marks[$0.id] != nil }.reduce(0) { $0 + $1.seconds }
        let elapsed = state.startedAt.map { Int(Date().timeIntervalSince($0)) } ?? 0
        let offset = elapsed - done
        let offsetLabel =
            abs(offset) < 30
            ? words.word("console_on_time", language)
            : words.word(offset > 0 ? "console_behind" : "console_ahead", language) + " " + length(abs(offset))
        let unassigned = collected.filter { $0.departmentID == nil && [.submitted, .accepted].contains($0.status) }
        let departments = try await desk.schedules.departments(organisationID: session.organisationID)
        let content = ConsolePage(
            id: session.id,
            programmeTitle: session.title,
            when: pages.when(session.startsAt, session.endsAt, zone: zone, language),
            started: state.startedAt != nil,
            closed: closed,
            startedMilliseconds: state.startedAt.map { Int64($0.timeIntervalSince1970 * 1000) } ?? 0,
            elapsed: length(elapsed),
            offsetLabel: offsetLabel,
            rows: rundown.selected.map { row($0, planned: true) },
            spare: spare,
            callIns: callIns,
            unassigned: unassigned.map { ConsolePage.Unassigned(reference: $0.reference, subject: PersonalDataMasker().masked($0.subject)) },
            departments: departments.map { Choice(value: $0.id, label: $0.name, selected: false) },
            errorSummary: ErrorSummary.of(errors)
        )
        return try pages.page("web/staff/console", titleKey: "console_title", request: request, context: context, content: content, status: status)
    }
}
