public import Foundation
public import TiepDanCore

/// The register of citizen reception (Form 03) of one organisation over a period: its lines in the order
/// citizens came, with what the heading needs.
public struct Register: Sendable {
    public let organisationID: String
    public let organisationName: String
    public let from: CivilDate
    public let through: CivilDate
    public let zone: TimeZone
    public let lines: [RegisterLine]
}
