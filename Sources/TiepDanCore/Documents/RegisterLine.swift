/// One line of the register of citizen reception (Sổ tiếp công dân, Form 03 of Circular
/// 04/2021), every column already written out, so a template or a CSV writer only places it.
public struct RegisterLine: Sendable, Codable, Equatable {
    /// Column 1: the running number in the register.
    public var number: Int
    /// Column 2: the day of the visit, `dd/MM/yyyy`.
    public var date: String
    /// Column 3: full name and address.
    public var nameAndAddress: String
    /// Column 4: citizen ID number.
    public var idNumber: String
    /// Column 5: what the citizen brought.
    public var content: String
    /// Column 6: category and number of people.
    public var categoryAndPeople: String
    /// Column 7: the body that already handled it.
    public var handledBefore: String
    /// Column 8: handling (accepted, guided, transferred, refused) with its detail.
    public var handling: String
    /// Column 9: the result follow-up.
    public var followUp: String
    /// Column 10: notes (the leader who received, the booking reference).
    public var notes: String
    /// The booking this line comes from.
    public var reference: String

    /// Creates a line.
    public init(
        number: Int,
        date: String,
        nameAndAddress: String,
        idNumber: String,
        content: String,
        categoryAndPeople: String,
        handledBefore: String,
        handling: String,
        followUp: String,
        notes: String,
        reference: String
    ) {
        self.number = number
        self.date = date
        self.nameAndAddress = nameAndAddress
        self.idNumber = idNumber
        self.content = content
        self.categoryAndPeople = categoryAndPeople
        self.handledBefore = handledBefore
        self.handling = handling
        self.followUp = followUp
        self.notes = notes
        self.reference = reference
    }

    /// The column headings of Form 03, in order.
    public static let headings = [
        "STT", "Ngày tiếp", "Họ tên, địa chỉ", "Số CCCD", "Nội dung vụ việc", "Phân loại, số người",
        "Cơ quan đã giải quyết", "Hướng xử lý", "Theo dõi kết quả", "Ghi chú",
    ]

    /// The cells in the order of `headings`.
    public var cells: [String] {
        [String(number), date, nameAndAddress, idNumber, content, categoryAndPeople, handledBefore, handling, followUp, notes]
    }
}
