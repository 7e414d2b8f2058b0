/// A sample made of several values a template sees as one, the first part's names winning: a web
/// page's typed content over the shared layout around it.
public struct MergedSample: Sendable {
    /// The values, the one looked up first first.
    public let parts: [any Sendable]

    /// A sample of `parts`, looked up in that order.
    public init(_ parts: [any Sendable]) {
        self.parts = parts
    }
}
