/// A form value carried to the next step as a hidden input, so the flow keeps no state on the server.
struct HiddenField: Sendable {
    let name: String
    let value: String
}
