/// One paper a citizen handed over, as the receipt lists it.
public struct ReceiptItem: Sendable, Codable, Equatable {
    /// Running number.
    public var number: Int
    /// What it is ("Đơn khiếu nại ngày 02/11/2026").
    public var name: String
    /// "bản chính" or "bản sao".
    public var form: String
    /// Number of pages, empty when not counted.
    public var pages: String

    /// Creates an item.
    public init(number: Int, name: String, form: String, pages: String) {
        self.number = number
        self.name = name
        self.form = form
        self.pages = pages
    }
}
