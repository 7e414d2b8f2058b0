import Foundation
import Testing

@testable import TiepDanStore

/// The rows a first sync sends SQLite as JSON read back as they were written, by Foundation's own parser: quotes,
/// backslashes, control characters, Vietnamese and emoji in strings, nil as null, 64-bit numbers.
@Suite("JSON rows")
struct JSONRowsTests {
    @Test("every value reads back as written")
    func roundTrip() throws {
        let strings = ["Tiếp công dân \"định kỳ\"", "C:\\thư mục\\tệp", "dòng 1\ndòng 2\r\tcột", "\u{1F}\u{0}\u{7}", "🇻🇳 Đài", ""]
        var rows = JSONRows()
        for (index, string) in strings.enumerated() {
            rows.append([.text(string), .integer(Int64.max - Int64(index)), .text(nil), .integer(nil)])
        }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(rows.json.utf8)) as? [[Any]])
        #expect(parsed.count == strings.count)
        for (row, string) in zip(parsed, strings) {
            #expect(row[0] as? String == string)
            #expect((row[1] as? NSNumber)?.int64Value ?? 0 > Int64.max - 10)
            #expect(row[2] is NSNull && row[3] is NSNull)
        }
        #expect(JSONRows().json == "[]")
    }
}
