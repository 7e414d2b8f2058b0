import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// Staff pages of the session day: the day list with check-in, walk-ins and the outcome of each visit, marking the
/// session held, postponing or cancelling it, and the register (Form 03) as a page and as CSV. Plain form posts; each
/// answers with a redirect back to the list, so a reload never posts twice, and the irreversible ones ask first
/// (`ConfirmableForm`).
struct SessionDayPagesController {
    let pages: PageRenderer
    let visits: VisitDesk
    let sessions: SessionDesk
    let schedules: ScheduleRepository
    let commitments: CommitmentRepository

    /// The session forms of the day page: mark held, postpone, cancel.
    struct SessionForm: Decodable, Sendable {
        var receivedBy: [String]?
        var attendance: String?
        var date: String?
        var time: String?
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case attendance, date, time, reason
            case receivedBy = "received_by"
        }
    }

    struct OutcomeForm: Decodable {
        let outcome: String?
        let category: String?
        let detail: String?
        let handledBefore: String?
        let idNumber: String?
        let address: String?

        enum CodingKeys: String, CodingKey {
            case outcome, category, detail, address
            case handledBefore = "handled_before"
            case idNumber = "id_number"
        }
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/sessions/{id}",
                summary: "The day list of a session, with check-in and outcomes",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                produces: "text/html"
            ) { request, context in
                try await dayList(request, context, id: try context.parameters.require("id"))
            },
            Endpoint(
                .post,
                "/staff/bookings/{reference}/outcome",
                summary: "Record a visit's outcome (form post)",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                responses: [303: "back to the day list", 422: "the day list naming what is missing"],
                produces: "text/html"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let form = try await request.decodeForm(OutcomeForm.self, context: context)
                let booking = try await visits.booking(reference, staff: context.staff!)
                let report = VisitReport(
                    outcome: form.outcome ?? "",
                    detail: form.detail,
                    category: form.category ?? "",
                    handledBefore: form.handledBefore,
                    idNumber: form.idNumber,
                    address: form.address
                )
                do {
                    _ = try await visits.record(reference, report, staff: context.staff!)
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent || error.problem.status == .conflict {
                    let problem = error.problem
                    return try await dayList(
                        request,
                        context,
                        id: booking.sessionID,
                        failed: (reference, form),
                        errors: problem.errors.isEmpty
                            ? [.init(field: "outcome", message: problem.detail)] : problem.errors,
                        status: problem.status
                    )
                }
                return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(booking.sessionID)?done=outcome#\(reference)"])
            },
            Endpoint(
                .post,
                "/staff/bookings/{reference}/check-in",
                summary: "Check a citizen in (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [303: "back to the day list"],
                produces: "text/html"
            ) { _, context -> Response in
                let reference = try context.parameters.require("reference")
                let record: BookingRecord
                do {
                    record = try await visits.checkIn(reference, staff: context.staff!)
                } catch VisitError.notAllowed("already checked in") {
                    // A second tap: the citizen is in, as asked.
                    record = try await visits.booking(reference, staff: context.staff!)
                }
                return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(record.sessionID)?done=checked_in#\(reference)"])
            },
            Endpoint(
                .post,
                "/staff/sessions/{id}/walk-ins",
                summary: "Register a citizen who came without booking, checked in at once (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [
                    303: "back to the day list, at the new visit", 409: "check-in is not open, or the citizen is already booked",
                    422: "the day list naming each wrong field",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                var fields = try await request.decodeForm(BookingFormFields.self, context: context)
                fields.session = id
                do {
                    let record = try await visits.registerWalkIn(session: id, fields.body, staff: context.staff!)
                    return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(id)?done=walk_in#\(record.reference)"])
                } catch OfficeError.invalid(let issues) {
                    let messages = FormFieldSet.messages(for: issues.map { BookingFormFields.formField($0.field) }) {
                        pages.localization.word("book_error_" + $0, Language.of(request))
                    }.messages
                    return try await dayList(request, context, id: id, walkIn: fields, walkInErrors: messages, status: .unprocessableContent)
                } catch BookingError.alreadyBooked(let reference) {
                    // Staff are told which booking holds the citizen, to check them in there.
                    var messages = FormFieldSet<String>()
                    messages.phone = pages.localization.word("book_error_already", Language.of(request)) + " " + reference
                    return try await dayList(request, context, id: id, walkIn: fields, walkInErrors: messages, status: .conflict)
                }
            },
            Endpoint(
                .post,
                "/staff/sessions/{id}/held",
                summary: "Mark the session held: who received, how many came (form post, confirmed on a second post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [
                    200: "what will happen, to confirm", 303: "back to the day list", 409: "not started, or already held or cancelled",
                    422: "the day list naming each wrong field",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                try await markHeld(request, context, id: try context.parameters.require("id"))
            },
            Endpoint(
                .post,
                "/staff/sessions/{id}/postpone",
                summary: "Move the session; the citizens booked are told (form post, confirmed on a second post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [
                    200: "what will happen, to confirm", 303: "to the session at its new time", 409: "no longer upcoming",
                    422: "the day list naming each wrong field",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                try await postpone(request, context, id: try context.parameters.require("id"))
            },
            Endpoint(
                .post,
                "/staff/sessions/{id}/cancel",
                summary: "Call the session off; the citizens booked are told (form post, confirmed on a second post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [
                    200: "what will happen, to confirm", 303: "back to the day list", 409: "no longer upcoming",
                    422: "the day list naming each wrong field",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                try await cancel(request, context, id: try context.parameters.require("id"))
            },
            Endpoint(
                .get,
                "/staff/register",
                summary: "The register of citizen reception (Form 03); ?format=xlsx for Excel",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("organisation", "organisation id"), ("from", "YYYY-MM-DD"), ("to", "YYYY-MM-DD"), ("format", "html or xlsx")],
                produces: "text/html"
            ) { request, context -> Response in
                let register = try await register(request, context)
                switch request.uri.queryParameters.get("format") ?? "html" {
                case "html": break
                case "xlsx": return Self.workbook(register)
                default: throw Problem.invalid(field: "format", "must be html or xlsx")
                }
                let content = RegisterPage(
                    organisationName: register.organisationName,
                    organisations: try await schedules.organisations(readableBy: context.staff!).map {
                        Choice(value: $0.id, label: $0.name, selected: $0.id == register.organisationID)
                    },
                    from: register.from.description,
                    to: register.through.description,
                    csvURL: "/staff/register.csv?organisation=\(register.organisationID)&from=\(register.from)&to=\(register.through)",
                    xlsxURL: "/staff/register.xlsx?organisation=\(register.organisationID)&from=\(register.from)&to=\(register.through)",
                    headings: RegisterLine.headings,
                    lines: register.lines.map { RegisterPage.Line(reference: $0.reference, cells: $0.cells) }
                )
                return try pages.page("web/staff/register", titleKey: "register_title", request: request, context: context, content: content)
            },
            Endpoint(
                .get,
                "/staff/register.csv",
                summary: "The register as CSV (UTF-8, for Excel)",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("organisation", "organisation id"), ("from", "YYYY-MM-DD"), ("to", "YYYY-MM-DD")],
                produces: "text/csv"
            ) { request, context -> Response in
                let register = try await register(request, context)
                let csv = CSVTable(headings: RegisterLine.headings, rows: register.lines.map(\.cells)).render()
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "text/csv; charset=utf-8",
                        .contentDisposition:
                            "attachment; filename=\"so-tiep-cong-dan-\(register.organisationID)-\(register.from)-\(register.through).csv\"",
                        .cacheControl: "private, no-store",
                    ],
                    body: .init(byteBuffer: ByteBuffer(string: csv))
                )
            },
            Endpoint(
                .get,
                "/staff/register.xlsx",
                summary: "The register as an Excel workbook: ID numbers as text, days as dates, the header row frozen",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("organisation", "organisation id"), ("from", "YYYY-MM-DD"), ("to", "YYYY-MM-DD")],
                produces: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ) { request, context -> Response in
                Self.workbook(try await register(request, context))
            },
        ]
    }

    /// The register as an Excel workbook, for `/staff/register.xlsx` and `/staff/register?format=xlsx`.
    static func workbook(_ register: Register) -> Response {
        let sheet = RegisterSpreadsheet.sheet(register.lines, name: "Sổ tiếp công dân")
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition:
                    "attachment; filename=\"so-tiep-cong-dan-\(register.organisationID)-\(register.from)-\(register.through).xlsx\"",
                .cacheControl: "private, no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: XLSXWriter.write([sheet])))
        )
    }

    /// The `?done=` values the day list confirms with a message.
    static let notices: Set<String> = ["checked_in", "walk_in", "outcome", "held", "postponed", "cancelled"]

    private func register(_ request: Request, _ context: AppRequestContext) async throws -> Register {
        let parameters = request.uri.queryParameters
        return try await visits.register(
            organisationID: parameters.get("organisation"),
            from: parameters.get("from"),
            to: parameters.get("to"),
            staff: context.staff!
        )
    }

    private func markHeld(_ request: Request, _ context: AppRequestContext, id: String) async throws -> Response {
        let form = try await ConfirmableForm<SessionForm>.read(request, context: context)
        let staff = context.staff!
        let attendanceText = form.fields.attendance?.trimmingCharacters(in: .whitespaces) ?? ""
        let attendance = attendanceText.isEmpty ? nil : Int(attendanceText)
        if !attendanceText.isEmpty && attendance == nil {
            return try await dayList(request, context, id: id, sessionErrors: [FieldIssue(field: "attendance", message: "")])
        }
        let report = HeldReport(receivedBy: form.fields.receivedBy ?? [], attendance: attendance)
        return try await sessionAction(request, context, id: id) {
            guard form.confirmed else {
                try await sessions.checkHeld(id, report, staff: staff)
                let language = Language.of(request)
                let words = pages.localization
                let session = try await visits.session(id, staff: staff)
                let names = try await schedules.leaders(organisationID: session.organisationID)
                    .filter { report.receivedBy.contains($0.id) }.map { "\($0.title) \($0.name)" }
                let people = try await checkedInPeople(id)
                return try pages.confirmation(
                    request,
                    context,
                    form: form,
                    heading: words.word("confirm_held_heading", language),
                    consequences: [
                        words.word("confirm_held_leaders", language) + " " + names.joined(separator: ", ") + ".",
                        words.word("confirm_held_attendance", language) + " " + String(attendance ?? people) + ".",
                        words.word("confirm_held_counts", language),
                        words.word("confirm_irreversible", language),
                    ],
                    confirmLabel: words.word("day_mark_held", language),
                    backURL: "/staff/sessions/\(id)#held"
                )
            }
            _ = try await sessions.recordHeld(id, report, staff: staff)
            return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(id)?done=held"])
        }
    }

    private func postpone(_ request: Request, _ context: AppRequestContext, id: String) async throws -> Response {
        let form = try await ConfirmableForm<SessionForm>.read(request, context: context)
        let staff = context.staff!
        let session = try await visits.session(id, staff: staff)
        let zone = try await schedules.timeZone(organisationID: session.organisationID)
        let to = FormDateTime.instant(date: form.fields.date, time: form.fields.time, zone: zone)
        let change = SessionPostponement(to: FormDateTime.text(to), reason: form.fields.reason ?? "")
        return try await sessionAction(request, context, id: id) {
            guard form.confirmed else {
                try await sessions.checkPostponement(id, change, staff: staff)
                let language = Language.of(request)
                let words = pages.localization
                let newStart = to ?? session.startsAt
                return try pages.confirmation(
                    request,
                    context,
                    form: form,
                    heading: words.word("confirm_postpone_heading", language),
                    consequences: [
                        words.word("confirm_postpone_to", language) + " "
                            + pages.when(
                                newStart,
                                newStart.addingTimeInterval(session.endsAt.timeIntervalSince(session.startsAt)),
                                zone: zone,
                                language
                            )
                            + ".",
                        words.word("confirm_booked_told", language) + " " + String(try await activeBookings(id)) + ".",
                        words.word("confirm_reason_public", language) + " " + change.reason,
                    ],
                    confirmLabel: words.word("day_postpone", language),
                    backURL: "/staff/sessions/\(id)#change"
                )
            }
            _ = try await sessions.postpone(id, change, staff: staff)
            return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(id)?done=postponed"])
        }
    }

    private func cancel(_ request: Request, _ context: AppRequestContext, id: String) async throws -> Response {
        let form = try await ConfirmableForm<SessionForm>.read(request, context: context)
        let staff = context.staff!
        let change = SessionCancellation(reason: form.fields.reason ?? "")
        return try await sessionAction(request, context, id: id) {
            guard form.confirmed else {
                try await sessions.checkCancellation(id, change, staff: staff)
                let language = Language.of(request)
                let words = pages.localization
                return try pages.confirmation(
                    request,
                    context,
                    form: form,
                    heading: words.word("confirm_cancel_heading", language),
                    consequences: [
                        words.word("confirm_cancel_released", language) + " " + String(try await activeBookings(id)) + ".",
                        words.word("confirm_reason_public", language) + " " + change.reason,
                        words.word("confirm_irreversible", language),
                    ],
                    confirmLabel: words.word("day_cancel", language),
                    backURL: "/staff/sessions/\(id)#change"
                )
            }
            _ = try await sessions.cancel(id, change, staff: staff)
            return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(id)?done=cancelled"])
        }
    }

    /// Runs a session form's action; what the desk refuses is shown on the day list, each field named.
    private func sessionAction(
        _ request: Request,
        _ context: AppRequestContext,
        id: String,
        _ action: () async throws -> Response
    ) async throws -> Response {
        do {
            return try await action()
        } catch OfficeError.invalid(let issues) {
            return try await dayList(request, context, id: id, sessionErrors: issues, status: .unprocessableContent)
        } catch OfficeError.conflict {
            return try await dayList(request, context, id: id, sessionErrors: [FieldIssue(field: "not_changeable", message: "")], status: .conflict)
        } catch SessionChangeError.notChangeable, SessionChangeError.leaderBusy {
            return try await dayList(request, context, id: id, sessionErrors: [FieldIssue(field: "not_changeable", message: "")], status: .conflict)
        }
    }

    private func checkedInPeople(_ id: String) async throws -> Int {
        try await visits.bookings.bookings(session: id).filter { $0.checkedInAt != nil }.reduce(0) { $0 + $1.groupSize }
    }

    /// Bookings still held for the session: the citizens a change is told to.
    private func activeBookings(_ id: String) async throws -> Int {
        try await visits.bookings.bookings(session: id).filter { $0.status != .cancelled && $0.checkedInAt == nil }.count
    }

    private func dayList(
        _ request: Request,
        _ context: AppRequestContext,
        id: String,
        failed: (reference: String, form: OutcomeForm)? = nil,
        errors: [Problem.FieldError] = [],
        walkIn: BookingFormFields? = nil,
        walkInErrors: FormFieldSet<String> = FormFieldSet(),
        sessionErrors: [FieldIssue] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let staff = context.staff!
        let session = try await visits.session(id, staff: staff)
        let organisation = try await schedules.organisation(id: session.organisationID)
        let zone = Organisation.zone(named: organisation?.timeZone)
        let language = Language.of(request)
        let words = pages.localization
        let isSecretariat = staff.hasAnyRole([.secretariat], in: session.organisationID)
        let checkInOpen = try await visits.checkInIsOpen(session)
        let canCheckIn = isSecretariat && checkInOpen && session.status.isUpcoming
        let records = try await visits.bookings.bookings(session: id)
        let notices = try await visits.notices(of: records)
        let visitRows = records.map { record in
            let isFailed = record.reference == failed?.reference
            // A refused form shows what the clerk chose, not what was stored before.
            let outcome = isFailed ? failed?.form.outcome : record.outcome?.rawValue
            let category = isFailed ? failed?.form.category : record.category?.rawValue
            return DayListPage.Visit(
                reference: record.reference,
                time: record.slotStartsAt.map { ZoneClock(zone).time(of: $0) } ?? "—",
                name: record.name,
                phone: record.phone,
                idNumber: record.idNumber?.nilIfEmpty,
                address: record.address?.nilIfEmpty,
                subject: record.subject,
                summary: record.summary.nilIfEmpty,
                groupSize: record.groupSize,
                representatives: record.representatives.isEmpty ? nil : record.representatives.joined(separator: ", "),
                attendance: session.mode.takesOnline ? words.word("session_mode_" + record.attendance.rawValue, language) : nil,
                status: words.word("booking_status_\(record.status.rawValue)", language),
                isActive: record.status != .cancelled,
                checkedIn: record.checkedInAt.map { ZoneClock(zone).time(of: $0) },
                canCheckIn: canCheckIn && record.status != .cancelled && record.checkedInAt == nil,
                outcome: record.outcome.map { words.word("outcome_\($0.rawValue)", language) },
                outcomeDetail: (isFailed ? failed?.form.detail : record.outcomeDetail)?.nilIfEmpty,
                handledBefore: (isFailed ? failed?.form.handledBefore : record.handledBefore)?.nilIfEmpty,
                // An empty first choice: the handling direction is always chosen, never a silent default.
                outcomes: [Choice(value: "", label: words.word("day_choose_outcome", language), selected: (outcome ?? "").isEmpty)]
                    + VisitOutcome.allCases.map {
                        Choice(value: $0.rawValue, label: words.word("outcome_\($0.rawValue)", language), selected: $0.rawValue == outcome)
                    },
                categories: [Choice(value: "", label: words.word("day_choose_category", language), selected: (category ?? "").isEmpty)]
                    // Someone received at the desk is identified: what they bring is never anonymous information.
                    + CaseCategory.allCases.filter { $0 != .information }.map {
                        Choice(value: $0.rawValue, label: words.word("category_\($0.rawValue)", language), selected: $0.rawValue == category)
                    },
                errors: isFailed ? errors.map { words.word("day_error_\($0.field)", language) } : [],
                notices: (notices[record.reference] ?? []).map { NoticeDelivery($0, clock: ZoneClock(zone)) { words.word($0, language) } },
                surveyEntry: isSecretariat && record.outcome != nil ? "/staff/surveys/visit/\(record.reference)" : nil
            )
        }
        let leaders = try await schedules.leaders(organisationID: session.organisationID)
        let departments = try await schedules.departments(organisationID: session.organisationID)
        let content = DayListPage(
            sessionID: session.id,
            title: session.title,
            organisationID: session.organisationID,
            organisationName: organisation?.name ?? session.organisationID,
            location: session.location,
            joinURL: session.joinURL,
            when: pages.when(session.startsAt, session.endsAt, zone: zone, language),
            status: words.word("status_\(session.status.rawValue)", language),
            day: ScheduleExpander.localDay(of: session.startsAt, in: zone).description,
            visits: visitRows,
            checkedInPeople: records.filter { $0.checkedInAt != nil }.reduce(0) { $0 + $1.groupSize },
            errorSummary: ErrorSummary.of(
                errors.prefix(1).map { FieldIssue(field: failed?.reference ?? "", message: words.word("day_error_\($0.field)", language)) }
            ),
            commitments: try await commitments.list(organisationID: session.organisationID).filter { $0.sessionID == id }.map {
                DayListPage.Commitment(id: $0.id, text: $0.text, due: DocumentDate.short($0.dueDate))
            },
            owners: leaders.map { DayListPage.Owner(id: $0.id, name: "\($0.title) \($0.name)") }
                + departments.map { DayListPage.Owner(id: $0.id, name: $0.name) },
            canCommit: context.staff?.hasAnyRole([.secretariat, .leader]) == true,
            commitmentErrors: (request.uri.queryParameters.get("commitment_error") ?? "").split(separator: "|").map(String.init),
            notice: request.uri.queryParameters.get("done").flatMap { Self.notices.contains($0) ? words.word("day_done_" + $0, language) : nil },
            checkInOpensAt: checkInOpen || !session.status.isUpcoming
                ? nil : DocumentDate.short(ZoneClock(zone).day(of: try await visits.checkInOpens(session))),
            canRegisterWalkIn: isSecretariat && checkInOpen && session.status.isUpcoming && session.kind == .reception,
            walkIn: walkIn ?? BookingFormFields(session: id),
            walkInErrors: walkInErrors,
            canMarkHeld: isSecretariat && sessions.canMarkHeld(session),
            leaders: leaders.map { Choice(value: $0.id, label: "\($0.title) \($0.name)", selected: session.leaderIDs.contains($0.id)) },
            canChange: isSecretariat && session.status.isUpcoming,
            sessionErrors: sessionErrors.map {
                words.word("day_error_" + ($0.field.split(separator: "[").first.map(String.init) ?? $0.field), language)
            }
        )
        return try pages.page("web/staff/day", titleKey: "day_title", request: request, context: context, content: content, status: status)
    }
}
