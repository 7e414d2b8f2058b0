extension [Leader] {
    /// The organisation's head among its leaders, who signs its documents: the chairman, else the first listed.
    public var head: Leader? {
        first { $0.role?.hasSuffix("chairman") == true } ?? first
    }
}
