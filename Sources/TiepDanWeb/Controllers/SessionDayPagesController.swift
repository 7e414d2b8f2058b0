import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// Staff pages of the session day: the day list with check-in and the outcome of each visit,
/// and the register (Form 03) as a page and as CSV. Plain form posts; each answers with a
/// redirect back to the list, so a reload never posts twice.
struct SessionDayPagesController {
    let pages: PageRenderer
    let visits: VisitDesk
    let schedules: ScheduleRepository
    let commitments: CommitmentRepository

    struct OutcomeForm: Decodable {
        let outcome: String?
        let category: String?
        let detail: String?
        let handledBefore: String?

        enum CodingKeys: String, CodingKey {
            case outcome, category, detail
            case handledBefore = "handled_before"
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
                    handledBefore: form.handledBefore
                )
                do {
                    _ = try await visits.record(reference, report, staff: context.staff!)
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent || error.problem.status == .conflict {
                    let problem = error.problem
                    return try await dayList(
                        request,
                        context,
                        id: booking.sessionID,
                        failed: reference,
                        errors: problem.errors.isEmpty
                            ? [.init(field: "outcome", message: problem.detail)] : problem.errors,
                        status: problem.status
                    )
                }
                return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(booking.sessionID)#\(reference)"])
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
                return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(record.sessionID)#\(reference)"])
            },
            Endpoint(
                .get,
                "/staff/register",
                summary: "The register of citizen reception (Form 03)",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("organisation", "organisation id"), ("from", "YYYY-MM-DD"), ("to", "YYYY-MM-DD")],
                produces: "text/html"
            ) { request, context -> Response in
                let register = try await register(request, context)
                let content = RegisterPage(
                    organisationName: register.organisationName,
                    organisations: try await schedules.organisations().filter { context.staff!.canRead($0.id) }.map {
                        Choice(value: $0.id, label: $0.name, selected: $0.id == register.organisationID)
                    },
                    from: register.from.description,
                    to: register.through.description,
                    csvURL: "/staff/register.csv?organisation=\(register.organisationID)&from=\(register.from)&to=\(register.through)",
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
        ]
    }

    private func register(_ request: Request, _ context: AppRequestContext) async throws -> Register {
        let parameters = request.uri.queryParameters
        return try await visits.register(
            organisationID: parameters.get("organisation"),
            from: parameters.get("from"),
            to: parameters.get("to"),
            staff: context.staff!
        )
    }

    private func dayList(
        _ request: Request,
        _ context: AppRequestContext,
        id: String,
        failed: String? = nil,
        errors: [Problem.FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let session = try await visits.session(id, staff: context.staff!)
        let organisation = try await schedules.organisation(id: session.organisationID)
        let zone = Organisation.zone(named: organisation?.timeZone)
        let language = Language.of(request)
        let words = pages.localization
        let canCheckIn = context.staff?.hasAnyRole([.secretariat]) == true
        let records = try await visits.bookings.bookings(session: id)
        let visitRows = records.map { record in
            let isFailed = record.reference == failed
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
                status: words.word("booking_status_\(record.status.rawValue)", language),
                isActive: record.status != .cancelled,
                checkedIn: record.checkedInAt.map { ZoneClock(zone).time(of: $0) },
                canCheckIn: canCheckIn && record.status != .cancelled && record.checkedInAt == nil,
                outcome: record.outcome.map { words.word("outcome_\($0.rawValue)", language) },
                outcomeDetail: record.outcomeDetail?.nilIfEmpty,
                handledBefore: record.handledBefore?.nilIfEmpty,
                outcomes: VisitOutcome.allCases.map {
                    Choice(value: $0.rawValue, label: words.word("outcome_\($0.rawValue)", language), selected: $0 == record.outcome)
                },
                categories: CaseCategory.allCases.map {
                    Choice(value: $0.rawValue, label: words.word("category_\($0.rawValue)", language), selected: $0 == record.category)
                },
                errors: isFailed ? errors.map { words.word("day_error_\($0.field)", language) } : []
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
            when: pages.when(session.startsAt, session.endsAt, zone: zone, language),
            status: words.word("status_\(session.status.rawValue)", language),
            day: ScheduleExpander.localDay(of: session.startsAt, in: zone).description,
            visits: visitRows,
            checkedInPeople: records.filter { $0.checkedInAt != nil }.reduce(0) { $0 + $1.groupSize },
            errorSummary: ErrorSummary.of(
                errors.prefix(1).map { FieldIssue(field: failed ?? "", message: words.word("day_error_\($0.field)", language)) }
            ),
            commitments: try await commitments.list(organisationID: session.organisationID).filter { $0.sessionID == id }.map {
                DayListPage.Commitment(id: $0.id, text: $0.text, due: DocumentDate.short($0.dueDate))
            },
            owners: leaders.map { DayListPage.Owner(id: $0.id, name: "\($0.title) \($0.name)") }
                + departments.map { DayListPage.Owner(id: $0.id, name: $0.name) },
            canCommit: context.staff?.hasAnyRole([.secretariat, .leader]) == true,
            commitmentErrors: (request.uri.queryParameters.get("commitment_error") ?? "").split(separator: "|").map(String.init)
        )
        return try pages.page("web/staff/day", titleKey: "day_title", request: request, context: context, content: content, status: status)
    }
}
