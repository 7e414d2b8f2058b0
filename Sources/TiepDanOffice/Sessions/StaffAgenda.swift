public import Foundation
public import TiepDanCore

/// What the staff's start page lists: this week's receptions, the programmes around now (the past ones may
/// still need closing, minutes and a bulletin), and the names of their organisations.
public struct StaffAgenda: Sendable {
    public let receptions: [ScheduledSession]
    public let programmes: [ScheduledSession]
    public let organisationNames: [String: String]
    /// The day it was drawn up, in the zone its times are shown in.
    public let today: CivilDate
    public let zone: TimeZone
}
