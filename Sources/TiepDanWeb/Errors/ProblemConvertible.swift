/// An error of a lower layer that knows the problem it means over HTTP, so the
/// `ProblemMiddleware` answers it without each controller mapping it by hand.
protocol ProblemConvertible: Error {
    /// The problem to answer with.
    var problem: Problem { get }
}
