public import TiepDanCore

extension SessionDesk {
    /// The organisations whose name holds every word of `query`, diacritics and case ignored ("tan thanh" finds
    /// "Tân Thành"), provinces first, then by name; at most `limit`.
    public func organisations(matching query: String, limit: Int = 50) async throws -> [Organisation] {
        let words = VietnameseText.folded(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        let found = try await schedules.allOrganisations().filter { organisation in
            let name = " " + VietnameseText.folded(organisation.name) + " "
            return words.allSatisfy { name.contains(" " + $0) }
        }
        return Array(Self.listed(found).prefix(limit))
    }

    /// The organisations at the top (provinces, and any without a parent), by name.
    public func topOrganisations() async throws -> [Organisation] {
        Self.listed(try await schedules.organisations(under: nil))
    }

    /// The organisations directly under `parentID` (a province's communes and wards), by name.
    public func organisations(under parentID: String) async throws -> [Organisation] {
        Self.listed(try await schedules.organisations(under: parentID))
    }

    /// Provinces before communes, then by name as Vietnamese reads it (diacritics folded).
    private static func listed(_ organisations: [Organisation]) -> [Organisation] {
        organisations.sorted {
            ($0.parentID == nil ? 0 : 1, VietnameseText.folded($0.name), $0.id) < ($1.parentID == nil ? 0 : 1, VietnameseText.folded($1.name), $1.id)
        }
    }
}
