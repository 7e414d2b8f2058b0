/// Why a privacy request cannot be changed as asked.
public enum PrivacyRequestError: Error, Equatable {
    case notFound
    case notAllowed(String)
}
