import Foundation
public import TiepDanCore
public import TiepDanStore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends a citizen's Zalo notice (`NoticeChannel.zalo`) as a ZNS template message when its kind has an approved
/// template: the template's fields, the number in the 84 form, the notice's id as tracking id. Most Vietnamese read
/// official notices on Zalo, and a ZNS costs about a third of an SMS. A number that is not on Zalo, a kind without a
/// template, and a citizen who chose text messages (`NoticeChannel.sms`) go through `fallback` (the SMS gateway). The Official Account's access token is refreshed with the refresh token before it
/// expires, or when Zalo refuses it; both are kept in the database for every instance (`ZaloTokenStore`).
public struct ZaloSender: NotificationSender {
    let configuration: ZaloConfiguration
    let tokens: ZaloTokenStore
    let fallback: any NotificationSender
    let now: @Sendable () -> Date

    /// A sender through the Official Account `configuration` names, falling back to `fallback`.
    public init(
        configuration: ZaloConfiguration,
        tokens: ZaloTokenStore,
        fallback: any NotificationSender,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        self.tokens = tokens
        self.fallback = fallback
        self.now = now
    }

    /// Keeps the configured refresh token unless the database already holds a later one.
    public func prepare() async throws {
        try await tokens.seed(refreshToken: configuration.refreshToken, now: now())
    }

    public func send(_ notice: OutgoingNotice, id: String) async throws {
        guard notice.channel == .zalo, let kind = notice.kind, let template = configuration.templates[kind],
            let phone = PhoneNumber.international(notice.recipient)
        else { return try await fallback.send(notice, id: id) }
        do {
            try await sendTemplate(template, to: phone, data: notice.templateData, trackingID: id)
        } catch ZaloError.noZalo {
            try await fallback.send(notice, id: id)
        }
    }

    private func sendTemplate(_ template: String, to phone: String, data: [String: String], trackingID: String) async throws {
        let body = try JSONSerialization.data(
            withJSONObject: ["phone": phone, "template_id": template, "template_data": data, "tracking_id": trackingID],
            options: [.sortedKeys]
        )
        let url = configuration.api.appendingPathComponent("message/template")
        var token = try await accessToken()
        var code = Self.code(of: try await HTTPPost.json(url, body: body, headers: ["access_token": token]))
        if ZaloError.tokenRefused.contains(code.error) {
            try await tokens.expire(accessToken: token)
            token = try await accessToken()
            code = Self.code(of: try await HTTPPost.json(url, body: body, headers: ["access_token": token]))
        }
        if code.error == 0 { return }
        if ZaloError.notOnZalo.contains(code.error) { throw ZaloError.noZalo(code.error) }
        throw ZaloError.rejected(code.error, code.message)
    }

    /// Zalo's `{"error": 0, "message": …}`, or the HTTP status as the error when the body says nothing.
    private static func code(of reply: (status: Int, body: Data)) -> (error: Int, message: String) {
        let object = (try? JSONSerialization.jsonObject(with: reply.body)) as? [String: Any]
        guard let error = object?["error"] as? Int else { return (reply.status == 200 ? -1 : -reply.status, "HTTP \(reply.status)") }
        return (error, object?["message"] as? String ?? "")
    }

    /// A valid access token: the kept one while it has a minute left, else a new one from the refresh token.
    func accessToken() async throws -> String {
        guard let kept = try await tokens.current() else { throw ZaloError.configuration("no refresh token is kept") }
        if let access = kept.accessToken, kept.expiresAt > now().addingTimeInterval(60) { return access }
        var form = URLComponents()
        form.queryItems = [
            URLQueryItem(name: "app_id", value: configuration.appID), URLQueryItem(name: "grant_type", value: "refresh_token"),
            URLQueryItem(name: "refresh_token", value: kept.refreshToken),
        ]
        var request = URLRequest(url: configuration.oauth.appendingPathComponent("v4/oa/access_token"), timeoutInterval: 20)
        request.httpMethod = "POST"
        request.httpBody = Data((form.percentEncodedQuery ?? "").utf8)
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue(configuration.secretKey, forHTTPHeaderField: "secret_key")
        let (data, _) = try await URLSession.shared.data(for: request)
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        // Zalo writes expires_in as a string of seconds.
        let seconds = (object["expires_in"] as? Int) ?? Int(object["expires_in"] as? String ?? "") ?? 0
        guard let access = object["access_token"] as? String, let refresh = object["refresh_token"] as? String, seconds > 0 else {
            // Another instance may have used the refresh token first: its new tokens are kept.
            if let newer = try await tokens.current(), newer.refreshToken != kept.refreshToken, let access = newer.accessToken { return access }
            throw ZaloError.rejected(
                object["error"] as? Int ?? -1,
                "token refresh: \(object["error_description"] ?? object["message"] ?? "no token")"
            )
        }
        let fresh = ZaloTokenStore.Tokens(accessToken: access, refreshToken: refresh, expiresAt: now().addingTimeInterval(TimeInterval(seconds)))
        if try await tokens.replace(previousRefresh: kept.refreshToken, with: fresh, now: now()) { return access }
        return try await tokens.current()?.accessToken ?? access
    }
}
