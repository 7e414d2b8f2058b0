import Hummingbird

/// The languages of every page: Vietnamese first, English second.
public enum Language: String, Sendable, CaseIterable {
    /// Tiếng Việt, the default.
    case vi
    /// English.
    case en

    /// The language for a request: `?lang=`, then the `lang` cookie, then `Accept-Language`.
    static func of(_ request: Request) -> Language {
        if let chosen = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) {
            return chosen
        }
        if let remembered = request.cookies["lang"].flatMap({ Language(rawValue: $0.value) }) {
            return remembered
        }
        return fromAcceptLanguage(request.headers[.acceptLanguage] ?? "")
    }

    /// The first supported language in an `Accept-Language` list, by quality.
    static func fromAcceptLanguage(_ header: String) -> Language {
        let ranked = header.split(separator: ",").compactMap { item -> (Language, Double)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased().split(separator: "-").first,
                let language = Language(rawValue: String(tag))
            else { return nil }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (language, quality)
        }
        return ranked.max { $0.1 < $1.1 }?.0 ?? .vi
    }

    /// The other language, offered by the switch in every page's header.
    var other: Language { self == .vi ? .en : .vi }
}
