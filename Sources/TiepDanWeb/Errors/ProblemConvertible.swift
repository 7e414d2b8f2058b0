/// An error of a lower layer that knows the problem it means over HTTP, so the
/// `ProblemMiddleware` answers it without each controller mapping it by hand.
protocol ProblemConvertible: Error {
    /// The problem to answer with.
    var problem: Problem { get }
}

extension Problem {
    /// Runs `change`, turning a store's refusal into the problem it means, for handlers that
    /// catch problems themselves (a page showing the form again with the error).
    static func converting<T>(_ change: () async throws -> T) async throws -> T {
        do {
            return try await change()
        } catch let error as any ProblemConvertible {
            throw error.problem
        }
    }
}

extension Problem: ProblemConvertible {
    /// A problem is its own answer, so a page catches every refusal, whatever its layer, as one kind.
    var problem: Problem { self }
}
