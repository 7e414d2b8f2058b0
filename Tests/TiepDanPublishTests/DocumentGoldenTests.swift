import Foundation
import Testing
import TiepDanCore
import TiepDanPublish

/// Every document template rendered for a realistic session (`DocumentSamples`) and compared
/// byte for byte with the reviewed files in `Golden/`. After a deliberate template change, run
/// with `TIEPDAN_UPDATE_GOLDEN=1`, review the diff of `Golden/`, and commit it.
@Suite("Document golden files")
struct DocumentGoldenTests {
    static var goldenDirectory: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden") }
    /// The shipped `templates/` folder at the repository root.
    static var templatesDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates").path
    }

    @Test("each document renders exactly as reviewed, as HTML and as plain text", arguments: DocumentSamples.byTemplate.keys.sorted())
    func golden(_ template: String) async throws {
        let templates = try await TemplateSet(directory: Self.templatesDirectory)
        let html = try templates.render(template, with: try #require(DocumentSamples.byTemplate[template]))
        let name = template.replacingOccurrences(of: "documents/", with: "")
        for (output, suffix) in [(html, "html"), (PlainText.from(html: html), "txt")] {
            let file = Self.goldenDirectory.appendingPathComponent("\(name).\(suffix)")
            if ProcessInfo.processInfo.environment["TIEPDAN_UPDATE_GOLDEN"] == "1" {
                try Data(output.utf8).write(to: file)
            }
            let expected = try String(contentsOf: file, encoding: .utf8)
            #expect(output == expected, "\(file.lastPathComponent) differs from its golden file")
        }
    }

    @Test("documents carry the Decree 30 heading and escape what people typed")
    func headingAndEscaping() async throws {
        let templates = try await TemplateSet(directory: Self.templatesDirectory)
        let minutes = try templates.render("documents/reception-minutes", with: DocumentSamples.receptionMinutes)
        #expect(minutes.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(minutes.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(minutes.contains("ỦY BAN NHÂN DÂN<br>XÃ LAI VUNG<br>"))
        #expect(minutes.contains("Lai Vung, ngày 16 tháng 11 năm 2026"))
        #expect(minutes.contains("DỰ THẢO"))
        #expect(minutes.contains("Võ Thị Hồng &lt;Hoa&gt;"))
        #expect(!minutes.contains("<Hoa>"))
        let notice = try templates.render("documents/conclusion-notice", with: DocumentSamples.conclusionNotice)
        #expect(notice.contains("Số: 27/TB-UBND"))
        #expect(!notice.contains("DỰ THẢO"))
    }

    @Test("issuer, number and date follow Decree 30/2020")
    func decreeFormats() {
        let commune = DocumentIssuer(organisationName: "Ủy ban nhân dân phường Cao Lãnh")
        #expect(commune.lines == ["ỦY BAN NHÂN DÂN", "PHƯỜNG CAO LÃNH"])
        #expect(commune.abbreviation == "UBND")
        #expect(commune.place == "Cao Lãnh")
        let province = DocumentIssuer(organisationName: "Ủy ban nhân dân tỉnh Đồng Tháp")
        #expect(province.place == "Đồng Tháp")
        #expect(DocumentIssuer(organisationName: "Ban Dân vận").abbreviation == "BDV")
        // Zero before days under 10 and the months 1 and 2 only.
        #expect(DocumentDate.long(CivilDate(2026, 3, 5)) == "ngày 05 tháng 3 năm 2026")
        #expect(DocumentDate.long(CivilDate(2026, 1, 15)) == "ngày 15 tháng 01 năm 2026")
        #expect(DocumentDate.long(CivilDate(2026, 12, 24)) == "ngày 24 tháng 12 năm 2026")
        let numbered = DocumentHeading(issuer: commune, code: "BB", number: 12, day: CivilDate(2026, 3, 5), kind: "Biên bản", subject: "x")
        #expect(numbered.number == "Số: 12/BB-UBND")
        #expect(numbered.placeAndDate == "Cao Lãnh, ngày 05 tháng 3 năm 2026")
        let draft = DocumentHeading(issuer: commune, code: "BB", number: nil, day: CivilDate(2026, 3, 5), kind: "Biên bản", subject: "x")
        #expect(draft.number.hasPrefix("Số: ") && draft.number.hasSuffix("/BB-UBND") && !draft.number.contains(where: \.isNumber))
    }

    @Test("the checker names the file and line of a missing partial, an unknown variable, an unclosed section and a missing word")
    func checker() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("documents"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try
            "<p>{{heading.kind}}</p>\n{{> documents/missing}}\n{{#items}}{{reference}} {{answr}}{{/items}}\n{{#replaces}}{{title}}{{/replaces}}\n{{#items}}\n"
            .write(to: folder.appendingPathComponent("documents/bulletin.mustache"), atomically: true, encoding: .utf8)
        try "{{t.hello}} {{t.missing_word}}\n".write(to: folder.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        let problems = TemplateLinter(directory: folder.path, samples: ["documents/bulletin": DocumentSamples.bulletin()], words: ["hello"])
            .problems().map(\.description)
        #expect(
            problems == [
                "documents/bulletin.mustache:2: no partial named 'documents/missing'",
                "documents/bulletin.mustache:3: unknown variable 'answr'",
                "documents/bulletin.mustache:5: section 'items' is never closed",
                "page.mustache:1: unknown word 't.missing_word' (not in i18n)",
            ]
        )
        #expect(TemplateLinter(directory: Self.templatesDirectory, samples: DocumentSamples.byTemplate, words: nil).problems().isEmpty)
    }

    @Test("the fast field lookup of a bulletin row gives what reflection gives, for every field")
    func fastLookup() {
        let row = DocumentSamples.bulletin().items[1]
        for child in Mirror(reflecting: row).children {
            let label = child.label ?? ""
            #expect("\(row.child(named: label) ?? "missing")" == "\(child.value)", "field \(label)")
        }
        #expect(row.child(named: "nope") == nil)
    }

    @Test("plain text keeps the words, one block a line, cells apart, entities decoded")
    func plainText() {
        let text = PlainText.from(
            html: "<html><head><style>p{}</style><title>T</title></head><body><h1>Biên bản</h1><p>A &amp; B &lt;C&gt;</p>"
                + "<table><tr><th>TT</th><th>Nội dung</th></tr><tr><td>1</td><td>Đường   ngập</td></tr></table><ul><li>một</li><li>hai</li></ul></body></html>"
        )
        #expect(text == "Biên bản\nA & B <C>\nTT | Nội dung\n1 | Đường ngập\n- một\n- hai\n")
    }
}
