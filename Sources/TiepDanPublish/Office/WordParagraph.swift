/// A paragraph of a Word document: its runs of text, each with its emphasis, and how it sits on the page.
struct WordParagraph: Equatable {
    enum Alignment: String { case left, center, right, both }

    /// A run of text with one emphasis; `lineBreak` puts it on a new line within the paragraph.
    struct Run: Equatable {
        var text: String
        var bold = false
        var italic = false
        var underline = false
        var size: Int?
        var lineBreak = false
    }

    var runs: [Run] = []
    var alignment: Alignment = .both
    /// Space after, in points.
    var spaceAfter = 6
    var spaceBefore = 0

    var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty && !$0.lineBreak } }
}
