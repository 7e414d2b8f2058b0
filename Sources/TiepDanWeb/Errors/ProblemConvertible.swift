/// An error of a lower layer that knows the problem it means over HTTP, so the
/// `ProblemMiddleware` answers it without each controller mapping it by hand.
protocol ProblemConvertible: Error {
    /// The problem to answer with.
    var problem: Problem { get }
}

extension Problem: ProblemConvertible {
    /// A problem is its own answer, so a page catches every refusal, whatever its layer, as one kind.
    var problem: Problem { self }
}
