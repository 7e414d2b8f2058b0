import Foundation

/// Builds the OpenAPI 3.1 description of every route from the operations the controllers declare.
enum OpenAPIDocument {
    static func json(_ operations: [OpenAPIOperation]) throws -> Data {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            paths[operation.path, default: [:]][operation.method.lowercased()] = describe(operation)
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "tiepdan",
                "version": "1",
                "description": "Tiếp công dân và đối thoại: lịch tiếp, đặt chỗ, câu hỏi, cam kết, bản tin. "
                    + "Citizen reception and dialogue: schedule, bookings, questions, commitments, bulletins.",
            ],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "schemas": ["Problem": problemSchema],
            ],
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    private static func describe(_ operation: OpenAPIOperation) -> [String: Any] {
        var responses: [String: Any] = [:]
        for (status, description) in operation.responses {
            let media = status < 400 ? operation.produces : "application/problem+json"
            var response: [String: Any] = ["description": description]
            if status != 204, status != 303 {
                response["content"] = [media: status < 400 ? [:] : ["schema": ["$ref": "#/components/schemas/Problem"]]]
            }
            responses[String(status)] = response
        }
        var described: [String: Any] = [
            "summary": operation.summary,
            "tags": [operation.tag],
            "operationId": operationID(operation),
            "responses": responses,
        ]
        var parameters: [[String: Any]] = operation.query.map { name, description in
            ["name": name, "in": "query", "required": false, "description": description, "schema": ["type": "string"]]
        }
        for segment in operation.path.split(separator: "/") where segment.hasPrefix("{") {
            parameters.append(["name": String(segment.dropFirst().dropLast()), "in": "path", "required": true, "schema": ["type": "string"]])
        }
        if !parameters.isEmpty { described["parameters"] = parameters }
        if let body = operation.requestBody,
           let schema = try? JSONSerialization.jsonObject(with: Data(body.utf8)) {
            described["requestBody"] = ["required": true, "content": ["application/json": ["schema": schema]]]
        }
        if !operation.roles.isEmpty {
            described["security"] = [["bearer": []]]
            described["description"] = "Roles: " + operation.roles.joined(separator: ", ")
        }
        return described
    }

    private static func operationID(_ operation: OpenAPIOperation) -> String {
        let words = operation.path.split(whereSeparator: { "/{}._-".contains($0) }).map(String.init)
        return operation.method.lowercased() + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static var problemSchema: [String: Any] {
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
