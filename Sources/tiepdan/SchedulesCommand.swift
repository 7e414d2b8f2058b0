import ArgumentParser
import Foundation
import TiepDanCore
import TiepDanStore

/// `tiepdan schedules`: read, check and expand the schedule files.
struct SchedulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedules",
        abstract: "Check and expand the schedule files in schedules/.",
        subcommands: [Check.self, Expand.self, Sync.self]
    )

    /// `tiepdan schedules check`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exit 0 when every schedule file is valid; otherwise print FILE:LINE:COLUMN: message per problem and exit 1."
        )

        @Option(help: "Directory of schedule files.") var schedules = "schedules"
        @Option(help: "First day of the year checked for overlaps and legal minimums (default: today in Vietnam).")
        var from: String?

        func run() throws {
            let start = try from.map(SchedulesCommand.date) ?? SchedulesCommand.today()
            let set = ScheduleSet.load(directory: schedules)
            let problems = ScheduleChecker(set: set, directory: schedules).problems(from: start)
            for problem in problems { print(problem) }
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            let summary =
                "\(set.schedules.count) organisation(s), \(set.schedules.map(\.rules.count).reduce(0, +)) rule(s): \(errors) error(s), \(warnings) warning(s)"
            FileHandle.standardError.write(Data((summary + "\n").utf8))
            if errors > 0 { throw ExitCode.failure }
        }
    }

    /// `tiepdan schedules expand --from DATE --to DATE`.
    struct Expand: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every session in a date range as one JSON object per line, ordered by starts_at."
        )

        @Option(help: "Directory of schedule files.") var schedules = "schedules"
        @Option(help: "First day, YYYY-MM-DD (inclusive, local time).") var from: String
        @Option(help: "Last day, YYYY-MM-DD (inclusive, local time).") var to: String
        @Flag(help: "Print how long reading, expanding and writing took, on standard error.") var timings = false

        func run() throws {
            let first = try SchedulesCommand.date(from)
            let last = try SchedulesCommand.date(to)
            guard first <= last else { throw ValidationError("--to must not be before --from") }
            let clock = ContinuousClock()
            let started = clock.now
            let set = ScheduleSet.load(directory: schedules)
            let loaded = clock.now
            if set.hasErrors {
                for problem in set.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
                throw ExitCode.failure
            }
            let sessions = ScheduleExpander(holidays: set.holidays).sessions(of: set.schedules, from: first, through: last)
            let expanded = clock.now
            let zones = Dictionary(
                uniqueKeysWithValues: set.schedules.map {
                    ($0.organisation.id, $0.organisation.zone)
                }
            )
            var output: [UInt8] = []
            output.reserveCapacity(1 << 17)
            for session in sessions {
                output += SchedulesCommand.json(session, zone: zones[session.organisationID]!)
                if output.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(output))
                    output.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(Data(output))
            if timings {
                let seconds = { (d: Duration) in String(format: "%.3f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) }
                FileHandle.standardError.write(
                    Data(
                        ("read \(set.schedules.count) files in \(seconds(loaded - started)) s; "
                            + "expanded \(sessions.count) sessions in \(seconds(expanded - loaded)) s; "
                            + "wrote them in \(seconds(clock.now - expanded)) s\n").utf8
                    )
                )
            }
        }
    }

    /// `tiepdan schedules sync`.
    struct Sync: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Materialise the files' sessions for the horizon into the database and report conflicts."
        )

        @Option(help: "Directory of schedule files.") var schedules = "schedules"
        @Option(help: "Days ahead to materialise.") var horizon = 180
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                let logger = LogSetup.logger("tiepdan.schedules")
                let store = try await StoreOpener.open(try database.location(), for: .admin, logger: logger)
                do {
                    let (problems, report) = try await ScheduleSynchronizer(store: store, horizonDays: horizon).run(directory: schedules)
                    try await store.close()
                    for problem in problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
                    guard let report else { throw CommandFailure("the schedule files have errors; nothing was written") }
                    print(report)
                } catch {
                    try? await store.close()
                    throw error
                }
            }
        }
    }

    static func date(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else { throw ValidationError("'\(text)' must be a date written YYYY-MM-DD") }
        return date
    }

    static func today() -> CivilDate {
        ScheduleExpander.localDay(of: Date(), in: RFC3339.vietnam)
    }

    static func json(_ session: PlannedSession, zone: TimeZone) -> [UInt8] {
        var line = JSONLine()
        line.add("id", session.id)
        line.add("rule", session.ruleID)
        line.add("organisation", session.organisationID)
        line.add("kind", session.kind.rawValue)
        line.add("title", session.title)
        line.add("leaders", session.leaderIDs)
        line.add("place", session.placeID)
        line.add("location", session.location)
        line.add("starts_at", RFC3339.string(session.startsAt, in: zone))
        line.add("ends_at", RFC3339.string(session.endsAt, in: zone))
        line.add("status", session.status.rawValue)
        line.add("topics", session.topics)
        if let moved = session.movedFrom { line.add("moved_from", moved.description) }
        if let reason = session.reason { line.add("reason", reason) }
        if let close = session.questionsCloseAt { line.add("questions_close_at", RFC3339.string(close, in: zone)) }
        return line.finish()
    }
}
