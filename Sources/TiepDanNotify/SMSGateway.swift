import Foundation

/// Where text messages go: `--sms` / `TIEPDAN_SMS`.
///
/// - `stringee+https://KEY_SID:KEY_SECRET@api.stringee.com/v1/sms?from=BRANDNAME`: Stringee's brand-name SMS API, each
///   request signed with a JSON Web Token (HS256) made from the key.
/// - `webhook+https://name:SECRET@host/path`: any other gateway behind a small adapter: a JSON POST
///   `{"id", "to", "text"}`, its body signed with HMAC-SHA256 under SECRET in `X-Tiepdan-Signature: sha256=<hex>`.
public enum SMSGateway: Sendable, Equatable {
    case stringee(url: URL, keySID: String, keySecret: String, brandname: String)
    case webhook(url: URL, secret: String)

    /// Parses the URL; the error says what is wrong with it.
    public init(url text: String) throws {
        guard var parts = URLComponents(string: text), let scheme = parts.scheme, let plus = scheme.firstIndex(of: "+") else {
            throw SMSError.configuration(
                "expected stringee+https://KEY_SID:KEY_SECRET@host/v1/sms?from=BRANDNAME or webhook+https://name:SECRET@host/path"
            )
        }
        let kind = String(scheme[..<plus])
        let transport = String(scheme[scheme.index(after: plus)...])
        guard ["http", "https"].contains(transport), parts.host?.isEmpty == false else {
            throw SMSError.configuration("the gateway's address must be http or https")
        }
        let user = parts.user?.removingPercentEncoding ?? ""
        let secret = parts.password?.removingPercentEncoding ?? ""
        let from = parts.queryItems?.first { $0.name == "from" }?.value
        parts.scheme = transport
        parts.user = nil
        parts.password = nil
        parts.queryItems = nil
        guard let url = parts.url, !secret.isEmpty else { throw SMSError.configuration("the URL names no secret (user:SECRET@)") }
        switch kind {
        case "stringee":
            guard !user.isEmpty, let from, !from.isEmpty else {
                throw SMSError.configuration("stringee needs the key's SID as user and ?from=BRANDNAME")
            }
            self = .stringee(url: url, keySID: user, keySecret: secret, brandname: from)
        case "webhook":
            self = .webhook(url: url, secret: secret)
        default:
            throw SMSError.configuration("unknown gateway \(kind): use stringee or webhook")
        }
    }
}
