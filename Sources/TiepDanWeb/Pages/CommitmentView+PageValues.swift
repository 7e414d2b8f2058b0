import TiepDanCore
import TiepDanOffice

extension CommitmentView {
    /// `2026-06-30` as `30/06/2026`.
    static func display(_ iso: String) -> String {
        CivilDate(iso: iso).map(DocumentDate.short) ?? iso
    }

    /// The row of a list page (public and staff).
    func pageValues(_ language: Language, _ words: Localization) -> [String: Any] {
        var values: [String: Any] = [
            "id": id, "text": text, "owner": ownerName, "status": status,
            "status_label": words.word("commitment_status_\(status)", language),
            "due": Self.display(dueDate), "extended": extended,
            "progress": progress, "made": Self.display(String(madeAt.prefix(10))), "late": onTime == false, "is_closed": isClosed,
        ]
        values["original_due"] = extended ? Self.display(originalDue) : nil
        values["drop_reason"] = dropReason?.nilIfEmpty
        return values
    }
}
