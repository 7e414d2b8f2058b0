/// Why a commitment cannot be changed as asked.
public enum CommitmentError: Error, Equatable {
    case notFound
    /// Done or dropped commitments are closed, or the change makes no sense; and why.
    case notAllowed(String)
}
