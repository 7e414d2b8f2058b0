import Foundation
import Testing
import TiepDanCore

@testable import TiepDanPublish

/// The parts of the Office files written here that outside readers (openpyxl, python-docx: `test_office_files.py`)
/// do not single out: column letters past Z, Excel's day numbers, text Word would refuse, and how a document's HTML
/// becomes Word's paragraphs and tables.
@Suite("Office files")
struct OfficeFileTests {
    @Test("columns past Z, day serials as Excel counts them, and sheet names Excel accepts")
    func spreadsheetParts() {
        #expect([0, 25, 26, 27, 51, 52, 701, 702].map(XLSXWriter.column) == ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
        #expect(XLSXWriter.serial(CivilDate(1900, 3, 1)) == 61 && XLSXWriter.serial(CivilDate(2026, 12, 1)) == 46357)
        let long = String(repeating: "Sổ", count: 20)
        let names = XLSXWriter.sheetNames([
            SpreadsheetSheet(name: "Quý 3/2026: [tổng]", columns: [], rows: []),
            SpreadsheetSheet(name: long, columns: [], rows: []),
            SpreadsheetSheet(name: long, columns: [], rows: []),
        ])
        #expect(names[0] == "Quý 32026 tổng" && names[1].count == 31 && names[2] != names[1] && names[2].count <= 31)
    }

    @Test("text Word and Excel would refuse is dropped, markup escaped")
    func xmlText() {
        #expect(XMLText.escape("a\u{0}b\u{1B}c <d> & \"e\" 'f'\tg\n") == "abc &lt;d&gt; &amp; &quot;e&quot; &apos;f&apos;\tg\n")
    }

    @Test("the zip's CRC-32 is the standard one")
    func crc() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test("a document's HTML becomes Word's heading table, emphasis, lists, a grid with its header, and breaks")
    func reader() {
        let html = """
            <!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style></head><body>
            <table class="national"><tr><td class="issuer"><div class="issuer-name">Ủy ban nhân dân<br>xã Tân Thành</div>
            <span class="rule"></span><div class="number">Số: 1/BB-UBND</div></td>
            <td><div class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto">Độc lập - Tự do - Hạnh phúc</div></td></tr></table>
            <p class="place-date">Tân Thành, ngày 7 tháng 1 năm 2027</p><h1>Biên bản</h1>
            <p>Ông <strong>Lê Văn A</strong> &amp; bà <em>B</em>&nbsp;đến.</p>
            <ol><li>Một</li><li>Hai</li></ol>
            <table class="grid"><thead><tr><th>TT</th><th>Nội dung</th></tr></thead><tbody><tr><td>1</td><td>Sửa đường</td></tr></tbody></table>
            <p class="paragraphs">Dòng một
            Dòng hai</p>
            </body></html>
            """
        let blocks = WordDocumentReader.blocks(html)
        func text(_ paragraph: WordParagraph) -> String { paragraph.runs.map { $0.lineBreak ? "\n" : $0.text }.joined() }
        guard case .table(let heading, let grid, _) = blocks.first else {
            Issue.record("the national heading is a table: \(blocks)")
            return
        }
        #expect(!grid && heading[0][0].map(text) == ["ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "Số: 1/BB-UBND"])
        let motto = heading[0][1][1]
        #expect(text(motto) == "Độc lập - Tự do - Hạnh phúc" && motto.runs.allSatisfy { $0.bold && $0.underline } && motto.alignment == .center)
        let paragraphs = blocks.compactMap { if case .paragraph(let p) = $0, !p.isEmpty { p } else { nil } }
        #expect(
            paragraphs.map(text) == [
                "Tân Thành, ngày 7 tháng 1 năm 2027", "BIÊN BẢN", "Ông Lê Văn A & bà B\u{00A0}đến.", "1. Một", "2. Hai", "Dòng một\nDòng hai",
            ]
        )
        #expect(paragraphs[0].alignment == .right && paragraphs[0].runs.allSatisfy(\.italic))
        #expect(paragraphs[2].runs.first { $0.text == "Lê Văn A" }?.bold == true && paragraphs[2].runs.first { $0.text == "B" }?.italic == true)
        let tables = blocks.compactMap { if case .table(let rows, let grid, let header) = $0, grid { (rows, header) } else { nil } }
        #expect(
            tables.count == 1 && tables[0].1 && tables[0].0.map { $0.map { $0.map(text).joined() } } == [["TT", "Nội dung"], ["1", "Sửa đường"]]
        )
        #expect(tables.first?.0[0][0][0].runs.allSatisfy(\.bold) == true, "a header cell is bold")
    }
}
