import Foundation

extension String {
    /// The value percent-encoded for a URL's query, as a token in a link.
    var queryEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
