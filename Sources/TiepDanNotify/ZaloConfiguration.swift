import Foundation
import Yams

/// The Zalo Official Account that sends ZNS notices (`--zalo FILE`, YAML): its app, the first refresh token (later ones
/// are kept in the database), the template approved for each notice kind, and the two addresses (Zalo's by default).
///
/// ```yaml
/// app_id: "1234567890123456789"
/// secret_key: "…"            # the app's secret key
/// refresh_token: "…"         # from the Zalo console, once
/// templates:
///   booking-confirmed: "227001"
///   booking-postponed: "227002"
/// ```
public struct ZaloConfiguration: Sendable, Equatable {
    public var appID: String
    public var secretKey: String
    public var refreshToken: String
    /// Template ids by notice kind; a kind without one goes by text message.
    public var templates: [String: String]
    /// `https://business.openapi.zalo.me` and `https://oauth.zaloapp.com`.
    public var api: URL
    public var oauth: URL

    private struct File: Decodable {
        let app_id: String
        let secret_key: String
        let refresh_token: String
        let templates: [String: String]?
        let api: String?
        let oauth: String?
    }

    /// Reads the file; the error names what is missing or wrong.
    public init(file path: String) throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw ZaloError.configuration("\(path) cannot be read") }
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: text)
        } catch {
            throw ZaloError.configuration("\(path): \(error)")
        }
        guard let api = URL(string: file.api ?? "https://business.openapi.zalo.me"),
            let oauth = URL(string: file.oauth ?? "https://oauth.zaloapp.com"),
            ["http", "https"].contains(api.scheme ?? ""), ["http", "https"].contains(oauth.scheme ?? "")
        else { throw ZaloError.configuration("\(path): api and oauth must be http(s) addresses") }
        self.appID = file.app_id
        self.secretKey = file.secret_key
        self.refreshToken = file.refresh_token
        self.templates = file.templates ?? [:]
        self.api = api
        self.oauth = oauth
    }
}
