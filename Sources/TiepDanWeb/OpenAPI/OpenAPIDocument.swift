import Foundation

/// Builds the OpenAPI 3.1 description of every route from the operations the controllers declare.
enum OpenAPIDocument {
    static func json(_ operations: [OpenAPIOperation]) throws -> Data {
        var paths: [String: JSONValue] = [:]
        for operation in operations {
            paths[operation.path, default: [:]][operation.method.lowercased()] = describe(operation)
        }
        let document: JSONValue = [
            "openapi": "3.1.0",
            "info": [
                "title": "tiepdan",
                "version": "1",
                "description": .string(
                    "Tiếp công dân và đối thoại: lịch tiếp, đặt chỗ, câu hỏi, cam kết, bản tin. "
                        + "Citizen reception and dialogue: schedule, bookings, questions, commitments, bulletins. "
                        + "Mọi đường dẫn có thể trả 503 kèm Retry-After khi cơ sở dữ liệu tạm thời không truy cập được. "
                        + "Any route may answer 503 with Retry-After while the database cannot be reached."
                ),
            ],
            "paths": .object(paths),
            "components": [
                "securitySchemes": [
                    "bearer": [
                        "type": "http", "scheme": "bearer", "description": "A staff token from /api/v1/auth/login; an admin passes every role check.",
                    ]
                ],
                "schemas": ["Problem": problemSchema],
            ],
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    private static func describe(_ operation: OpenAPIOperation) -> JSONValue {
        var responses: [String: JSONValue] = [:]
        for (status, description) in operation.responses {
            var response: JSONValue = ["description": .string(description)]
            if status < 300 && status != 204 {
                response["content"] = .object([operation.produces: [:]])
            } else if status >= 400 {
                var content: [String: JSONValue] = ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]]
                // Outside /api/ a browser (Accept: text/html) is answered with a page, and a form with its errors.
                if !operation.path.hasPrefix("/api/") { content["text/html"] = [:] }
                response["content"] = .object(content)
            }
            responses[String(status)] = response
        }
        var described: JSONValue = [
            "summary": .string(operation.summary),
            "tags": [.string(operation.tag)],
            "operationId": .string(operationID(operation)),
            "responses": .object(responses),
        ]
        var parameters: [JSONValue] = operation.query.map { name, description in
            ["name": .string(name), "in": "query", "required": false, "description": .string(description), "schema": ["type": "string"]]
        }
        for name in pathParameters(operation.path) {
            parameters.append(["name": .string(name), "in": "path", "required": true, "schema": ["type": "string"]])
        }
        if !parameters.isEmpty { described["parameters"] = .array(parameters) }
        if let body = operation.requestBody, let schema = JSONValue(parsing: body) {
            described["requestBody"] = ["required": true, "content": ["application/json": ["schema": schema]]]
        }
        if !operation.roles.isEmpty {
            described["security"] = [["bearer": []]]
            described["description"] = .string("Roles: " + operation.roles.joined(separator: ", "))
        }
        return described
    }

    /// The names in braces, also where a parameter shares its segment with text, as in `{leader}.ics`.
    static func pathParameters(_ path: String) -> [String] {
        path.matches(of: /\{([^}\/]+)\}/).map { String($0.output.1) }
    }

    private static func operationID(_ operation: OpenAPIOperation) -> String {
        let words = operation.path.split(whereSeparator: { "/{}._-".contains($0) }).map(String.init)
        return operation.method.lowercased() + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static var problemSchema: JSONValue {
        [
            "type": "object",
            "required": ["type", "title", "status", "detail", "errors"],
            "properties": [
                "type": ["type": "string"],
                "title": ["type": "string"],
                "status": ["type": "integer"],
                "detail": ["type": "string"],
                "errors": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": ["field": ["type": "string"], "message": ["type": "string"]],
                    ],
                ],
            ],
        ]
    }
}
