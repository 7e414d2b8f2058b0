/// Ids within one organisation: well-formed and not used twice.
struct IDRegistry {
    let reader: YAMLReader
    private var seen: [String: String] = [:]

    init(reader: YAMLReader) {
        self.reader = reader
    }

    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    mutating func claim(_ map: YAMLMap, kind: String) -> String? {
        guard let id = map.string("id", required: true) else { return nil }
        guard Self.isValid(id) else {
            reader.report(map.value("id"), "\(kind) id '\(id)' may contain only lower-case letters, digits and '-'")
            return nil
        }
        if let earlier = seen["\(kind):\(id)"] {
            reader.report(map.value("id"), "\(kind) id '\(id)' is used twice (first at \(earlier))")
            return nil
        }
        let mark = map.mark("id")
        seen["\(kind):\(id)"] = "line \(mark.line)"
        return id
    }
}
