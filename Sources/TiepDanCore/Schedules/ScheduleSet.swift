import Foundation

/// Every schedule file of a folder, with the holiday calendar they are computed against.
public struct ScheduleSet: Sendable {
    /// One entry per organisation file, in file-name order.
    public var schedules: [OrganisationSchedule]
    /// The official calendar.
    public var holidays: HolidayCalendar
    /// Everything wrong or worth a warning, sorted by file and line.
    public var problems: [ScheduleProblem]

    /// Whether any problem is an error (warnings do not count).
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// Reads `directory/*.yaml` and `directory/holidays/`.
    public static func load(directory: String) -> ScheduleSet {
        let holidayFiles = HolidayFiles.load(directory: directory + "/holidays")
        var problems = holidayFiles.problems
        var schedules: [OrganisationSchedule] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        if names.isEmpty {
            problems.append(ScheduleProblem(file: directory, line: 0, column: 0, message: "no schedule files (*.yaml) found"))
        }
        let parsed = names.parallelMap { name -> (OrganisationSchedule?, [ScheduleProblem]) in
            let path = directory + "/" + name
            let reader = YAMLReader(file: path)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                reader.report(nil, "cannot be read as UTF-8 text")
                return (nil, reader.problems)
            }
            return (ScheduleFileParser.parse(text: text, file: path, reader: reader), reader.problems)
        }
        for (schedule, fileProblems) in parsed {
            if let schedule { schedules.append(schedule) }
            problems += fileProblems
        }
        var seen: [String: String] = [:]
        for schedule in schedules {
            let id = schedule.organisation.id
            if let other = seen[id] {
                problems.append(ScheduleProblem(file: schedule.file, line: 1, column: 1, message: "organisation id '\(id)' is also used by \(other)"))
            }
            seen[id] = schedule.file
        }
        for schedule in schedules {
            if let parent = schedule.organisation.parentID, seen[parent] == nil {
                problems.append(
                    ScheduleProblem(
                        file: schedule.file,
                        line: schedule.parentLine,
                        column: 1,
                        message: "unknown parent organisation '\(parent)'",
                        severity: .warning
                    )
                )
            }
        }
        return ScheduleSet(schedules: schedules, holidays: holidayFiles.calendar(), problems: problems.sorted())
    }
}
