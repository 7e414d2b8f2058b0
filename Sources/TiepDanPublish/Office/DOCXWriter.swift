/// Writes a Word document (ECMA-376 WordprocessingML, `.docx`) in the Decree 30/2020 layout: A4, margins of 20 mm top
/// and bottom, 30 mm left and 15 mm right, Times New Roman 13 pt, Vietnamese as the text's language. An office opens
/// it in Word or LibreOffice to edit, sign and stamp.
public enum DOCXWriter {
    /// The `.docx` of the document `html` (a page the document templates wrote), with `title` in its properties.
    public static func write(html: String, title: String) -> [UInt8] {
        write(WordDocumentReader.blocks(html), title: title)
    }

    /// The text width in twentieths of a point: A4's 210 mm less the margins.
    static let textWidth = 11906 - 1701 - 850

    static func write(_ blocks: [WordBlock], title: String) -> [UInt8] {
        ZipArchive.archive([
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(rootRelations.utf8)),
            ("docProps/core.xml", Array(core(title: title).utf8)),
            ("word/document.xml", Array(document(blocks).utf8)),
            ("word/styles.xml", Array(styles.utf8)),
            ("word/_rels/document.xml.rels", Array(documentRelations.utf8)),
        ])
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private static let contentTypes =
        header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        + "</Types>"

    private static let rootRelations =
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + "</Relationships>"

    private static let documentRelations =
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + "</Relationships>"

    private static func core(title: String) -> String {
        header + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\#(XMLText.escape(title))</dc:title>"#
            + "<dc:language>vi-VN</dc:language><dc:creator>tiepdan</dc:creator></cp:coreProperties>"
    }

    /// Times New Roman 13 pt, line spacing 1.15, Vietnamese.
    private static let styles =
        header + #"<w:styles xmlns:w="\#(main)"><w:docDefaults><w:rPrDefault><w:rPr>"#
        + #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#
        + #"<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>"#
        + #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#
        + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
        + #"<w:tblPr><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + "</w:styles>"

    private static func document(_ blocks: [WordBlock]) -> String {
        var xml = header + #"<w:document xmlns:w="\#(main)"><w:body>"#
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): xml += self.paragraph(paragraph)
            case .table(let rows, let grid, let header): xml += table(rows, grid: grid, header: header)
            }
        }
        xml += #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>"#
        xml += #"<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#
        return xml + "</w:body></w:document>"
    }

    private static func paragraph(_ paragraph: WordParagraph) -> String {
        var xml = "<w:p><w:pPr>"
        xml += #"<w:spacing w:before="\#(paragraph.spaceBefore * 20)" w:after="\#(paragraph.spaceAfter * 20)"/>"#
        xml += #"<w:jc w:val="\#(paragraph.alignment.rawValue)"/></w:pPr>"#
        for run in paragraph.runs {
            if run.lineBreak {
                xml += "<w:r><w:br/></w:r>"
                continue
            }
            guard !run.text.isEmpty else { continue }
            var properties = ""
            if run.bold { properties += "<w:b/><w:bCs/>" }
            if run.italic { properties += "<w:i/><w:iCs/>" }
            if run.underline { properties += #"<w:u w:val="single"/>"# }
            if let size = run.size { properties += #"<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"# }
            xml += "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            xml += #"<w:t xml:space="preserve">\#(XMLText.escape(run.text))</w:t></w:r>"#
        }
        return xml + "</w:p>"
    }

    private static func table(_ rows: [[[WordParagraph]]], grid: Bool, header: Bool) -> String {
        let columns = rows.map(\.count).max() ?? 1
        // Two columns without borders are the national heading or the signature block: the issuer's side (and the
        // recipients') narrower, as in the Decree's models, so the national title keeps to one line.
        let widths: [Int] =
            !grid && columns == 2 ? [textWidth * 3 / 8, textWidth - textWidth * 3 / 8] : Array(repeating: textWidth / columns, count: columns)
        var xml = #"<w:tbl><w:tblPr><w:tblW w:w="\#(textWidth)" w:type="dxa"/>"#
        if grid {
            xml += "<w:tblBorders>"
            for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                xml += #"<w:\#(side) w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
            }
            xml += "</w:tblBorders>"
        }
        xml += #"<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
        for width in widths { xml += #"<w:gridCol w:w="\#(width)"/>"# }
        xml += "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            xml += "<w:tr>" + (header && index == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for column in 0..<columns {
                let cell = column < row.count ? row[column] : []
                // A short row's last cell spans the columns left.
                let span = column == row.count - 1 && row.count < columns ? columns - row.count + 1 : 1
                if column >= row.count { break }
                xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(widths[column...].prefix(span).reduce(0, +))" w:type="dxa"/>"#
                xml += span > 1 ? #"<w:gridSpan w:val="\#(span)"/>"# : ""
                xml += "</w:tcPr>"
                xml += cell.isEmpty ? "<w:p/>" : cell.map(paragraph).joined()
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
