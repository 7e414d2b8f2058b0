/// What stands in place of a sensitive record's text for everyone who may not open its seal.
public enum SensitiveText {
    /// In place of the subject.
    public static let subject = "Nội dung nhạy cảm (đã niêm phong)"
    /// In place of the text.
    public static let text = "Nội dung vụ việc có dữ liệu cá nhân nhạy cảm, được niêm phong; chỉ người giải quyết được xem, mỗi lần xem được ghi lại."
}
