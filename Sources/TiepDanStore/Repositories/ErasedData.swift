/// What stands in place of a person's data once a deletion request erased it.
public enum ErasedData {
    /// In place of the name, where a name is required.
    public static let name = "Đã ẩn danh"
}
