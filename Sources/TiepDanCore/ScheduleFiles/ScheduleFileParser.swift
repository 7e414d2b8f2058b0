import Foundation
import Yams

/// Reads one `schedules/*.yaml` file (the format of SCHEDULES.md) into an `OrganisationSchedule`,
/// reporting every problem with its line and column.
enum ScheduleFileParser {
    static let leaderRoles = [
        "commune_chairman", "province_chairman", "agency_head", "commune_party_secretary",
        "province_party_secretary", "district_chairman",
    ]

    static func parse(text: String, file: String, reader: YAMLReader) -> OrganisationSchedule? {
        let topKeys = ["organisation", "places", "departments", "leaders", "reception", "radio", "exceptions"]
        guard let root = reader.map(reader.root(of: text), "the schedule file", allowed: topKeys) else { return nil }
        guard
            let organisationMap = reader.map(
                root.value("organisation"),
                "'organisation'",
                allowed: ["id", "name", "level", "parent", "time_zone", "second_factor_for", "quiet_hours"]
            )
        else {
            reader.report(root.node, "the schedule file needs an 'organisation'")
            return nil
        }
        guard let organisation = organisation(organisationMap, reader: reader) else { return nil }
        var schedule = OrganisationSchedule(
            file: file,
            organisation: organisation,
            places: [],
            departments: [],
            leaders: [],
            rules: [],
            exceptions: []
        )
        schedule.parentLine = organisationMap.mark("parent").line
        for role in organisationMap.strings("second_factor_for") {
            if let known = StaffRole(rawValue: role) {
                schedule.secondFactorRoles.insert(known)
            } else {
                let roles = StaffRole.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report(organisationMap.value("second_factor_for"), "unknown staff role '\(role)' in 'second_factor_for': use \(roles)")
            }
        }
        if let text = organisationMap.string("quiet_hours") {
            schedule.quietHours = QuietHours(parsing: text)
            if schedule.quietHours == nil {
                reader.report(organisationMap.value("quiet_hours"), "quiet_hours '\(text)' must be HH:MM-HH:MM, such as 21:00-07:00")
            }
        }
        var ids = IDRegistry(reader: reader)
        for node in reader.list(root.value("places"), "'places'") {
            guard let map = reader.map(node, "a place", allowed: ["id", "name", "capacity"]),
                let id = ids.claim(map, kind: "place"), let name = map.string("name", required: true)
            else { continue }
            schedule.places.append(Place(id: id, name: name, capacity: map.int("capacity", in: 1...100) ?? 1))
        }
        for node in reader.list(root.value("departments"), "'departments'") {
            guard let map = reader.map(node, "a department", allowed: ["id", "name"]),
                let id = ids.claim(map, kind: "department"), let name = map.string("name", required: true)
            else { continue }
            schedule.departments.append(Department(id: id, name: name))
        }
        for node in reader.list(root.value("leaders"), "'leaders'") {
            guard let map = reader.map(node, "a leader", allowed: ["id", "name", "title", "role", "since"]),
                let id = ids.claim(map, kind: "leader"), let name = map.string("name", required: true)
            else { continue }
            let role = map.string("role")
            if let role, !leaderRoles.contains(role) {
                reader.report(map.value("role"), "unknown role '\(role)': use one of \(leaderRoles.joined(separator: ", "))")
            }
            schedule.leaderLines[id] = map.mark("id").line
            schedule.leaders.append(
                Leader(
                    id: id,
                    name: name,
                    title: map.string("title", required: true) ?? "",
                    role: role,
                    since: map.date("since"),
                    organisationID: organisation.id
                )
            )
        }
        let receptionKeys = [
            "id", "leader", "place", "rule", "start", "time", "slot_minutes", "slot_capacity", "on_holiday", "topics", "title", "mode", "join_url",
        ]
        for node in reader.list(root.value("reception"), "'reception'") {
            guard let map = reader.map(node, "a reception rule", allowed: receptionKeys) else { continue }
            if let rule = recurring(map, kind: .reception, ids: &ids, schedule: schedule, reader: reader) {
                schedule.rules.append(rule)
            }
        }
        let radioKeys = ["id", "title", "leaders", "station", "rule", "start", "time", "on_holiday", "questions_close", "topics"]
        for node in reader.list(root.value("radio"), "'radio'") {
            guard let map = reader.map(node, "a radio programme", allowed: radioKeys) else { continue }
            if let rule = recurring(map, kind: .radio, ids: &ids, schedule: schedule, reader: reader) {
                schedule.rules.append(rule)
            }
        }
        for node in reader.list(root.value("exceptions"), "'exceptions'") {
            guard let map = reader.map(node, "an exception", allowed: ["rule", "date", "action", "to", "reason"]) else { continue }
            if let exception = exception(map, schedule: schedule, reader: reader) {
                schedule.exceptions.append(exception)
            }
        }
        return schedule
    }

    private static func organisation(_ map: YAMLMap, reader: YAMLReader) -> Organisation? {
        guard let id = map.string("id", required: true), let name = map.string("name", required: true) else { return nil }
        if !IDRegistry.isValid(id) {
            reader.report(map.value("id"), "id '\(id)' may contain only lower-case letters, digits and '-'")
        }
        let level = map.string("level", required: true) ?? "commune"
        if !["province", "commune", "district", "agency"].contains(level) {
            reader.report(map.value("level"), "level '\(level)' must be province, commune, district or agency")
        }
        let timeZone = map.string("time_zone") ?? "Asia/Ho_Chi_Minh"
        if TimeZone(identifier: timeZone) == nil {
            reader.report(map.value("time_zone"), "unknown time zone '\(timeZone)' (use an IANA name such as Asia/Ho_Chi_Minh)")
        }
        return Organisation(id: id, name: name, level: level, parentID: map.string("parent"), timeZone: timeZone)
    }

    private static func recurring(
        _ map: YAMLMap,
        kind: SessionKind,
        ids: inout IDRegistry,
        schedule: OrganisationSchedule,
        reader: YAMLReader
    ) -> RecurringSession? {
        guard let id = ids.claim(map, kind: "rule") else { return nil }
        let leaderIDs = kind == .reception ? [map.string("leader", required: true)].compactMap { $0 } : map.strings("leaders")
        if kind == .radio && leaderIDs.isEmpty { reader.report(map.node, "radio programme '\(id)' needs 'leaders'") }
        for leader in leaderIDs where !schedule.leaders.contains(where: { $0.id == leader }) {
            reader.report(map.value(kind == .reception ? "leader" : "leaders"), "unknown leader '\(leader)' in '\(id)'")
        }
        let placeID = kind == .reception ? map.string("place", required: true) : nil
        if let placeID, !schedule.places.contains(where: { $0.id == placeID }) {
            reader.report(map.value("place"), "unknown place '\(placeID)' in '\(id)'")
        }
        var rule: RecurrenceRule?
        if let text = map.string("rule", required: true) {
            do {
                rule = try RecurrenceRule(parsing: text)
            } catch {
                reader.report(map.value("rule"), "malformed RRULE: \(error.description)")
            }
        }
        let start = map.date("start", required: true)
        var hours: WallClockSpan?
        if let text = map.string("time", required: true) {
            hours = WallClockSpan(parsing: text)
            if hours == nil { reader.report(map.value("time"), "time '\(text)' must be HH:MM-HH:MM, ending after it starts") }
        }
        var policy = kind == .radio ? HolidayPolicy.skip : .nextWorkingDay
        if let text = map.string("on_holiday") {
            if let parsed = HolidayPolicy(rawValue: text) {
                policy = parsed
            } else {
                reader.report(map.value("on_holiday"), "on_holiday '\(text)' must be next_working_day, previous_working_day or skip")
            }
        }
        var slotMinutes: Int?
        var slotCapacity: Int?
        if kind == .reception {
            slotMinutes = map.int("slot_minutes", in: 5...480) ?? 30
            slotCapacity = map.int("slot_capacity", in: 1...200) ?? 1
            if let hours, let minutes = slotMinutes, hours.minutes % minutes != 0 {
                reader.report(
                    map.value("slot_minutes"),
                    "slots of \(minutes) minutes do not fill \(hours.minutes) minutes evenly; the last slot would be cut short",
                    severity: .warning
                )
            }
        }
        var questionsClose: ISODuration?
        if let text = map.string("questions_close") {
            questionsClose = ISODuration(parsing: text)
            if questionsClose == nil {
                reader.report(map.value("questions_close"), "questions_close '\(text)' must be an ISO 8601 duration such as P3D or PT12H")
            }
        }
        var mode = SessionMode.inPerson
        if let text = map.string("mode") {
            if let parsed = SessionMode(rawValue: text) {
                mode = parsed
            } else {
                reader.report(map.value("mode"), "mode '\(text)' must be in_person, online or hybrid")
            }
        }
        let joinURL = map.string("join_url")
        if let problem = mode.joinLinkProblem(joinURL) {
            reader.report(joinURL == nil ? map.node : map.value("join_url"), "'\(id)': \(problem)")
        }
        if kind == .radio && map.string("station", required: true) == nil { return nil }
        guard let rule, let start, let hours else { return nil }
        let defaultTitle = kind == .reception ? "Tiếp công dân định kỳ" : "Đối thoại trên sóng phát thanh"
        let mark = map.mark("rule")
        return RecurringSession(
            id: id,
            kind: kind,
            title: map.string("title") ?? defaultTitle,
            leaderIDs: leaderIDs,
            placeID: placeID,
            station: map.string("station"),
            rule: rule,
            start: start,
            hours: hours,
            slotMinutes: slotMinutes,
            slotCapacity: slotCapacity,
            onHoliday: policy,
            topics: map.strings("topics"),
            questionsClose: questionsClose,
            mode: mode,
            joinURL: joinURL,
            line: mark.line,
            column: mark.column
        )
    }

    private static func exception(_ map: YAMLMap, schedule: OrganisationSchedule, reader: YAMLReader) -> ScheduleException? {
        guard let ruleID = map.string("rule", required: true), let date = map.date("date", required: true),
            let actionText = map.string("action", required: true)
        else { return nil }
        guard schedule.rules.contains(where: { $0.id == ruleID }) else {
            reader.report(map.value("rule"), "unknown rule '\(ruleID)' in an exception")
            return nil
        }
        let reason = map.string("reason", required: true) ?? ""
        let action: ScheduleException.Action
        switch actionText {
        case "cancel":
            action = .cancel
        case "move":
            guard let toText = map.string("to", required: true) else { return nil }
            guard let instant = try? Date(toText, strategy: .iso8601), toText.count >= 20 else {
                reader.report(map.value("to"), "'to' must be a date and time with offset, like 2026-03-06T07:30:00+07:00")
                return nil
            }
            action = .move(to: instant)
        default:
            reader.report(map.value("action"), "action '\(actionText)' must be cancel or move")
            return nil
        }
        let mark = map.mark("date")
        return ScheduleException(ruleID: ruleID, date: date, action: action, reason: reason, line: mark.line, column: mark.column)
    }
}
