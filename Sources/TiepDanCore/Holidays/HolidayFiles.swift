import Foundation
import Yams

/// Reads `schedules/holidays/`: `rules.yaml` (the law's holidays) and `YYYY.yaml` (each
/// year's announced days off and swapped working days).
public enum HolidayFiles {
    /// What the folder holds, with any problems found reading it.
    public struct Contents: Sendable {
        /// The holiday rules, in file order.
        public var rules: [HolidayRule] = []
        /// The yearly notices.
        public var notices: [YearHolidayNotice] = []
        /// Located problems; the calendar is built from what could be read.
        public var problems: [ScheduleProblem] = []

        /// The calendar these files describe, for `years`.
        public func calendar(years: ClosedRange<Int> = 2013...2100) -> HolidayCalendar {
            HolidayCalendar(rules: rules, notices: notices, years: years)
        }
    }

    /// Reads every file of `directory`.
    public static func load(directory: String) -> Contents {
        var contents = Contents()
        let rulesPath = directory + "/rules.yaml"
        guard let text = try? String(contentsOfFile: rulesPath, encoding: .utf8) else {
            contents.problems.append(ScheduleProblem(file: rulesPath, line: 0, column: 0, message: "holiday rules file not found"))
            return contents
        }
        let reader = YAMLReader(file: rulesPath)
        if let root = reader.map(reader.root(of: text), "the holiday rules", allowed: ["basis", "weekend", "holidays"]) {
            let defaults = weekend(root.value("weekend"), reader: reader, default: (.nextWorkingDay, .nextWorkingDay))
            for node in reader.list(root.value("holidays"), "'holidays'") {
                if let rule = rule(node, reader: reader, defaults: defaults, basis: root.string("basis") ?? "") {
                    contents.rules.append(rule)
                }
            }
        }
        contents.problems += reader.problems
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in files.sorted() where name.range(of: #"^\d{4}\.yaml$"#, options: .regularExpression) != nil {
            let path = directory + "/" + name
            let reader = YAMLReader(file: path)
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
                let notice = notice(reader.root(of: text), reader: reader, expectedYear: Int(name.prefix(4))!)
            {
                contents.notices.append(notice)
            }
            contents.problems += reader.problems
        }
        return contents
    }

    private static func rule(
        _ node: Node,
        reader: YAMLReader,
        defaults: (HolidayRule.WeekendMove, HolidayRule.WeekendMove),
        basis: String
    ) -> HolidayRule? {
        let keys = ["id", "name", "name_en", "solar", "lunar", "days", "adjacent_by_weekday", "weekend", "from", "to", "basis"]
        guard let map = reader.map(node, "a holiday", allowed: keys),
            let id = map.string("id", required: true), let name = map.string("name", required: true),
            let from = map.int("from", in: 1900...2100, required: true)
        else { return nil }
        let anchor: HolidayRule.Anchor
        if let solar = map.string("solar"), let (month, day) = monthDay(solar) {
            anchor = .solar(month: month, day: day)
        } else if let lunar = map.string("lunar"), let (month, day) = monthDay(lunar) {
            anchor = .lunar(month: month, day: day)
        } else {
            reader.report(node, "holiday '\(id)' needs 'solar' or 'lunar' as MM-DD")
            return nil
        }
        let offsets = map.strings("days").compactMap { text -> Int? in
            guard let offset = Int(text), (-3...7).contains(offset) else {
                reader.report(map.value("days"), "'days' are offsets from the anchor day, -3 to 7")
                return nil
            }
            return offset
        }
        var adjacent: [Int: Int] = [:]
        if let table = reader.map(map.value("adjacent_by_weekday"), "'adjacent_by_weekday'", allowed: WeekdayOrdinal.codes) {
            for code in WeekdayOrdinal.codes {
                if let shift = table.int(code, in: -1...1) { adjacent[WeekdayOrdinal.weekday(code: code)!] = shift }
            }
        }
        let moves = weekend(map.value("weekend"), reader: reader, default: defaults)
        return HolidayRule(
            id: id,
            name: name,
            nameEnglish: map.string("name_en") ?? name,
            anchor: anchor,
            offsets: offsets.isEmpty ? [0] : offsets,
            adjacentByWeekday: adjacent,
            saturday: moves.0,
            sunday: moves.1,
            fromYear: from,
            toYear: map.int("to", in: 1900...2100),
            basis: map.string("basis") ?? basis
        )
    }

    private static func weekend(
        _ node: Node?,
        reader: YAMLReader,
        default fallback: (HolidayRule.WeekendMove, HolidayRule.WeekendMove)
    ) -> (HolidayRule.WeekendMove, HolidayRule.WeekendMove) {
        guard let map = reader.map(node, "'weekend'", allowed: ["saturday", "sunday"]) else { return fallback }
        func move(_ key: String, _ fallback: HolidayRule.WeekendMove) -> HolidayRule.WeekendMove {
            guard let text = map.string(key) else { return fallback }
            guard let move = HolidayRule.WeekendMove(rawValue: text) else {
                reader.report(map.value(key), "'\(key)' must be next_working_day, previous_working_day or none")
                return fallback
            }
            return move
        }
        return (move("saturday", fallback.0), move("sunday", fallback.1))
    }

    private static func notice(_ root: Node?, reader: YAMLReader, expectedYear: Int) -> YearHolidayNotice? {
        guard let map = reader.map(root, "the yearly notice", allowed: ["year", "basis", "days_off", "working_days"]) else { return nil }
        guard let year = map.int("year", in: 1900...2100, required: true) else { return nil }
        if year != expectedYear {
            reader.report(map.value("year"), "the file is named \(expectedYear).yaml but says year \(year)")
        }
        var daysOff: [YearHolidayNotice.DayOff] = []
        for node in reader.list(map.value("days_off"), "'days_off'") {
            guard let item = reader.map(node, "a day off", allowed: ["date", "name"]),
                let date = item.date("date", required: true), let name = item.string("name", required: true)
            else { continue }
            if date.year != year { reader.report(item.value("date"), "\(date) is not in \(year)") }
            daysOff.append(.init(date: date, name: name))
        }
        var working: [CivilDate] = []
        for node in reader.list(map.value("working_days"), "'working_days'") {
            guard let text = node.string, let date = CivilDate(iso: text) else {
                reader.report(node, "working days are dates written YYYY-MM-DD")
                continue
            }
            if date.weekday <= 5 { reader.report(node, "\(date) is a weekday already; list only Saturdays or Sundays worked") }
            working.append(date)
        }
        return YearHolidayNotice(year: year, basis: map.string("basis") ?? "", daysOff: daysOff, workingDays: working)
    }

    private static func monthDay(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (month, day)
    }
}
