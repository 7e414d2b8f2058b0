/// Every route the router serves is described in `/openapi.json`, and every description has its route:
/// `buildRouter` refuses to build a router where the two disagree, so neither can be added alone.
enum RouteCoverage {
    /// One route as `METHOD /path/{}`, parameters' names left out (the router and the document may name them differently).
    static func key(method: String, path: String) -> String {
        method.uppercased() + " " + path.replacingOccurrences(of: #"\{[^}]*\}"#, with: "{}", options: .regularExpression)
    }

    /// The routes served but not described, and the descriptions with no route.
    static func mismatches(served: [(method: String, path: String)], described: [OpenAPIOperation]) -> (undescribed: [String], unserved: [String]) {
        // HEAD is answered for every GET by the router itself.
        let served = Set(served.filter { $0.method != "HEAD" }.map { key(method: $0.method, path: $0.path) })
        let described = Set(described.map { key(method: $0.method, path: $0.path) })
        return (served.subtracting(described).sorted(), described.subtracting(served).sorted())
    }
}
