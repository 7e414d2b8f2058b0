public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The register of personal data breaches, for system administrators (who run the service for every office): each
/// breach with its 72-hour clock (`BreachClock`), the notice to the Ministry of Public Security drafted from the
/// template, and the record that it was sent.
public struct BreachDesk: Sendable {
    let breaches: BreachRepository
    let schedules: ScheduleRepository
    let now: @Sendable () -> Date

    /// The authority a breach is reported to.
    public static let authority = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an"

    /// A desk over the register; `now` is the clock, moved by tests.
    public init(store: any Store, schedules: ScheduleRepository, now: @escaping @Sendable () -> Date = Date.init) {
        self.breaches = BreachRepository(store: store)
        self.schedules = schedules
        self.now = now
    }

    /// Records a breach, every unacceptable field named at once.
    public func record(_ report: BreachReport, staff: StaffUser) async throws -> BreachRecord {
        try Self.requireAdministrator(staff)
        var errors: [FieldIssue] = []
        func text(_ value: String?, _ field: String, required: Bool, limit: Int = 5000) -> String? {
            let trimmed = value?.trimmed.nilIfEmpty
            if required && trimmed == nil { errors.append(.init(field: field, message: "required")) }
            if let trimmed, trimmed.count > limit { errors.append(.init(field: field, message: "at most \(limit) characters")) }
            return trimmed
        }
        if try await schedules.organisation(id: report.organisationId) == nil {
            errors.append(.init(field: "organisation_id", message: "no organisation \(report.organisationId)"))
        }
        let discovered = try? Date(report.discoveredAt, strategy: .iso8601)
        if discovered == nil { errors.append(.init(field: "discovered_at", message: "must be a time like 2026-12-01T08:30:00+07:00")) }
        if let discovered, discovered > now().addingTimeInterval(300) {
            errors.append(.init(field: "discovered_at", message: "must not be in the future"))
        }
        let description = text(report.description, "description", required: true)
        let kinds = text(report.dataKinds, "data_kinds", required: true, limit: 1000)
        if !(0...100_000_000).contains(report.peopleAffected) {
            errors.append(.init(field: "people_affected", message: "must be 0 to 100,000,000"))
        }
        let consequences = text(report.consequences, "consequences", required: false)
        let measures = text(report.measures, "measures", required: false)
        guard errors.isEmpty, let discovered, let description, let kinds else { throw OfficeError.invalid(errors) }
        return try await breaches.record(
            NewBreach(
                organisationID: report.organisationId,
                discoveredAt: discovered,
                description: description,
                dataKinds: kinds,
                peopleAffected: report.peopleAffected,
                consequences: consequences,
                measures: measures,
                recordedBy: staff.id
            ),
            now: now()
        )
    }

    /// A page of the register, newest first. `cursor` is the previous page's `nextCursor` (`SECONDS:ID`).
    public func list(staff: StaffUser, cursor: String? = nil, limit: Int = 100) async throws -> (items: [BreachRecord], nextCursor: String?) {
        try Self.requireAdministrator(staff)
        let after = try cursor.map { text -> (discoveredAt: Int64, id: String) in try KeysetCursor.parse(text) { Int64($0) } }
        let found = try await breaches.list(after: after, limit: limit + 1)
        let page = Array(found.prefix(limit))
        return (
            page, found.count > limit ? page.last.map { KeysetCursor.text(key: "\(Int64($0.discoveredAt.timeIntervalSince1970))", id: $0.id) } : nil
        )
    }

    /// One breach.
    public func breach(_ id: String, staff: StaffUser) async throws -> BreachRecord {
        try Self.requireAdministrator(staff)
        guard let record = try await breaches.find(id) else { throw OfficeError.notFound("no breach \(id)") }
        return record
    }

    /// Hours left to report `record` at now (negative once late); nil once reported.
    public func hoursLeft(_ record: BreachRecord) -> Int? {
        record.reportedAt == nil ? BreachClock.hoursLeft(discoveredAt: record.discoveredAt, now: now()) : nil
    }

    /// Records that the authority was told (once), with its reference if it gave one.
    public func reported(_ id: String, reference: String?, staff: StaffUser) async throws -> BreachRecord {
        let record = try await breach(id, staff: staff)
        do {
            return try await breaches.reported(record.id, reference: reference?.nilIfEmpty, actor: staff.id, now: now())
        } catch PrivacyRequestError.notAllowed(let why) {
            throw OfficeError.conflict(why)
        }
    }

    /// The notice to the authority, drafted from the breach in the organisation's name.
    public func notice(_ id: String, staff: StaffUser) async throws -> BreachNotice {
        let record = try await breach(id, staff: staff)
        guard let organisation = try await schedules.organisation(id: record.organisationID) else {
            throw OfficeError.notFound("no organisation \(record.organisationID)")
        }
        let leaders = try await schedules.leaders(organisationID: organisation.id)
        let head = leaders.head
        let clock = organisation.clock
        func moment(_ at: Date) -> String { DocumentDate.moment(at, clock: clock) }
        return BreachNotice(
            heading: DocumentHeading(
                issuer: DocumentIssuer(organisationName: organisation.name),
                code: "TB",
                number: nil,
                day: clock.day(of: now()),
                kind: "Thông báo",
                subject: "Về vi phạm quy định bảo vệ dữ liệu cá nhân"
            ),
            addressee: Self.authority,
            discovered: moment(record.discoveredAt),
            reportBy: moment(BreachClock.reportBy(discoveredAt: record.discoveredAt)),
            description: record.description,
            dataKinds: record.dataKinds,
            peopleAffected: "\(record.peopleAffected) người",
            consequences: record.consequences ?? "Đang đánh giá.",
            measures: record.measures ?? "Đang thực hiện.",
            contact: organisation.name,
            signer: DocumentPerson(name: head?.name ?? "", title: head?.title ?? "")
        )
    }

    static func requireAdministrator(_ staff: StaffUser) throws {
        guard staff.isSystemAdmin else { throw OfficeError.forbidden("the breach register is for system administrators") }
    }
}
