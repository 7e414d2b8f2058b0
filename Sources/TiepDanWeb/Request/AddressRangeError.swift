/// A `--trusted-proxy` or `--metrics-from` value that is not an address range.
public struct AddressRangeError: Error, CustomStringConvertible {
    let text: String

    public var description: String { "'\(text)' is not an address or a CIDR range such as 10.0.0.0/8 or fd00::/8" }
}
