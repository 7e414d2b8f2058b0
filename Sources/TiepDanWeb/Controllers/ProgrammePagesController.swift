import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The secretariat's page for a radio programme or dialogue: its questions by topic, the panel and its
/// invitations, and after the broadcast its minutes and bulletin. The live console is `ProgrammeConsolePagesController`.
struct ProgrammePagesController {
    let pages: PageRenderer
    let desk: BroadcastDesk
    let minutes: MinutesDesk
    let bulletins: BulletinDesk

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/programmes/{id}",
                summary: "A programme: questions by topic, the panel, links to the console and documents",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                responses: [200: "OK", 409: "not a radio programme or dialogue"],
                produces: "text/html"
            ) { request, context in
                try await programme(request, context)
            },
            Endpoint(
                .post,
                "/staff/programmes/{id}/invitations",
                summary: "Invite the panel, once each (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [409: "not a radio programme or dialogue", 303: "back to the programme"],
                produces: "text/html"
            ) { _, context -> Response in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                _ = try await desk.invite(session, staff: context.staff!)
                return Response(status: .seeOther, headers: [.location: "/staff/programmes/\(session.id)#panel"])
            },
            Endpoint(
                .post,
                "/staff/programmes/{id}/minutes",
                summary: "Draft the programme's minutes (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [409: "not a radio programme or dialogue", 303: "to the minutes page"],
                produces: "text/html"
            ) { _, context -> Response in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let record = try await minutes.draft(session, kind: .dialogueMinutes, staff: context.staff!).record
                return Response(status: .seeOther, headers: [.location: "/staff/minutes/\(record.id)"])
            },
            Endpoint(
                .post,
                "/staff/programmes/{id}/bulletin",
                summary: "Publish the programme's approved answers as a bulletin (form post, confirmed on a second post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [
                    200: "what will be published, to confirm", 409: "not a radio programme or dialogue", 303: "to the bulletin",
                    422: "no approved answer to publish",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
                let form = try await ConfirmableForm<[String: String]>.read(request, context: context)
                // The bulletin's title is the programme's, in the language the office works in.
                let title = String((pages.localization.word("programme_bulletin", .vi) + ": " + session.title).prefix(200))
                let bulletin = BulletinRequest(
                    organisationId: session.organisationID,
                    title: title,
                    questionRefs: nil,
                    sessionId: session.id,
                    replaces: nil
                )
                guard form.confirmed else {
                    let answers = try await bulletins.check(bulletin, staff: context.staff!)
                    return try pages.confirmBulletin(
                        request,
                        context,
                        form: form,
                        title: title,
                        answers: answers,
                        backURL: "/staff/programmes/\(session.id)"
                    )
                }
                let record = try await bulletins.publish(bulletin, staff: context.staff!)
                return Response(status: .seeOther, headers: [.location: "/bulletins/\(record.id)"])
            },
        ]
    }

    private func programme(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try await desk.programme(try context.parameters.require("id"), staff: context.staff!)
        let language = Language.of(request)
        let words = pages.localization
        let zone = try await desk.schedules.timeZone(organisationID: session.organisationID)
        let planned = try await desk.rundown(session, reserveMinutes: nil)
        let (rundown, collected) = planned
        let selected = Set(rundown.selected.map(\.id))
        let merged = Dictionary(grouping: try await desk.all(session).filter { $0.status == .merged && $0.mergedInto != nil }, by: { $0.mergedInto! })
        let names = try await desk.topics(session)
        let grouped = Dictionary(grouping: collected) { $0.departmentID.flatMap { names[$0] } ?? BroadcastDesk.unassigned }
        let topics = grouped.keys.sorted { (grouped[$0]!.count, $1) > (grouped[$1]!.count, $0) }.enumerated().map { index, name in
            let questions = grouped[name]!.sorted { ($0.supporters, $1.reference) > ($1.supporters, $0.reference) }
            let shown = name == BroadcastDesk.unassigned ? words.word("programme_unassigned", language) : name
            return ProgrammePage.Topic(
                name: shown,
                slug: index + 1,
                count: questions.count,
                questions: questions.map { question in
                    ProgrammePage.Question(
                        reference: question.reference,
                        subject: question.subject,
                        supporters: question.supporters,
                        statusLabel: words.word("question_status_\(question.status.rawValue)", language),
                        inRundown: selected.contains(question.reference),
                        merged: merged[question.reference]?.map(\.reference) ?? []
                    )
                }
            )
        }
        let invited = Set(try await desk.broadcasts.panel(sessionID: session.id).map(\.id))
        let panel = try await desk.panel(session, planned: planned).map { member in
            ProgrammePage.Member(
                memberID: member.id,
                name: member.name,
                kindLabel: words.word(member.kind == "leader" ? "programme_leader" : "programme_department", language),
                invited: invited.contains(member.id)
            )
        }
        let content = ProgrammePage(
            id: session.id,
            programmeTitle: session.title,
            location: session.location,
            when: pages.when(session.startsAt, session.endsAt, zone: zone, language),
            topics: topics,
            questionCount: collected.count,
            panel: panel
        )
        return try pages.page("web/staff/programme", titleKey: "programme_title", request: request, context: context, content: content)
    }
}
