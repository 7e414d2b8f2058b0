import ArgumentParser
import Foundation
import TiepDanCore

/// `tiepdan calendar`: the calendar arithmetic tiepdan uses, for operators and for the
/// tests that compare it with outside references.
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Lunar dates, recurrence rules and holidays as tiepdan computes them.",
        subcommands: [Lunar.self, Rule.self, Holidays.self]
    )

    /// `tiepdan calendar lunar --from DATE --to DATE`: one line per day, solar then lunar.
    struct Lunar: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the Vietnamese lunar date of every day in a range (YYYY-MM-DD YYYY-MM[L]-DD)."
        )

        @Option(help: "First day, YYYY-MM-DD.") var from: String
        @Option(help: "Last day, YYYY-MM-DD (inclusive).") var to: String

        func run() throws {
            guard let first = CivilDate(iso: from) else { throw ValidationError("--from must be YYYY-MM-DD") }
            guard let last = CivilDate(iso: to), last >= first else { throw ValidationError("--to must be a YYYY-MM-DD date on or after --from") }
            let calendar = VietnameseLunarCalendar()
            var output = ""
            for julianDay in first.julianDay...last.julianDay {
                let day = CivilDate(julianDay: julianDay)
                output += "\(day) \(calendar.lunar(from: day))\n"
                if output.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(output.utf8))
                    output = ""
                }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    /// `tiepdan calendar rrule`: expands rules read as JSON lines from standard input.
    struct Rule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rrule",
            abstract: "Expand RRULEs: reads {\"rule\",\"start\",\"through\"} JSON lines, writes {\"dates\"} or {\"error\"} lines."
        )

        struct Request: Decodable {
            let rule: String
            let start: CivilDate
            let through: CivilDate
        }

        /// One answer line: the dates, or why there are none.
        struct Answer: Encodable {
            var dates: [String]?
            var error: String?
        }

        func run() throws {
            let decoder = JSONDecoder()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            while let line = readLine(strippingNewline: true) {
                guard !line.isEmpty else { continue }
                let answer: Answer
                do {
                    let request = try decoder.decode(Request.self, from: Data(line.utf8))
                    let rule = try RecurrenceRule(parsing: request.rule)
                    answer = Answer(dates: rule.occurrences(start: request.start, through: request.through).map(\.description))
                } catch let error as RecurrenceRuleError {
                    answer = Answer(error: error.description)
                } catch {
                    answer = Answer(error: "not a request: \(error)")
                }
                print(String(decoding: try encoder.encode(answer), as: UTF8.self))
            }
        }
    }

    /// `tiepdan calendar holidays --from YEAR --to YEAR`: the days off as JSON lines.
    struct Holidays: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the days off (holidays, days in lieu, announced bridges) of a range of years as JSON lines."
        )

        @Option(help: "First year.") var from: Int
        @Option(help: "Last year (inclusive).") var to: Int
        @Option(help: "Directory of schedule files (its holidays/ folder is read).") var schedules = "schedules"

        func run() throws {
            let contents = HolidayFiles.load(directory: schedules + "/holidays")
            for problem in contents.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
            guard !contents.problems.contains(where: { $0.severity == .error }) else { throw ExitCode.failure }
            guard (1900...2100).contains(from), from <= to, to <= 2100 else { throw ValidationError("years must be 1900-2100, --from <= --to") }
            let calendar = contents.calendar(years: from...to)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for year in from...to {
                for holiday in calendar.holidays(in: year) {
                    print(String(decoding: try encoder.encode(holiday), as: UTF8.self))
                }
            }
        }
    }
}
