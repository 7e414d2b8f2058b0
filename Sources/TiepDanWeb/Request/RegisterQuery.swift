import Foundation
import Hummingbird
import TiepDanCore
import TiepDanStore

/// `?organisation=&from=&to=` of the register, checked: a known organisation and at most a year,
/// by default the current month in the organisation's zone.
struct RegisterQuery {
    let organisationID: String
    let organisationName: String
    let from: CivilDate
    let through: CivilDate
    let zone: TimeZone

    init(_ request: Request, schedules: ScheduleRepository) async throws {
        let parameters = request.uri.queryParameters
        guard let id = parameters.get("organisation"), !id.isEmpty else {
            throw Problem.invalid(field: "organisation", "choose an organisation")
        }
        guard let organisation = try await schedules.organisation(id: id) else {
            throw Problem.invalid(field: "organisation", "no organisation \(id)")
        }
        let zone = organisation.zone
        let today = ZoneClock(zone).day(of: Date())
        func day(_ name: String, _ fallback: CivilDate) throws -> CivilDate {
            guard let text = parameters.get(name), !text.isEmpty else { return fallback }
            guard let day = CivilDate(iso: text) else { throw Problem.invalid(field: name, "must be a date like 2026-03-05") }
            return day
        }
        let from = try day("from", CivilDate(year: today.year, month: today.month, day: 1)!)
        let through = try day("to", today)
        guard through >= from else { throw Problem.invalid(field: "to", "must not be before 'from'") }
        guard through.julianDay - from.julianDay <= 366 else { throw Problem.invalid(field: "to", "a register spans at most a year") }
        self.organisationID = id
        self.organisationName = organisation.name
        self.from = from
        self.through = through
        self.zone = zone
    }
}
