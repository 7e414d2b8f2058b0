import Foundation
public import TiepDanCore

/// Writes an Office Open XML spreadsheet (ECMA-376, `.xlsx`) that Excel and LibreOffice open as they would their own:
/// text as inline strings (an ID number keeps its leading zero, and text is never run as a formula), numbers as
/// numbers, days as dates shown `dd/mm/yyyy`, the header row bold and frozen, each column its width, a filter on the
/// header.
public enum XLSXWriter {
    /// The `.xlsx` file of `sheets`.
    public static func write(_ sheets: [SpreadsheetSheet]) -> [UInt8] {
        var entries: [(path: String, content: [UInt8])] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", Array(rootRelations.utf8)),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelations(count: sheets.count)),
            ("xl/styles.xml", Array(styles.utf8)),
        ]
        for (index, sheet) in sheets.enumerated() {
            entries.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        return ZipArchive.archive(entries)
    }

    /// `A`, `B`, … `Z`, `AA`: the letters of column `index` (from 0).
    static func column(_ index: Int) -> String {
        var index = index + 1
        var letters = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters
    }

    /// Excel's serial number of a day: days since 30 December 1899.
    static func serial(_ date: CivilDate) -> Int {
        CivilDate(1899, 12, 30).days(until: date)
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(count: Int) -> [UInt8] {
        var xml = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for index in stride(from: 1, through: count, by: 1) {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index).xml" "#
            xml += #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return Array((xml + "</Types>").utf8)
    }

    private static let rootRelations =
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbook(_ sheets: [SpreadsheetSheet]) -> [UInt8] {
        var xml = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"#
        let names = sheetNames(sheets)
        for (index, name) in names.enumerated() {
            xml += #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        xml += "</sheets>"
        // Each sheet's filter range, which Excel keeps as a hidden name of the sheet.
        let filters = zip(names, sheets).enumerated().filter { !$0.element.1.columns.isEmpty }.map { index, pair in
            let (name, sheet) = pair
            let quoted = "'" + XMLText.escape(name).replacingOccurrences(of: "'", with: "''") + "'"
            return #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">"#
                + "\(quoted)!$A$1:$\(column(sheet.columns.count - 1))$\(sheet.rows.count + 1)</definedName>"
        }
        if !filters.isEmpty { xml += "<definedNames>" + filters.joined() + "</definedNames>" }
        return Array((xml + "</workbook>").utf8)
    }

    /// The sheets' names as Excel accepts them: at most 31 characters, none of []:*?/\, none used twice.
    static func sheetNames(_ sheets: [SpreadsheetSheet]) -> [String] {
        var used: Set<String> = []
        return sheets.enumerated().map { index, sheet in
            var name = String(sheet.name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            if name.isEmpty || used.contains(name) { name = String(name.prefix(26)) + " (\(index + 1))" }
            used.insert(name)
            return name
        }
    }

    private static func workbookRelations(count: Int) -> [UInt8] {
        var xml = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 0..<count {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(count + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
        return Array((xml + "</Relationships>").utf8)
    }

    /// Style 0 plain, 1 bold header with a bottom border, 2 a date `dd/mm/yyyy`, 3 wrapped text.
    private static let styles =
        header + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font>"#
        + #"<font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        + #"<border><left/><right/><top/><bottom style="thin"/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    private static func worksheet(_ sheet: SpreadsheetSheet) -> [UInt8] {
        var xml = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationships)">"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        xml += "</sheetView></sheetViews>"
        if !sheet.columns.isEmpty {
            xml += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(column.width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml += row(1, sheet.columns.map { .text($0.heading) }, style: 1)
        for (index, cells) in sheet.rows.enumerated() {
            xml += row(index + 2, cells, style: nil)
        }
        xml += "</sheetData>"
        if !sheet.columns.isEmpty {
            xml += #"<autoFilter ref="A1:\#(column(sheet.columns.count - 1))\#(sheet.rows.count + 1)"/>"#
        }
        xml += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        xml += #"<pageSetup paperSize="9" orientation="landscape"/>"#
        return Array((xml + "</worksheet>").utf8)
    }

    private static func row(_ number: Int, _ cells: [SpreadsheetCell], style: Int?) -> String {
        var xml = #"<row r="\#(number)">"#
        for (index, cell) in cells.enumerated() {
            let reference = column(index) + String(number)
            switch cell {
            case .text(let text) where text.isEmpty:
                // An empty cell, as Excel writes one: nothing.
                continue
            case .text(let text):
                xml += #"<c r="\#(reference)" t="inlineStr" s="\#(style ?? 3)"><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
            case .number(let value):
                let shown = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
                xml += #"<c r="\#(reference)"\#(style.map { #" s="\#($0)""# } ?? "")><v>\#(shown)</v></c>"#
            case .date(let date):
                xml += #"<c r="\#(reference)" s="2"><v>\#(serial(date))</v></c>"#
            case .empty:
                continue
            }
        }
        return xml + "</row>"
    }
}
