import TiepDanCore
import TiepDanOffice

extension CommitmentView {
    /// `2026-06-30` as `30/06/2026`.
    static func display(_ iso: String) -> String {
        CivilDate(iso: iso).map(DocumentDate.short) ?? iso
    }

    /// The row of a list page (public and staff), with what is wrong with a report just refused.
    func row(_ language: Language, _ words: Localization, errors: [String] = []) -> CommitmentRow {
        CommitmentRow(
            id: id,
            text: text,
            owner: ownerName,
            status: status,
            statusLabel: words.word("commitment_status_\(status)", language),
            due: Self.display(dueDate),
            originalDue: extended ? Self.display(originalDue) : nil,
            progress: progress,
            made: Self.display(String(madeAt.prefix(10))),
            late: onTime == false,
            isClosed: isClosed,
            errors: errors
        )
    }
}
