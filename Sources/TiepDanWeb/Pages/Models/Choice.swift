/// One option of a select list or a radio group.
struct Choice: Sendable {
    let value: String
    let label: String
    let selected: Bool
}
