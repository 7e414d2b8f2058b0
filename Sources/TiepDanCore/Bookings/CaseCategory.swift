/// What a citizen brings (DOMAIN "Categories"), as the register's category column records it.
public enum CaseCategory: String, Sendable, Codable, CaseIterable {
    case question
    case feedback
    case petition
    case complaint
    case denunciation
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
        }
    }
}
