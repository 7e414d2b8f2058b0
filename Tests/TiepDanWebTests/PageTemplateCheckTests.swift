import Foundation
import Testing

@testable import TiepDanPublish
@testable import TiepDanWeb

/// `templates check` covers the web pages as it covers the documents: a name no page view model has
/// is reported with its file and line, and no page template goes unchecked.
@Suite("Page templates check")
struct PageTemplateCheckTests {
    /// Templates included by others, checked with the page that includes them.
    static let partials: Set<String> = [
        "web/header", "web/footer", "web/style", "web/error-summary", "web/hidden-fields", "web/reply-channel", "web/staff/console-row",
        "web/staff/notices",
    ]

    @Test("the shipped page templates name only what their view models have")
    func shipped() throws {
        let localization = try Localization(directory: TestApp.templatesDirectory + "/web/i18n")
        #expect(AppServices.check(TestApp.templatesDirectory, localization: localization).map(\.description) == [])
    }

    @Test("every page template has a sample view model, so none goes unchecked")
    func everyPageHasASample() throws {
        let pages = Set(TemplateLinter.sources(in: TestApp.templatesDirectory).keys.filter { $0.hasPrefix("web/") }).subtracting(Self.partials)
        let sampled = Set(PageSamples.byTemplate(words: [:]).keys)
        #expect(pages.subtracting(sampled).sorted() == [], "page templates without a sample")
        #expect(sampled.subtracting(pages).sorted() == [], "samples without a template")
    }

    @Test("a misspelt name in a page template, in the page or in a partial it includes, is named with its file and line")
    func misspelt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestApp.templatesDirectory), to: folder)
        let day = folder.appendingPathComponent("web/staff/day.mustache")
        try String(contentsOf: day, encoding: .utf8).replacingOccurrences(
            of: "<strong id=\"checked-in-people\">{{checkedInPeople}}",
            with: "<strong id=\"checked-in-people\">{{checkedInPeeple}}"
        )
        .write(to: day, atomically: true, encoding: .utf8)
        let row = folder.appendingPathComponent("web/staff/console-row.mustache")
        try String(contentsOf: row, encoding: .utf8).replacingOccurrences(of: "{{stateLabel}}", with: "{{state_label}}")
            .write(to: row, atomically: true, encoding: .utf8)
        let localization = try Localization(directory: folder.path + "/web/i18n")
        let problems = AppServices.check(folder.path, localization: localization).map(\.description)
        #expect(problems.contains { $0.hasSuffix("web/staff/day.mustache:9: unknown variable 'checkedInPeeple'") }, "\(problems)")
        #expect(problems.contains { $0.hasSuffix("web/staff/console-row.mustache:6: unknown variable 'state_label'") }, "\(problems)")
    }
}
