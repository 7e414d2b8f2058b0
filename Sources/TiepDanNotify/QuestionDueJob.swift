import Foundation
public import Logging
public import ServiceLifecycle
public import TiepDanCore
public import TiepDanStore

/// Runs beside the server: every minute it queues the staff notices of question deadlines coming due
/// (`QuestionRepository.queueDueNotices`). Safe to run on every instance: each notice is claimed once in the database.
public struct QuestionDueJob: Service {
    let questions: QuestionRepository
    let workingDaysBefore: Int
    let calendar: HolidayCalendar
    let composer: any NoticeComposer
    let interval: Duration
    let logger: Logger

    /// A job telling staff `workingDaysBefore` working days ahead of each deadline, and once it has passed.
    public init(
        questions: QuestionRepository,
        workingDaysBefore: Int,
        calendar: HolidayCalendar,
        composer: any NoticeComposer,
        interval: Duration = .seconds(60),
        logger: Logger
    ) {
        self.questions = questions
        self.workingDaysBefore = workingDaysBefore
        self.calendar = calendar
        self.composer = composer
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await ReminderRounds.run(every: interval, what: "question deadline notices", logger: logger) {
            try await questions.queueDueNotices(now: Date(), workingDaysBefore: workingDaysBefore, calendar: calendar, composer: composer)
        }
    }
}
