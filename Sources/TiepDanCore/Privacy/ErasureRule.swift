/// What a deletion request may erase, and what the law makes the office keep, written once: a register of citizens
/// received, a case still being handled, and the file of a complaint or denunciation are kept, each with its reason;
/// everything else of the person is anonymised beyond recovery.
public enum ErasureRule {
    /// Erase, or keep for a reason the citizen is told.
    public enum Verdict: Sendable, Equatable {
        case erase
        case keep(reason: String)
    }

    /// A booking: kept once the citizen came (it is a line of the register, Form 03).
    public static func booking(checkedIn: Bool) -> Verdict {
        checkedIn
            ? .keep(reason: "Lượt tiếp đã ghi vào Sổ tiếp công dân, hồ sơ pháp luật buộc lưu (Thông tư 04/2021/TT-TTCP; Luật Lưu trữ 2024)")
            : .erase
    }

    /// A question, feedback, petition, complaint, denunciation or information.
    public static func question(_ category: CaseCategory, status: QuestionStatus) -> Verdict {
        if status.isOpen {
            return .keep(
                reason: "Vụ việc đang được giải quyết: dữ liệu cần để thực hiện nhiệm vụ theo luật (Luật Bảo vệ dữ liệu cá nhân 2025, Điều 19)"
            )
        }
        if category == .complaint || category == .denunciation {
            return .keep(reason: "Hồ sơ giải quyết khiếu nại, tố cáo pháp luật buộc lưu (Luật Khiếu nại 2011; Luật Tố cáo 2018; Luật Lưu trữ 2024)")
        }
        return .erase
    }
}
