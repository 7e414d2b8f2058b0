import Foundation

/// Reads a document as the templates write it (`templates/documents/*.mustache`, the Decree 30/2020 layout in HTML)
/// into Word's paragraphs and tables, so one template gives the printable page, the PDF, the text and the `.docx`.
/// It knows the templates' vocabulary: the national heading's table, the motto, `Số:`, the place and date, the title,
/// tables of figures, lists, and the signature block; anything else is a plain paragraph.
struct WordDocumentReader {
    /// A table being read, its rows and cells.
    private struct TableState {
        var grid: Bool
        var centred: Bool
        var header = false
        var rows: [[[WordParagraph]]] = []
        var row: [[WordParagraph]] = []
        var cell: [WordParagraph] = []
        var cellAlignment: WordParagraph.Alignment = .left
    }

    /// An element whose emphasis applies to the text inside it.
    private struct Emphasis {
        var name: String
        var bold = false
        var italic = false
        var underline = false
        var uppercase = false
        var size: Int?
        var hidden = false
    }

    private var blocks: [WordBlock] = []
    private var paragraph: WordParagraph?
    private var emphasis: [Emphasis] = []
    private var tables: [TableState] = []
    private var lists: [(ordered: Bool, count: Int)] = []
    private var preserveLines = false

    /// The blocks of `html`.
    static func blocks(_ html: String) -> [WordBlock] {
        var reader = WordDocumentReader()
        for token in HTMLToken.tokens(html) { reader.read(token) }
        reader.finishParagraph()
        return reader.blocks
    }

    private mutating func read(_ token: HTMLToken) {
        switch token {
        case .text(let text): append(text)
        case .start(let name, let classes): open(name, classes)
        case .end(let name): close(name)
        }
    }

    private mutating func open(_ name: String, _ classes: [String]) {
        func has(_ name: String) -> Bool { classes.contains(name) }
        switch name {
        case "p", "h1", "h2", "li", "div":
            finishParagraph()
            openParagraph()
            var new = paragraph ?? WordParagraph()
            var style = Emphasis(name: name)
            switch name {
            case "h1": (new.alignment, new.spaceBefore, new.spaceAfter, style.bold, style.uppercase, style.size) = (.center, 12, 0, true, true, 28)
            case "h2": (new.spaceBefore, new.spaceAfter, style.bold) = (12, 4, true)
            case "li" where !lists.isEmpty:
                lists[lists.count - 1].count += 1
                let list = lists[lists.count - 1]
                new.runs.append(.init(text: list.ordered ? "\(list.count). " : "- "))
            default: break
            }
            if has("place-date") { (new.alignment, new.spaceAfter, style.italic) = (.right, 14, true) }
            if has("subject") { (new.alignment, new.spaceAfter, style.bold) = (.center, 12, true) }
            if has("issuer-name") { (new.alignment, style.bold, style.uppercase, style.size) = (.center, true, true, 25) }
            if has("sign-title") { (new.alignment, style.bold, style.uppercase) = (.center, true, true) }
            if has("nation") { (new.alignment, style.bold, style.size) = (.center, true, 25) }
            if has("motto") { (new.alignment, style.bold, style.underline) = (.center, true, true) }
            if has("number") { new.alignment = .center }
            if has("sign-name") { (new.alignment, style.bold) = (.center, true) }
            preserveLines = has("paragraphs")
            paragraph = new
            emphasis.append(style)
            if has("sign-space") {
                // The room for the signature and the seal.
                for _ in 0..<3 { emit(WordParagraph(runs: [.init(text: "")], alignment: .center, spaceAfter: 6)) }
            }
        case "table":
            finishParagraph()
            tables.append(TableState(grid: has("grid"), centred: has("national") || has("signatures")))
        case "thead": mutateTable { $0.header = true }
        case "tr": mutateTable { $0.row = [] }
        case "td", "th":
            finishParagraph()
            mutateTable { table in
                table.cell = []
                table.cellAlignment = has("recipients") ? .left : table.centred || name == "th" ? .center : .left
            }
            emphasis.append(Emphasis(name: name, bold: name == "th", size: has("recipients") ? 22 : nil))
        case "ol", "ul":
            finishParagraph()
            lists.append((name == "ol", 0))
        case "br":
            openParagraph()
            paragraph?.runs.append(.init(text: "", lineBreak: true))
        case "strong", "b": emphasis.append(Emphasis(name: name, bold: true))
        case "em", "i": emphasis.append(Emphasis(name: name, italic: true))
        case "span":
            emphasis.append(Emphasis(name: name, bold: has("draft"), hidden: has("rule") || has("visually-hidden")))
        default: break
        }
    }

    private mutating func close(_ name: String) {
        switch name {
        case "p", "h1", "h2", "li", "div":
            finishParagraph()
            popEmphasis(name)
            preserveLines = false
        case "td", "th":
            finishParagraph()
            popEmphasis(name)
            mutateTable { table in
                table.row.append(table.cell.isEmpty ? [WordParagraph(spaceAfter: 0)] : table.cell)
                table.cell = []
            }
        case "tr":
            mutateTable { table in
                if !table.row.isEmpty { table.rows.append(table.row) }
                table.row = []
            }
        case "table":
            finishParagraph()
            guard let table = tables.popLast(), !table.rows.isEmpty else { return }
            // Word needs a paragraph between two tables, or it joins them; the templates never nest tables.
            blocks.append(.table(rows: table.rows, grid: table.grid, header: table.header))
            blocks.append(.paragraph(WordParagraph(spaceAfter: 0)))
        case "ol", "ul":
            finishParagraph()
            _ = lists.popLast()
        case "strong", "b", "em", "i", "span": popEmphasis(name)
        default: break
        }
    }

    private mutating func append(_ text: String) {
        if emphasis.contains(where: \.hidden) { return }
        let lines = preserveLines ? text.components(separatedBy: "\n") : [text]
        for (index, line) in lines.enumerated() {
            var words = line.replacingOccurrences(of: #"[ \t\n\r]+"#, with: " ", options: .regularExpression)
            openParagraph()
            if index > 0 { paragraph?.runs.append(.init(text: "", lineBreak: true)) }
            // Spaces at the start of a line are layout, not text.
            if paragraph?.runs.allSatisfy({ $0.text.isEmpty }) == true || paragraph?.runs.last?.lineBreak == true {
                words = String(words.drop { $0 == " " })
            }
            guard !words.isEmpty else { continue }
            var run = WordParagraph.Run(text: words)
            for style in emphasis {
                run.bold = run.bold || style.bold
                run.italic = run.italic || style.italic
                run.underline = run.underline || style.underline
                run.size = style.size ?? run.size
                if style.uppercase { run.text = run.text.uppercased() }
            }
            paragraph?.runs.append(run)
        }
    }

    /// Opens a paragraph for text that comes straight inside a cell or the body.
    private mutating func openParagraph() {
        guard paragraph == nil else { return }
        var new = WordParagraph()
        if let table = tables.last { (new.alignment, new.spaceAfter) = (table.cellAlignment, 0) }
        paragraph = new
    }

    private mutating func finishParagraph() {
        guard var done = paragraph else { return }
        paragraph = nil
        while done.runs.last?.lineBreak == true { done.runs.removeLast() }
        if let last = done.runs.indices.last { done.runs[last].text = String(done.runs[last].text.reversed().drop { $0 == " " }.reversed()) }
        guard !done.isEmpty else { return }
        emit(done)
    }

    private mutating func emit(_ paragraph: WordParagraph) {
        if tables.isEmpty {
            blocks.append(.paragraph(paragraph))
        } else {
            tables[tables.count - 1].cell.append(paragraph)
        }
    }

    private mutating func mutateTable(_ change: (inout TableState) -> Void) {
        guard !tables.isEmpty else { return }
        change(&tables[tables.count - 1])
    }

    private mutating func popEmphasis(_ name: String) {
        if let index = emphasis.lastIndex(where: { $0.name == name }) { emphasis.remove(at: index) }
    }
}
