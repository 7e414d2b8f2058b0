/// How many representatives a group bringing one case must name (Luật Tiếp công dân 2013,
/// Điều 30; Nghị định 64/2014/NĐ-CP): 5-10 people name 1-2, more than 10 name up to 5.
public struct GroupRepresentation: Sendable, Equatable {
    /// One band of group sizes and the representatives it needs.
    public struct Band: Sendable, Equatable {
        /// Smallest group size of the band.
        public var fromSize: Int
        /// Largest, nil for no limit.
        public var toSize: Int?
        /// Fewest representatives.
        public var minimum: Int
        /// Most representatives.
        public var maximum: Int
    }

    /// The bands; sizes below the first need no representatives.
    public var bands: [Band]
    /// The legal basis.
    public var basis: String

    /// The rule in force.
    public static let standard = GroupRepresentation(
        bands: [Band(fromSize: 5, toSize: 10, minimum: 1, maximum: 2), Band(fromSize: 11, toSize: nil, minimum: 1, maximum: 5)],
        basis: "Luật Tiếp công dân 2013, Điều 30"
    )

    /// The smallest group the law calls one (đoàn đông người): the first band's size.
    public var groupSize: Int { bands.first?.fromSize ?? 5 }

    /// Why `representatives` names are not right for a group of `size`, or nil when they are.
    public func problem(size: Int, representatives: Int) -> String? {
        guard let band = bands.first(where: { size >= $0.fromSize && size <= ($0.toSize ?? Int.max) }) else {
            return representatives > size ? "cannot name more representatives than people" : nil
        }
        guard (band.minimum...band.maximum).contains(representatives) else {
            return "a group of \(size) must name \(band.minimum) to \(band.maximum) representatives (\(basis))"
        }
        return nil
    }
}
