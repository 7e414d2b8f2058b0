/// The router and the OpenAPI description disagree: the service does not start until each route is
/// described and each description served.
struct RouteCoverageError: Error, CustomStringConvertible {
    let undescribed: [String]
    let unserved: [String]

    var description: String {
        "routes without a description in /openapi.json: \(undescribed.joined(separator: ", ")); "
            + "descriptions without a route: \(unserved.joined(separator: ", "))"
    }
}
