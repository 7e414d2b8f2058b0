import Hummingbird
import TiepDanStore

/// Which version a cached public answer depends on, read from its request: the organisation it shows, or everything
/// for what spans organisations. An answer whose scope the request does not name is not cached.
enum CacheScope: Sendable {
    /// Pages across organisations: the list of organisations, every organisation's next sessions, all bulletins.
    case everything
    /// The organisation the path parameter of this name gives.
    case parameter(String)
    /// The organisation the query parameter of this name gives; without it the answer spans organisations whose
    /// every write does not bump ``everything``, so it is not cached.
    case query(String)

    /// The scope's name for this request (an organisation's id, or `*`), or nil when it is not to be cached.
    func name(_ request: Request, _ context: AppRequestContext) -> String? {
        switch self {
        case .everything: CacheVersionRepository.everything
        case .parameter(let name): context.parameters.get(name)
        case .query(let name): request.uri.queryParameters.get(name).map { String($0) }
        }
    }
}
