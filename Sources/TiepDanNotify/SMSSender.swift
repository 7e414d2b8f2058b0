import Crypto
import Foundation
public import TiepDanCore

/// Sends text messages through the configured gateway (`SMSGateway`), the number in its international form. A refusal
/// or silence is an error, which the worker retries; the error names the gateway's answer, never the number or text.
public struct SMSSender: NotificationSender {
    let gateway: SMSGateway
    let now: @Sendable () -> Date

    /// A sender through `gateway`; `now` dates the signatures.
    public init(gateway: SMSGateway, now: @escaping @Sendable () -> Date = Date.init) {
        self.gateway = gateway
        self.now = now
    }

    public func send(_ notice: OutgoingNotice, id: String) async throws {
        guard let to = PhoneNumber.international(notice.recipient) else { throw SMSError.recipient }
        let (status, body): (Int, Data)
        switch gateway {
        case .stringee(let url, let sid, let secret, let brandname):
            let payload = try JSONSerialization.data(withJSONObject: ["sms": [["from": brandname, "to": to, "text": notice.body]]])
            (status, body) = try await HTTPPost.json(
                url,
                body: payload,
                headers: ["X-STRINGEE-AUTH": Self.stringeeToken(sid: sid, secret: secret, at: now())]
            )
            // Stringee answers 200 with `r` 0 (and `smsSent`) when it took the message.
            let reply = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
            guard (200..<300).contains(status), (reply?["r"] as? Int ?? 0) == 0, (reply?["smsSent"] as? Int ?? 1) > 0 else {
                throw SMSError.rejected(status: status, reply: String(decoding: body, as: UTF8.self))
            }
        case .webhook(let url, let secret):
            let payload = try JSONSerialization.data(withJSONObject: ["id": id, "to": to, "text": notice.body], options: [.sortedKeys])
            let signature = HMAC<SHA256>.authenticationCode(for: payload, using: SymmetricKey(data: Data(secret.utf8)))
            (status, body) = try await HTTPPost.json(
                url,
                body: payload,
                headers: ["X-Tiepdan-Signature": "sha256=" + HexText.encode(signature)]
            )
            guard (200..<300).contains(status) else { throw SMSError.rejected(status: status, reply: String(decoding: body, as: UTF8.self)) }
        }
    }

    /// Stringee's REST token: a JSON Web Token signed HS256 with the key's secret, valid an hour.
    static func stringeeToken(sid: String, secret: String, at now: Date) -> String {
        func encode(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
        let issued = Int(now.timeIntervalSince1970)
        let header = #"{"typ":"JWT","alg":"HS256","cty":"stringee-api;v=1"}"#
        let claims = #"{"jti":"\#(sid)-\#(issued)","iss":"\#(sid)","exp":\#(issued + 3600),"rest_api":true}"#
        let signed = encode(Data(header.utf8)) + "." + encode(Data(claims.utf8))
        let signature = HMAC<SHA256>.authenticationCode(for: Data(signed.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return signed + "." + encode(Data(signature))
    }
}
