/// Vietnamese phone numbers in one canonical form, so `0912 345 678` and `+84912345678` are
/// recognised as the same citizen.
public enum PhoneNumber {
    /// `0912345678` for any common way of writing it, or nil when it is not a phone number.
    public static func normalized(_ text: String) -> String? {
        var digits = text.filter { !" .-()".contains($0) }
        if digits.hasPrefix("+84") {
            digits = "0" + digits.dropFirst(3)
        } else if digits.hasPrefix("84") && digits.count == 11 {
            digits = "0" + digits.dropFirst(2)
        }
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits.hasPrefix("0"), (10...11).contains(digits.count) else {
            return nil
        }
        return digits
    }

    /// `84912345678`: the international form without `+` that Zalo and SMS gateways take, or nil when it is not a phone
    /// number.
    public static func international(_ text: String) -> String? {
        normalized(text).map { "84" + $0.dropFirst() }
    }
}
