/// Every migration in the order it applies. Append only: never edit one that has shipped.
enum Migrations {
    static let all: [Migration] = [
        staffAndAudit,
        schedules,
        bookings,
        sessionDay,
        questions,
        commitments,
        documents,
        broadcasts,
        organisationScope,
        sessionIdle,
        secondFactor,
        secondFactorPolicy,
        readiness,
        stoppedClock,
        onlineReception,
        intakeIdentity,
        caseConditions,
        personalData,
        privacyRequests,
        breaches,
        sensitiveRecords,
        zaloNotices,
        bookingReminders,
        replyChannels,
    ]
}
