import Foundation

extension String {
    /// The string as a query or form value.
    var queryEncodedForTest: String { addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? self }
}
