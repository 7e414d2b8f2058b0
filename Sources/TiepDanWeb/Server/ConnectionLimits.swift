import Foundation
import Synchronization

/// How many connections the service holds open, in all and per client address, so that one client (or many idle
/// ones) cannot take every file descriptor and `/healthz` keeps answering. A trusted proxy's peer address is every
/// citizen behind it: it counts toward the total only.
public final class ConnectionLimits: Sendable {
    /// Connections held at once, from everyone.
    public let total: Int
    /// Connections held at once from one address (an IPv6 client by its /64).
    public let perClient: Int
    private let exempt: AddressRanges
    private let state = Mutex<(open: Int, byClient: [String: Int])>((0, [:]))

    /// Limits of `total` and `perClient`; `exempt` peers (the trusted proxies) have no limit of their own.
    public init(total: Int, perClient: Int, exempt: AddressRanges = .none) {
        self.total = total
        self.perClient = perClient
        self.exempt = exempt
    }

    /// A total that leaves room below this process's limit of open files for the database, logs and the documents
    /// it prints: what the operator's `LimitNOFILE` allows, less 128, and at most 16,384.
    public static func totalWithinOpenFileLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 896 }
        return max(64, min(16_384, Int(clamping: limit.rlim_cur) - 128))
    }

    /// Takes a place for a connection from `address`; false when either limit is reached (the connection is closed).
    func open(_ address: String) -> Bool {
        let key = ClientAddress.key(address)
        let limited = !exempt.contains(address)
        return state.withLock { state in
            guard state.open < total else { return false }
            if limited {
                guard state.byClient[key, default: 0] < perClient else { return false }
                state.byClient[key, default: 0] += 1
            }
            state.open += 1
            return true
        }
    }

    /// Gives back the place of a connection from `address` that `open` let in.
    func close(_ address: String) {
        let key = ClientAddress.key(address)
        let limited = !exempt.contains(address)
        state.withLock { state in
            state.open -= 1
            if limited {
                let left = state.byClient[key, default: 1] - 1
                state.byClient[key] = left > 0 ? left : nil
            }
        }
    }
}
