public import Foundation
public import TiepDanCore

/// A staff account as its administrators see it: the user, and whether and since when it is disabled.
public struct StaffAccount: Sendable, Equatable {
    public var user: StaffUser
    public var createdAt: Date
    public var disabledAt: Date?
}
