import Foundation

/// The bcrypt cost: 12, or `TIEPDAN_BCRYPT_COST` (4-16) where tests need fast sign-ins.
enum BcryptCost {
    static var configured: UInt8 {
        guard let text = ProcessInfo.processInfo.environment["TIEPDAN_BCRYPT_COST"],
            let cost = UInt8(text), (4...16).contains(cost)
        else { return 12 }
        return cost
    }
}
