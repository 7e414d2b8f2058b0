import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore

/// `/lookup`: a lost link found again with the reference and the phone number given.
@Suite("Find my booking or question")
struct LookupPagesTests {
    @Test("a match gives a new link and ends the old; a wrong reference and a wrong phone get the same page; limited per client")
    func lookup() async throws {
        try await TestApp.run { client in
            let session = try await BookingAPITests.session(client)
            let (reference, oldToken) = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session, phone: "0912 345 678")
            ) { (try #require($0.json["reference"] as? String), try #require($0.json["token"] as? String)) }
            let asked = try await QuestionAPITests.ask(client, "Đường liên ấp 3 bị sạt lở sau mưa, khi nào sửa?", phone: "0911 222 333")
            let question = try #require(asked.json["reference"] as? String)
            let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(PagesTests.cookie("td_csrf", in: $0)) }
            func look(_ reference: String, _ contact: String) async throws -> TestResponse {
                let form = "_csrf=\(csrf)&reference=\(reference)&contact=\(contact.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
                return try await client.execute(
                    uri: "/lookup",
                    method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                    body: ByteBuffer(string: form)
                ) { $0 }
            }
            let wrongPhone = try await look(reference, "0912 000 000")
            let wrongReference = try await look("TD-2026-999999", "0912 345 678")
            #expect(wrongPhone.status == .ok && wrongReference.status == .ok)
            // The same page whichever was wrong, but for what was typed.
            let typed = [(reference, "REF"), ("TD-2026-999999", "REF"), ("0912 000 000", "CONTACT"), ("0912 345 678", "CONTACT")]
            func plain(_ page: TestResponse) -> String { typed.reduce(page.text) { $0.replacingOccurrences(of: $1.0, with: $1.1) } }
            #expect(plain(wrongPhone) == plain(wrongReference))
            #expect(wrongPhone.text.contains("Không có lịch hẹn hoặc câu hỏi nào khớp"))

            let found = try await look(reference.lowercased(), "+84 912 345 678")
            #expect(found.status == .seeOther)
            let link = try #require(found.headers[.location])
            #expect(link.hasPrefix("/bookings/\(reference)?token="))
            try await client.execute(uri: link, method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/bookings/\(reference)?token=\(oldToken)", method: .get) {
                #expect($0.status == .notFound, "the lost link ends")
            }
            let again = try await look(question, "0911222333")
            #expect(again.status == .seeOther && again.headers[.location]?.hasPrefix("/questions/\(question)?token=") == true)
            // Five lookups a minute per client: this is the fifth, then the sixth.
            #expect(try await look(reference, "0912 000 001").status == .ok)
            #expect(try await look(reference, "0912 345 678").status == .tooManyRequests, "even a right one, once over the limit")
        }
    }
}
