import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One JSON POST to a gateway, answered with its status and body; a gateway that does not answer within `timeout`
/// seconds is an error, which the worker retries.
enum HTTPPost {
    static func json(_ url: URL, body: Data, headers: [String: String], timeout: TimeInterval = 20) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }
}
