/// What a citizen brings (DOMAIN "Categories"), as the register's category column records it.
public enum CaseCategory: String, Sendable, Codable, CaseIterable {
    case question
    case feedback
    case petition
    case complaint
    case denunciation
    /// Information about wrongdoing from someone who does not identify themselves (or cannot be verified): not a
    /// denunciation, so it carries neither a denouncer's protections nor duties; examined as information when it names
    /// a wrongdoer with specific evidence (Law on Denunciations 2018, Art. 25; Law 136/2025/QH15), never published.
    case information
}

extension CaseCategory {
    /// The Vietnamese name, as the register's category column writes it.
    public var registerLabel: String {
        switch self {
        case .question: return "Câu hỏi"
        case .feedback: return "Góp ý"
        case .petition: return "Kiến nghị, phản ánh"
        case .complaint: return "Khiếu nại"
        case .denunciation: return "Tố cáo"
        case .information: return "Thông tin có nội dung tố cáo"
        }
    }
}
