import Hummingbird
import TiepDanOffice

/// `limit` and `cursor` of a list request, validated as the contract says (default 50, max 500).
struct ListQuery: Sendable {
    let limit: Int
    let cursor: String?

    init(_ request: Request) throws {
        let parameters = request.uri.queryParameters
        self.limit = try BoundedNumber.listLimit.parse(parameters.get("limit")) ?? 50
        self.cursor = parameters.get("cursor").flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// The contract's list shape: `{"items": [...], "next_cursor": ...}`.
struct ListPage<Item: Encodable & Sendable>: ResponseEncodable, Sendable {
    let items: [Item]
    let nextCursor: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        // `null` rather than a missing key, so clients can test it directly.
        try container.encode(nextCursor, forKey: .nextCursor)
    }

    private enum CodingKeys: String, CodingKey {
        case items, nextCursor
    }
}
