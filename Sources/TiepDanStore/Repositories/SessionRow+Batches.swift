import TiepDanCore

extension SessionRow {
    /// Organisations whose sessions make one batch: enough rows for full statements, few enough that the writer starts
    /// early.
    static let organisationsPerBatch = 64

    /// The rows of the sessions of `schedules` from `first` through `last`, made a batch of organisations at a time (on
    /// every core) in the order of their ids, each batch in the order of the sessions' ids; and the task making them, to
    /// cancel when they are no longer wanted.
    static func batches(
        of schedules: [OrganisationSchedule],
        expander: ScheduleExpander,
        from first: CivilDate,
        through last: CivilDate
    ) -> (rows: AsyncStream<[SessionRow]>, maker: Task<Void, Never>) {
        let (rows, continuation) = AsyncStream.makeStream(of: [SessionRow].self)
        let ordered = schedules.sorted { $0.organisation.id.utf8.lexicographicallyPrecedes($1.organisation.id.utf8) }
        let maker = Task.detached {
            for start in stride(from: 0, to: ordered.count, by: organisationsPerBatch) where !Task.isCancelled {
                let part = ordered[start..<min(start + organisationsPerBatch, ordered.count)]
                let made = Array(part).parallelMap { schedule in
                    schedule.rules.flatMap { expander.sessions(of: $0, in: schedule, from: first, through: last) }.map(SessionRow.init(planned:))
                }
                continuation.yield(inIDOrder(made.flatMap { $0 }))
            }
            continuation.finish()
        }
        return (rows, maker)
    }

    /// `rows` in the order of their ids, the order of the table's key and of the audit trail's index: a batch then fills
    /// pages next to each other instead of touching pages all over a province's indexes. (Positions are sorted, not the
    /// large rows.)
    static func inIDOrder(_ rows: [SessionRow]) -> [SessionRow] {
        rows.indices.sorted { rows[$0].id.utf8.lexicographicallyPrecedes(rows[$1].id.utf8) }.map { rows[$0] }
    }
}
