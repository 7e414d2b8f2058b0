/// An optional seen through `any Encodable`: whether it holds nothing, told without encoding it.
protocol AbsentValue {
    var isAbsent: Bool { get }
}

extension Optional: AbsentValue {
    var isAbsent: Bool { self == nil }
}
