import ArgumentParser

/// The `tiepdan` command: the service and its admin tasks in one binary.
@main
struct TiepDan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiepdan",
        abstract: "Tiếp công dân và đối thoại — citizen reception and dialogue for People's Committees.",
        subcommands: [
            Serve.self, Migrate.self, Users.self, SchedulesCommand.self, CalendarCommand.self, Ceiling.self, RundownBenchmark.self,
            TemplatesCommand.self, BulletinBenchmark.self, Backup.self, Restore.self, RecordingsCommand.self, KeyCommand.self,
            RetentionCommand.self, SMTPCommand.self,
        ]
    )
}
