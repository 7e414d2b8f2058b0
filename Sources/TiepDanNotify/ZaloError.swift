/// Why a Zalo notice was not sent.
public enum ZaloError: Error, CustomStringConvertible {
    /// The configuration file is unusable.
    case configuration(String)
    /// The number has no Zalo account, or the account takes no ZNS: the notice goes by text message instead.
    case noZalo(Int)
    /// Zalo refused the notice or the token refresh, with its code and message.
    case rejected(Int, String)

    /// ZNS codes that mean "this person is not on Zalo" (zalo.cloud/zns/guidelines/handle-error-code): -118 the Zalo
    /// account does not exist or was deactivated; -119 the account cannot receive ZNS.
    static let notOnZalo: Set<Int> = [-118, -119]
    /// The access token was refused: refresh it and try once more.
    static let tokenRefused: Set<Int> = [-124]

    public var description: String {
        switch self {
        case .configuration(let message): return "Zalo configuration: \(message)"
        case .noZalo(let code): return "Zalo: the number takes no ZNS (\(code))"
        case .rejected(let code, let message): return "Zalo refused (\(code)): \(message.prefix(200))"
        }
    }
}
