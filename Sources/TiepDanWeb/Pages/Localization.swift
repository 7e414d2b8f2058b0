import Foundation

/// The words of the pages, per language, from `templates/web/i18n/LANG.json` so offices can edit them.
public struct Localization: Sendable {
    private let strings: [Language: [String: String]]

    /// Loads every language's file; a missing English word falls back to the Vietnamese one.
    public init(directory: String) throws {
        var loaded: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let path = "\(directory)/\(language.rawValue).json"
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LocalizationError(path: path, reason: "file not found")
            }
            guard let words = try? JSONSerialization.jsonObject(with: data) as? [String: String] else {
                throw LocalizationError(path: path, reason: "must be a JSON object of strings")
            }
            loaded[language] = words
        }
        let vietnamese = loaded[.vi] ?? [:]
        loaded[.en] = vietnamese.merging(loaded[.en] ?? [:]) { _, english in english }
        self.strings = loaded
    }

    /// Every word in `language`, for templates as `{{t.key}}`.
    func words(_ language: Language) -> [String: String] {
        strings[language] ?? [:]
    }

    /// The keys every page may name as `t.KEY` (the Vietnamese dictionary's, which English falls back to).
    public var keys: Set<String> { Set(strings[.vi]?.keys ?? [:].keys) }

    /// One word in `language`, or the key itself so a missing word is visible, not blank.
    func word(_ key: String, _ language: Language) -> String {
        strings[language]?[key] ?? key
    }
}

/// A language file that cannot be used.
public struct LocalizationError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    /// `FILE:0: reason`.
    public var description: String { "\(path):0: \(reason)" }
}
