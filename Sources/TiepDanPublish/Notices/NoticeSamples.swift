/// The longest realistic notice: every field filled, each free text past what a text message keeps. `tiepdan templates
/// check` resolves each notice template's variables against it, and the tests render every text message from it to
/// hold it to one segment.
public enum NoticeSamples {
    /// The sample's fields.
    public static let text = NoticeText(
        name: "Nguyễn Thị Phương Thảo Ngọc Anh",
        reference: "TD-2026-123456",
        session: "Tiếp công dân định kỳ của Chủ tịch UBND xã Tân Thạnh",
        time: "08:00 ngày 12/03/2026",
        place: "Phòng tiếp công dân, Trụ sở UBND xã Tân Thạnh, ấp Bình Hòa",
        previousTime: "14:00 ngày 10/03/2026",
        reason: "Chủ tịch UBND xã họp đột xuất với Ủy ban nhân dân tỉnh về phòng chống bão",
        link: "https://tiepdan.tayninh.gov.vn/b/TD-2026-123456?t=" + String(repeating: "x", count: 43),
        lookup: "https://tiepdan.tayninh.gov.vn/lookup",
        optOut: "https://tiepdan.tayninh.gov.vn/n/TD-2026-123456/abcdefgh",
        joinLink: "https://meet.tayninh.gov.vn/tiep-dan-xa-tan-thanh-2026-03-12",
        organisation: "Ủy ban nhân dân xã Tân Thạnh, huyện Thạnh Hóa, tỉnh Tây Ninh",
        due: "26/03/2026",
        note: "Xin gửi kèm bản sao giấy chứng nhận quyền sử dụng đất và sơ đồ thửa đất liên quan."
    )

    /// Every notice template by name, each with the sample.
    public static var byTemplate: [String: any Sendable] {
        Dictionary(uniqueKeysWithValues: NoticeWriter.templateNames.map { ($0, text as any Sendable) })
    }
}
