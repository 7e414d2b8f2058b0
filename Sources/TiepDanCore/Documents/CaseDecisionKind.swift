/// The written notice or decision each turn of a case calls for (Law 136/2025/QH15, the Laws on Complaints and on
/// Denunciations): what it is called, how it is numbered, and what it says was decided. The reason and the legal basis
/// come from the step itself and the rules table.
public enum CaseDecisionKind: String, Sendable, CaseIterable, Codable {
    /// Thông báo thụ lý: the case is taken for handling.
    case acceptance
    /// Thông báo không thụ lý: it is not, and why.
    case refusal
    /// Thông báo về việc rút đơn: the sender withdrew all or part.
    case withdrawal
    /// Quyết định tạm đình chỉ: handling paused, the time not counted.
    case pause
    /// Quyết định tiếp tục giải quyết: the pause lifted.
    case resumption
    /// Quyết định đình chỉ: handling ended.
    case suspension
    /// Văn bản đề nghị bổ sung, làm rõ: the sender is asked to clarify.
    case clarification
    /// Quyết định gia hạn: a longer limit, within what the law allows.
    case `extension`

    /// The kind the history step `action` calls for, or nil for a step that needs no writing (assign, answer...).
    public init?(action: String) {
        switch action {
        case "accept": self = .acceptance
        case "reject": self = .refusal
        case "withdraw", "withdraw_part": self = .withdrawal
        case "pause": self = .pause
        case "resume": self = .resumption
        case "suspend": self = .suspension
        case "clarify": self = .clarification
        case "extended": self = .extension
        default: return nil
        }
    }

    /// "Thông báo", "Quyết định" or "Văn bản".
    public var documentKind: String {
        switch self {
        case .acceptance, .refusal, .withdrawal: return "Thông báo"
        case .pause, .resumption, .suspension, .extension: return "Quyết định"
        case .clarification: return "Văn bản"
        }
    }

    /// The number's code: TB for notices, QĐ for decisions, CV for letters (Decree 30/2020, Appendix III).
    public var code: String {
        switch documentKind {
        case "Thông báo": return "TB"
        case "Quyết định": return "QĐ"
        default: return "CV"
        }
    }

    /// What it is about, for the case's `category` ("khiếu nại", "tố cáo"...).
    public func subject(_ category: CaseCategory) -> String {
        let noun = category.registerLabel.lowercased()
        switch self {
        case .acceptance: return "Về việc thụ lý giải quyết \(noun)"
        case .refusal: return "Về việc không thụ lý \(noun)"
        case .withdrawal: return "Về việc rút \(noun)"
        case .pause: return "Về việc tạm đình chỉ việc giải quyết \(noun)"
        case .resumption: return "Về việc tiếp tục giải quyết \(noun)"
        case .suspension: return "Về việc đình chỉ việc giải quyết \(noun)"
        case .clarification: return "Về việc đề nghị bổ sung, làm rõ nội dung \(noun)"
        case .extension: return "Về việc gia hạn giải quyết \(noun)"
        }
    }

    /// The decision itself, one sentence, for the case `reference` of `category`; `due` is the date now in force.
    public func decided(_ category: CaseCategory, reference: String, due: String) -> String {
        let noun = category.registerLabel.lowercased()
        switch self {
        case .acceptance: return "Thụ lý giải quyết \(noun) mã số \(reference). Thời hạn giải quyết đến ngày \(due)."
        case .refusal: return "Không thụ lý \(noun) mã số \(reference)."
        case .withdrawal: return "Ghi nhận việc người gửi rút \(noun) mã số \(reference) theo nội dung dưới đây."
        case .pause: return "Tạm đình chỉ việc giải quyết \(noun) mã số \(reference). Thời gian tạm đình chỉ không tính vào thời hạn giải quyết."
        case .resumption: return "Tiếp tục giải quyết \(noun) mã số \(reference). Thời hạn giải quyết đến ngày \(due)."
        case .suspension: return "Đình chỉ việc giải quyết \(noun) mã số \(reference)."
        case .clarification:
            return
                "Đề nghị người gửi \(noun) mã số \(reference) bổ sung, làm rõ nội dung dưới đây. Thời hạn giải quyết tạm dừng cho đến khi nhận được nội dung bổ sung."
        case .extension: return "Gia hạn giải quyết \(noun) mã số \(reference) đến ngày \(due)."
        }
    }
}
