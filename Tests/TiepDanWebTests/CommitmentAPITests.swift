import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore
import TiepDanStore

/// Commitments over HTTP: recorded by staff, updated by owners, public with history.
@Suite("Commitment API")
struct CommitmentAPITests {
    static func create(_ client: any TestClientProtocol, token: String, _ fields: [String: Any]) async throws -> TestResponse {
        var object: [String: Any] = [
            "organisation_id": "xa-tan-thanh", "owner": "xa-tan-thanh.dia-chinh",
            "text": "Nạo vét kênh ấp Tân Lợi trước mùa mưa", "due_date": "2099-06-30",
        ]
        for (key, value) in fields { object[key] = value }
        return try await client.execute(
            uri: "/api/v1/commitments",
            method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
        )
    }

    @Test("recorded by the secretariat, reported by the owning department, extended with a reason, closed when done")
    func lifecycle() async throws {
        try await TestApp.run { client in
            let clerk = try await client.token("thu.ky")
            let officer = try await client.token("can.bo")
            let other = try await client.token("can.bo.khac")
            #expect(try await Self.create(client, token: officer, [:]).status == .forbidden)
            let bad = try await Self.create(client, token: clerk, ["owner": "ai-do", "due_date": "2020-01-01", "text": "x"])
            #expect(bad.status == .unprocessableContent)
            #expect(Set((bad.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }) == ["owner", "due_date", "text"])
            let created = try await Self.create(client, token: clerk, ["text": "Trả lời bà Hoa (0911 222 333) về việc nạo vét kênh"])
            #expect(created.status == .created)
            let id = try #require(created.json["id"] as? String)
            #expect(id.range(of: #"^C-\d{4}-\d{6}$"#, options: .regularExpression) != nil)
            #expect(created.json["status"] as? String == "open")
            #expect((created.json["text"] as? String)?.contains("0911") == false, "public text is masked")

            func progress(_ token: String, _ body: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/api/v1/commitments/\(id)/progress",
                    method: .post,
                    headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                    body: ByteBuffer(string: body)
                )
            }
            #expect(try await progress(other, #"{"progress": 10, "note": "không phải việc của tôi"}"#).status == .forbidden)
            #expect(try await progress(officer, #"{"progress": 140, "note": "quá"}"#).status == .unprocessableContent)
            #expect(
                try await progress(officer, #"{"progress": 50, "note": "Đã thuê máy", "evidence": "javascript:alert(1)"}"#).status
                    == .unprocessableContent
            )
            let half = try await progress(officer, #"{"progress": 50, "note": "Đã thuê máy nạo vét", "evidence": "https://xa.gov.vn/anh.jpg"}"#)
            #expect(half.status == .ok && half.json["status"] as? String == "in_progress" && half.json["progress"] as? Int == 50)
            let extended = try await client.execute(
                uri: "/api/v1/commitments/\(id)/extend",
                method: .post,
                headers: [.authorization: "Bearer \(clerk)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"due_date": "2099-07-31", "reason": "Chờ nước rút"}"#)
            )
            #expect(extended.status == .ok && extended.json["extended"] as? Bool == true && extended.json["original_due"] as? String == "2099-06-30")
            let done = try await progress(officer, #"{"progress": 100, "status": "done", "note": "Đã nạo vét xong"}"#)
            #expect(done.json["status"] as? String == "done" && done.json["on_time"] as? Bool == true)
            #expect(try await progress(officer, #"{"progress": 100, "note": "lại"}"#).status == .conflict)

            try await client.execute(uri: "/api/v1/commitments/\(id)", method: .get) { response in
                let history = response.json["history"] as? [[String: Any]] ?? []
                #expect(history.map { $0["kind"] as? String } == ["made", "progress", "extended", "done"])
                #expect(history[2]["due_before"] as? String == "2099-06-30" && history[2]["note"] as? String == "Chờ nước rút")
                #expect(response.text.contains("can.bo") == false && response.text.contains("0911") == false, "no staff or citizen data")
            }
            try await client.execute(uri: "/api/v1/commitments?organisation=xa-tan-thanh&status=done", method: .get) { response in
                #expect((response.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            }
        }
    }

    @Test("overdue is derived when asked, not stored")
    func overdue() async throws {
        try await TestApp.run { client, store in
            let clerk = try await client.token("thu.ky")
            let id = try #require(try await Self.create(client, token: clerk, [:]).json["id"] as? String)
            try await store.transaction { database in
                try await database.raw("UPDATE commitments SET due_date = '2026-01-05' WHERE id = \(bind: id)").run()
            }
            try await client.execute(uri: "/api/v1/commitments?status=overdue", method: .get) { response in
                #expect((response.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            }
            let stored = try await store.read {
                try await $0.raw("SELECT status FROM commitments").first()?.decode(column: "status", as: String.self)
            }
            #expect(stored == "open")
        }
    }

    @Test("the accountability page and the JSON agree on every commitment and carry no personal data")
    func pageAgreesWithJSON() async throws {
        try await TestApp.run { client, store in
            let clerk = try await client.token("thu.ky")
            let officer = try await client.token("can.bo")
            var ids: [String] = []
            for (index, text) in ["Sửa cầu ấp 1 (gọi anh Tư 0912 345 678)", "Lắp đèn ấp 2", "Nạo vét kênh ấp 3", "Cấp sổ đỏ cho 5 hộ"].enumerated() {
                let owner = index == 1 ? "xa-tan-thanh.van-hoa-xa-hoi" : "xa-tan-thanh.dia-chinh"
                ids.append(try #require(try await Self.create(client, token: clerk, ["text": text, "owner": owner]).json["id"] as? String))
            }
            _ = try await client.execute(
                uri: "/api/v1/commitments/\(ids[0])/progress",
                method: .post,
                headers: [.authorization: "Bearer \(officer)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"progress": 100, "status": "done", "note": "Đã sửa xong"}"#)
            )
            let late = ids[2]
            try await store.transaction { database in
                try await database.raw("UPDATE commitments SET due_date = '2026-01-05' WHERE id = \(bind: late)").run()
            }
            let json = try await client.execute(uri: "/api/v1/commitments?organisation=xa-tan-thanh", method: .get) {
                $0.json["items"] as? [[String: Any]] ?? []
            }
            let page = try await client.execute(uri: "/organisations/xa-tan-thanh/commitments", method: .get) { $0.text }
            #expect(json.count == 4)
            for item in json {
                let id = try #require(item["id"] as? String)
                let status = try #require(item["status"] as? String)
                let row = try #require(page.range(of: "id=\"row-\(id)\""), "row for \(id)")
                let rest = page[row.upperBound...]
                let rowText = String(rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)])
                #expect(rowText.contains("data-status=\"\(status)\""), "\(id): \(status)")
                #expect(rowText.contains(pageDate(item["due_date"] as? String ?? "")))
            }
            #expect(json.filter { $0["status"] as? String == "overdue" }.count == 1)
            #expect(
                page.contains("id=\"count-overdue\">1<") && page.contains("id=\"count-done-on-time\">1<") && page.contains("id=\"count-open\">2<")
            )
            #expect(page.contains("id=\"share\">50%<"), "one kept on time of two whose time has come")
            #expect(page.contains("<svg") && page.contains("Cam kết theo tháng đến hạn"))
            #expect(page.contains("0912") == false && String(describing: json).contains("0912") == false)
        }
    }

    @Test("the figures count every commitment however many there are, and the public and staff pages list them all, a page at a time")
    func everyCommitmentCounted() async throws {
        try await TestApp.run { client, store in
            // More than any one page or read could hold: 130 done on time, 390 open.
            try await store.transaction { database in
                for number in 1...520 {
                    let done = number % 4 == 0
                    try await database.raw(
                        """
                        INSERT INTO commitments (id, organisation_id, text, owner_id, owner_kind, made_at, due_date, original_due, status,
                            progress, done_at, created_by, updated_at)
                        VALUES (\(bind: String(format: "C-2026-%06d", number)), 'xa-tan-thanh', \(bind: "Cam kết số \(number)"),
                            'xa-tan-thanh.dia-chinh', 'department', 1790000000, '2099-06-30', '2099-06-30',
                            \(bind: done ? "done" : "open"), \(bind: done ? 100 : 0), \(bind: done ? Int64(1_790_000_000) : nil), 'test',
                            1790000000)
                        """
                    ).run()
                }
            }
            var uri: String? = "/organisations/xa-tan-thanh/commitments"
            var rows: [String] = []
            var pages = 0
            while let next = uri {
                let page = try await client.execute(uri: next, method: .get) { $0.text }
                pages += 1
                if pages == 1 {
                    #expect(page.contains(#"id="count-open">390<"#) && page.contains(#"id="count-done-on-time">130<"#))
                    #expect(page.contains(#"id="share">100%<"#))
                }
                rows += page.matches(of: /id="row-(C-\d{4}-\d{6})"/).map { String($0.output.1) }
                uri = page.firstMatch(of: /href="([^"]+)" id="next-page"/).map { String($0.output.1).replacingOccurrences(of: "&#x3D;", with: "=") }
            }
            #expect(pages == 11)
            #expect(rows.count == 520 && Set(rows).count == 520, "each commitment once across the pages")

            // The secretariat's page to report on them lists them all too, a hundred at a time.
            let clerk = try await client.token("thu.ky")
            var staffURI: String? = "/staff/commitments"
            var reportable: [String] = []
            while let next = staffURI {
                let page = try await client.send(.get, next, token: clerk).text
                reportable += page.matches(of: /<section class="visit status-[a-z_]+" id="(C-\d{4}-\d{6})">/).map { String($0.output.1) }
                staffURI = page.firstMatch(of: /href="([^"]+)" id="next-page"/).map {
                    String($0.output.1).replacingOccurrences(of: "&#x3D;", with: "=")
                }
            }
            #expect(reportable.count == 520 && Set(reportable).count == 520, "the staff list stopped at \(reportable.count)")
        }
    }
}

/// `2026-06-30` as the page writes it.
func pageDate(_ iso: String) -> String {
    let parts = iso.split(separator: "-")
    return parts.count == 3 ? "\(parts[2])/\(parts[1])/\(parts[0])" : iso
}
