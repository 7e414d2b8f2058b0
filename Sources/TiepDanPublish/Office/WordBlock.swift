/// What a Word document's body holds: paragraphs and tables, whose cells hold paragraphs.
enum WordBlock: Equatable {
    case paragraph(WordParagraph)
    /// Rows of cells; `grid` draws the borders of a table of figures, `header` repeats its first row on each page.
    case table(rows: [[[WordParagraph]]], grid: Bool, header: Bool)
}
