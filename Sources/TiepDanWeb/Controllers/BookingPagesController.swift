import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// The citizen's booking pages, one question per page in the GOV.UK manner: choose a session,
/// choose a time, your details, check your answers, then a confirmation with the reference and
/// a cancel link. Plain forms throughout: no JavaScript needed, nothing kept on the server
/// between steps.
struct BookingPagesController {
    let pages: PageRenderer
    let desk: BookingDesk
    private var schedules: ScheduleRepository { desk.schedules }
    let publicWrites: RateLimiter

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/book",
                summary: "Booking, step 1: choose a session",
                tag: "pages",
                query: [("organisation", "organisation id")],
                responses: [200: "the sessions open for booking", 404: "no such organisation"],
                produces: "text/html"
            ) { request, context in
                try await chooseSession(request, context)
            },
            Endpoint(
                .get,
                "/book/slot",
                summary: "Booking, step 2: choose a time",
                tag: "pages",
                query: [("session", "session id")],
                responses: [200: "the times to choose from", 404: "no such session open for booking"],
                produces: "text/html"
            ) { request, context in
                try await chooseSlot(request, context)
            },
            Endpoint(
                .get,
                "/book/details",
                summary: "Booking, step 3: your details",
                tag: "pages",
                query: [("session", "session id"), ("slot", "the chosen time"), ("waitlist", "1 to join the waiting list")],
                responses: [200: "the form", 404: "no such session open for booking"],
                produces: "text/html"
            ) { request, context in
                let fields = BookingFormFields(
                    session: request.uri.queryParameters.get("session"),
                    slot: request.uri.queryParameters.get("slot"),
                    waitlist: request.uri.queryParameters.get("waitlist")
                )
                return try await details(request, context, fields: fields)
            },
            Endpoint(
                .post,
                "/book/details",
                summary: "Booking, step 3 again, filled in (form post with _csrf, from check your answers)",
                tag: "pages",
                responses: [200: "the form, filled in", 404: "no such session open for booking"],
                produces: "text/html"
            ) { request, context in
                try await details(request, context, fields: try await request.decodeForm(BookingFormFields.self, context: context))
            },
            Endpoint(
                .post,
                "/book/check",
                summary: "Booking, step 4: check your answers (form post with _csrf)",
                tag: "pages",
                responses: [
                    200: "the answers to check", 404: "no such session open for booking", 422: "the details page naming each wrong field",
                ],
                produces: "text/html"
            ) { request, context in
                let fields = try await request.decodeForm(BookingFormFields.self, context: context)
                let session = try await desk.bookableSession(fields.session)
                do {
                    _ = try BookingDesk.checked(fields.body, staff: nil, tokenHash: "", mode: session.mode)
                } catch OfficeError.invalid(let issues) {
                    return try await details(request, context, fields: fields, errors: issues, status: .unprocessableContent)
                }
                return try await check(request, context, fields: fields, session: session)
            },
            Endpoint(
                .post,
                "/book/confirm",
                summary: "Booking: send (form post with _csrf)",
                tag: "pages",
                responses: [
                    303: "to the booking's page", 404: "no such session open for booking", 409: "full, closed or already booked",
                    429: "too many requests",
                ],
                produces: "text/html"
            ) { request, context in
                try await confirm(request, context)
            },
            ShortLink.endpoint("/b", to: "/bookings", what: "the booking's page"),
            Endpoint(
                .get,
                "/bookings/{reference}",
                summary: "The citizen's booking page (?token=)",
                tag: "pages",
                produces: "text/html"
            ) { request, context in
                try await bookingPage(request, context)
            },
            Endpoint(
                .post,
                "/bookings/{reference}/cancel",
                summary: "Cancel from the booking page (form post, confirmed on a second post)",
                tag: "pages",
                responses: [200: "what will happen, to confirm", 303: "back to the booking's page"],
                produces: "text/html"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let form = try await ConfirmableForm<[String: String]>.read(request, context: context)
                let token = form.fields["token"] ?? ""
                let back = "/bookings/\(reference)?token=\(token.queryEncoded)"
                guard form.confirmed else {
                    guard let booking = try await desk.bookings.find(reference: reference, tokenHash: SessionToken.hash(token)),
                        let session = try await schedules.session(id: booking.sessionID)
                    else { throw Problem.notFound("no booking \(reference) with that token") }
                    if booking.status == .cancelled { return Response(status: .seeOther, headers: [.location: back]) }
                    let language = Language.of(request)
                    let words = pages.localization
                    let zone = try await zone(of: session)
                    return try pages.confirmation(
                        request,
                        context,
                        form: form,
                        heading: words.word("confirm_booking_cancel_heading", language) + " " + reference + "?",
                        consequences: [
                            words.word("confirm_booking_cancel_session", language) + " " + session.title + ", "
                                + pages.when(booking.slotStartsAt ?? session.startsAt, session.endsAt, zone: zone, language) + ".",
                            words.word("confirm_booking_cancel_seat", language),
                            words.word("confirm_irreversible", language),
                        ],
                        confirmLabel: words.word("book_cancel", language),
                        backURL: back
                    )
                }
                do {
                    _ = try await desk.cancel(reference, tokenHash: SessionToken.hash(token), actor: "citizen")
                } catch BookingError.alreadyCancelled {
                    // A second tap on a slow connection: the booking is cancelled, which is what was asked.
                } catch BookingError.notFound {
                    throw Problem.notFound("no booking \(reference) with that token")
                }
                return Response(status: .seeOther, headers: [.location: "/bookings/\(reference)?token=\(token.queryEncoded)"])
            },
            Endpoint(
                .post,
                "/bookings/{reference}/consents/messages/withdraw",
                summary: "Withdraw the consent to be messaged from the booking page (form post)",
                tag: "pages",
                responses: [303: "back to the booking's page", 404: "no booking with that token"],
                produces: "text/html"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let form = try await request.decodeForm([String: String].self, context: context)
                let token = form["token"] ?? ""
                do {
                    _ = try await desk.withdrawMessagesConsent(reference, tokenHash: SessionToken.hash(token))
                } catch OfficeError.conflict {
                    // A second tap on a slow connection: the consent is withdrawn, which is what was asked.
                }
                return Response(status: .seeOther, headers: [.location: "/bookings/\(reference)?token=\(token.queryEncoded)#consents"])
            },
            Endpoint(
                .get,
                "/bookings/{reference}/calendar.ics",
                summary: "The booking for the citizen's calendar (?token=)",
                tag: "pages",
                produces: "text/calendar"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let token = request.uri.queryParameters.get("token") ?? ""
                guard let booking = try await desk.bookings.find(reference: reference, tokenHash: SessionToken.hash(token)),
                    let session = try await schedules.session(id: booking.sessionID)
                else {
                    throw Problem.notFound("no booking \(reference) with that token")
                }
                let file = BookingCalendarFile(
                    reference: reference,
                    session: session,
                    slotStartsAt: booking.slotStartsAt,
                    slotEndsAt: booking.slotEndsAt,
                    cancelled: booking.status == .cancelled || session.status == .cancelled
                )
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "text/calendar; charset=utf-8", .contentDisposition: "attachment; filename=\"\(reference).ics\"",
                        .cacheControl: "private, no-store",
                    ],
                    body: .init(byteBuffer: ByteBuffer(string: file.render()))
                )
            },
        ]
    }

    // MARK: Steps

    private func chooseSession(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let organisations = try await schedules.organisations()
        let chosen = request.uri.queryParameters.get("organisation") ?? ""
        var organisationName: String?
        var choices: [ChooseSessionPage.Session] = []
        if !chosen.isEmpty {
            guard let organisation = try await schedules.organisation(id: chosen) else { throw Problem.notFound("no organisation \(chosen)") }
            let (sessions, taken) = try await desk.bookableSessions(organisationID: chosen)
            let leaders = Dictionary(uniqueKeysWithValues: try await schedules.leaders(organisationID: chosen).map { ($0.id, $0) })
            let language = Language.of(request)
            organisationName = organisation.name
            choices = sessions.map { session in
                let free = session.slots.reduce(0) { $0 + max(0, $1.capacity - (taken["\(session.id)-\($1.index)"] ?? 0)) }
                let names = session.leaderIDs.compactMap { leaders[$0] }.map { "\($0.title) \($0.name)" }
                return ChooseSessionPage.Session(
                    id: session.id,
                    title: session.title,
                    when: pages.when(session.startsAt, session.endsAt, zone: organisation.zone, language),
                    location: session.location,
                    free: free,
                    isFull: free == 0,
                    leaders: names.isEmpty ? nil : names.joined(separator: "; "),
                    isMoved: session.movedFrom != nil
                )
            }
        }
        let content = ChooseSessionPage(
            organisations: organisations.map { Choice(value: $0.id, label: $0.name, selected: $0.id == chosen) },
            organisationName: organisationName,
            sessions: choices,
            hasSessions: !choices.isEmpty
        )
        return try pages.page("web/book/session", titleKey: "book_session_title", request: request, context: context, content: content)
    }

    private func chooseSlot(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try await desk.bookableSession(request.uri.queryParameters.get("session"))
        let zone = try await zone(of: session)
        let taken = try await desk.bookings.seatsTaken(sessions: [session.id])
        let slots = session.slots.map { slot in
            let id = "\(session.id)-\(slot.index)"
            let free = max(0, slot.capacity - (taken[id] ?? 0))
            return ChooseSlotPage.Slot(
                id: id,
                time: ZoneClock(zone).time(of: slot.startsAt) + " – " + ZoneClock(zone).time(of: slot.endsAt),
                free: free,
                isFull: free == 0
            )
        }
        let content = ChooseSlotPage(
            session: try await heading(session, zone: zone, request: request),
            slots: slots,
            allFull: !slots.contains { $0.free > 0 }
        )
        return try pages.page("web/book/slot", titleKey: "book_slot_title", request: request, context: context, content: content)
    }

    private func details(
        _ request: Request,
        _ context: AppRequestContext,
        fields: BookingFormFields,
        errors: [Problem.FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let session = try await desk.bookableSession(fields.session)
        let zone = try await zone(of: session)
        let language = Language.of(request)
        let (messages, summary) = FormFieldSet.messages(for: errors.map { BookingFormFields.formField($0.field) }) {
            pages.localization.word("book_error_" + $0, language)
        }
        let focus = FormFieldSet<Bool>.focusing(request.uri.queryParameters.get("focus"))
        let content = BookingDetailsPage(
            session: try await heading(session, zone: zone, request: request),
            slotTime: slotTime(session, fields.slot, zone: zone),
            form: fields,
            attendsInPerson: fields.attend == "in_person",
            attendsOnline: fields.attend == "online",
            wantsWaitlist: fields.waitlist == "1",
            wantsMessages: fields.messagesConsent == "1",
            reply: ReplyChoice(fields.replyChannel, preset: .zalo) { pages.localization.word($0, language) },
            errors: messages,
            focus: focus,
            errorSummary: ErrorSummary.of(summary)
        )
        return try pages.formPage("web/book/details", titleKey: "book_details_title", request, context, content: content, status: status)
    }

    private func check(
        _ request: Request,
        _ context: AppRequestContext,
        fields: BookingFormFields,
        session: ScheduledSession,
        problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let zone = try await zone(of: session)
        let content = BookingCheckPage(
            session: try await heading(session, zone: zone, request: request),
            slotTime: slotTime(session, fields.slot, zone: zone) ?? pages.localization.word("book_first_free", Language.of(request)),
            form: fields,
            attendsInPerson: fields.attend == "in_person",
            attendsOnline: fields.attend == "online",
            groupSize: fields.groupSize?.trimmingCharacters(in: .whitespaces).nilIfEmpty ?? "1",
            representatives: fields.representativeList,
            wantsWaitlist: fields.waitlist == "1",
            wantsMessages: fields.messagesConsent == "1",
            reply: ReplyChoice(fields.replyChannel, preset: .zalo) { pages.localization.word($0, Language.of(request)) },
            hidden: fields.hidden,
            errorSummary: problem.map { ErrorSummary(errors: [FieldIssue(field: "confirm", message: $0)]) }
        )
        return try pages.formPage("web/book/check", titleKey: "book_check_title", request, context, content: content, status: status)
    }

    private func confirm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let fields = try await request.decodeForm(BookingFormFields.self, context: context)
        let session = try await desk.bookableSession(fields.session)
        let language = Language.of(request)
        if let wait = await publicWrites.consume("booking:" + context.clientAddress) {
            throw Problem.tooManyRequests(retryAfter: wait)
        }
        let token = SessionToken.generate()
        do {
            let record = try await desk.book(fields.body, staff: nil, token: token)
            return Response(status: .seeOther, headers: [.location: "/bookings/\(record.reference)?token=\(token.queryEncoded)&new=1"])
        } catch OfficeError.invalid(let issues) {
            return try await details(request, context, fields: fields, errors: issues, status: .unprocessableContent)
        } catch let error as BookingError {
            let message: String
            switch error {
            case .full: message = pages.localization.word("book_error_full", language)
            case .alreadyBooked: message = pages.localization.word("book_error_already_citizen", language)
            case .slotNotFound: message = pages.localization.word("book_error_slot", language)
            default: message = pages.localization.word("book_error_closed", language)
            }
            return try await check(request, context, fields: fields, session: session, problem: message, status: .conflict)
        }
    }

    private func bookingPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let reference = try context.parameters.require("reference")
        let token = request.uri.queryParameters.get("token") ?? ""
        guard let booking = try await desk.bookings.find(reference: reference, tokenHash: SessionToken.hash(token)),
            let session = try await schedules.session(id: booking.sessionID)
        else {
            throw Problem.notFound("no booking \(reference) with that token")
        }
        let zone = try await zone(of: session)
        let language = Language.of(request)
        let time =
            booking.slotStartsAt.map { start in
                pages.when(start, booking.slotEndsAt ?? session.endsAt, zone: zone, language)
            } ?? pages.when(session.startsAt, session.endsAt, zone: zone, language)
        let active = booking.status != .cancelled && session.status != .cancelled
        let content = BookingPage(
            reference: reference,
            token: token,
            tokenQuery: token.queryEncoded,
            isNew: request.uri.queryParameters.get("new") == "1",
            status: pages.localization.word("booking_status_\(booking.status.rawValue)", language),
            isWaitlisted: booking.status == .waitlisted,
            isCancelled: !active,
            canCancel: active && session.endsAt > Date(),
            session: try await heading(session, zone: zone, request: request),
            time: time,
            name: booking.name,
            subject: booking.subject,
            attendance: pages.localization.word("session_mode_" + booking.attendance.rawValue, language),
            joinURL: booking.joinLink(in: session),
            messagesConsent: booking.messagesConsent
        )
        return try pages.formPage("web/book/booking", titleKey: "book_booking_title", request, context, content: content)
    }

    // MARK: Helpers

    private func zone(of session: ScheduledSession) async throws -> TimeZone {
        try await schedules.timeZone(organisationID: session.organisationID)
    }

    private func heading(_ session: ScheduledSession, zone: TimeZone, request: Request) async throws -> SessionHeading {
        let organisation = try await schedules.organisation(id: session.organisationID)
        return SessionHeading(
            id: session.id,
            title: session.title,
            when: pages.when(session.startsAt, session.endsAt, zone: zone, Language.of(request)),
            location: session.location,
            organisationID: session.organisationID,
            organisation: organisation?.name ?? session.organisationID,
            mode: pages.localization.word("session_mode_" + session.mode.rawValue, Language.of(request)),
            isHybrid: session.mode == .hybrid,
            isRecorded: session.mode.takesOnline
        )
    }

    private func slotTime(_ session: ScheduledSession, _ slot: String?, zone: TimeZone) -> String? {
        guard let slot, let found = session.slots.first(where: { "\(session.id)-\($0.index)" == slot }) else { return nil }
        return ZoneClock(zone).time(of: found.startsAt) + " – " + ZoneClock(zone).time(of: found.endsAt)
    }
}
