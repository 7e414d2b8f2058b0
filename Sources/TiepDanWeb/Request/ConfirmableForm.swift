import Foundation
import Hummingbird

/// The form of an irreversible action, read once: its typed fields, the pairs as posted (to carry into the
/// confirmation step), and whether the person has seen what will happen and confirmed it (`confirmed=yes`).
struct ConfirmableForm<Fields: Decodable & Sendable>: Sendable {
    let fields: Fields
    /// The posted pairs, in order, without the CSRF token (the next page carries its own) or the confirmation.
    let pairs: [HiddenField]
    let confirmed: Bool

    /// The form of `request`, decoded as `Fields`.
    static func read(_ request: Request, context: AppRequestContext) async throws -> ConfirmableForm {
        let text = String(buffer: try await request.collectLimited(context: context))
        let fields: Fields
        do {
            fields = try URLEncodedFormDecoder().decode(Fields.self, from: text)
        } catch let error as DecodingError {
            throw Problem.from(error)
        }
        var pairs: [HiddenField] = []
        var confirmed = false
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first, !name.isEmpty else { continue }
            let value = parts.count > 1 ? parts[1] : ""
            switch name {
            case "_csrf": continue
            case "confirmed": confirmed = value == "yes"
            default: pairs.append(HiddenField(name: name, value: value))
            }
        }
        return ConfirmableForm(fields: fields, pairs: pairs, confirmed: confirmed)
    }
}
