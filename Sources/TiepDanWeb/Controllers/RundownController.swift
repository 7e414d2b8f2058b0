import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// `POST /api/v1/sessions/{id}/rundown`: the rundown of a radio programme or dialogue from the
/// questions collected for it, with the reason for each question in or out.
struct RundownController {
    let pages: PageRenderer
    let desk: BroadcastDesk
    var schedules: ScheduleRepository { desk.schedules }

    struct Body: Decodable {
        let minutesAvailable: Int?
        let reserveMinutes: Int?
        let urgent: [String]?
        let seconds: [String: Int]?
    }

    struct Entry: Encodable, Sendable {
        let reference, topic, subject, reason: String
        let seconds, priority: Int
        let startsAt: String?
    }

    /// One item in broadcast order, as the contract names it.
    struct Item: Encodable, Sendable {
        let questionRef: String
        let estimatedSeconds: Int
        let reason: String
    }

    struct View: ResponseEncodable {
        let sessionId: String
        let items: [Item]
        let totalSeconds, reserveSeconds: Int
        let airMinutes, reserveMinutes, usedSeconds: Int
        let selected, leftOut: [Entry]
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/sessions/{id}/rundown",
                summary: "The rundown printed with segment times (HTML)",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("reserve_minutes", "kept for call-ins; default 10")],
                responses: [200: "OK", 409: "not a radio programme or dialogue"],
                produces: "text/html"
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                let session = try await desk.programme(id, staff: context.staff!)
                let reserveMinutes = try BoundedNumber.reserveMinutes.parse(request.uri.queryParameters.get("reserve_minutes"))
                let (rundown, collected) = try await desk.rundown(session, reserveMinutes: reserveMinutes)
                let subjects = Dictionary(uniqueKeysWithValues: collected.map { ($0.reference, PersonalDataMasker().masked($0.subject)) })
                let zone = try await schedules.timeZone(organisationID: session.organisationID)
                func clock(_ offset: Int) -> String { ZoneClock(zone).time(of: session.startsAt.addingTimeInterval(TimeInterval(offset))) }
                func length(_ seconds: Int) -> String { String(format: "%d:%02d", seconds / 60, seconds % 60) }
                let document = RundownDocument(
                    title: session.title,
                    location: session.location,
                    date: DocumentDate.short(ZoneClock(zone).day(of: session.startsAt)),
                    starts: clock(0),
                    ends: clock(rundown.airSeconds),
                    segments: rundown.selected.enumerated().map { index, entry in
                        RundownDocument.Segment(
                            number: index + 1,
                            starts: clock(entry.startsAtSecond ?? 0),
                            length: length(entry.seconds),
                            reference: entry.id,
                            topic: entry.topic,
                            subject: subjects[entry.id] ?? "",
                            reason: entry.reason
                        )
                    },
                    reserveStarts: clock(rundown.usedSeconds),
                    reserveLength: length(rundown.airSeconds - rundown.usedSeconds),
                    leftOut: rundown.leftOut.map { RundownDocument.LeftOut(reference: $0.id, subject: subjects[$0.id] ?? "", reason: $0.reason) }
                )
                let html = try pages.templates.render("documents/rundown", with: document)
                return Response(
                    status: .ok,
                    headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "private, no-store"],
                    body: .init(byteBuffer: ByteBuffer(string: html))
                )
            },
            Endpoint(
                .post,
                "/api/v1/sessions/{id}/rundown",
                summary: "Build the programme's rundown from its collected questions",
                tag: "staff",
                roles: [.secretariat, .leader],
                requestBody: """
                    {"type": "object", "properties": {"minutes_available": {"type": "integer", "description": "on-air minutes; default the programme's length"},
                      "reserve_minutes": {"type": "integer", "description": "kept for call-ins; default 10"},
                      "urgent": {"type": "array", "items": {"type": "string"}, "description": "references marked urgent"},
                      "seconds": {"type": "object", "additionalProperties": {"type": "integer"}, "description": "speaking-time estimates by reference"}}}
                    """,
                responses: [200: "the rundown", 404: "no such session", 409: "not a radio programme or dialogue", 422: "a field is not acceptable"]
            ) { request, context -> View in
                let id = try context.parameters.require("id")
                let session = try await desk.programme(id, staff: context.staff!)
                let body = try await request.decodeJSON(Body.self, context: context)
                let (rundown, collected) = try await desk.rundown(
                    session,
                    airMinutes: body.minutesAvailable,
                    reserveMinutes: body.reserveMinutes,
                    urgent: body.urgent ?? [],
                    seconds: body.seconds ?? [:]
                )
                let reserve = rundown.reserveSeconds
                let air = rundown.airSeconds
                let subjects = Dictionary(uniqueKeysWithValues: collected.map { ($0.reference, PersonalDataMasker().masked($0.subject)) })
                func entry(_ item: RundownEntry) -> Entry {
                    Entry(
                        reference: item.id,
                        topic: item.topic,
                        subject: subjects[item.id] ?? "",
                        reason: item.reason,
                        seconds: item.seconds,
                        priority: item.priority,
                        startsAt: item.startsAtSecond.map { RFC3339.string(session.startsAt.addingTimeInterval(TimeInterval($0))) }
                    )
                }
                return View(
                    sessionId: id,
                    items: rundown.selected.map { Item(questionRef: $0.id, estimatedSeconds: $0.seconds, reason: $0.reason) },
                    totalSeconds: rundown.usedSeconds,
                    reserveSeconds: air - rundown.usedSeconds,
                    airMinutes: air / 60,
                    reserveMinutes: reserve / 60,
                    usedSeconds: rundown.usedSeconds,
                    selected: rundown.selected.map(entry),
                    leftOut: rundown.leftOut.map(entry)
                )
            },
        ]
    }
}
