import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore

/// The public lists a citizen finds things by: organisations, bulletins, answered questions.
@Suite("Public list pages")
struct PublicListPagesTests {
    @Test("an organisation is found by its name without diacritics, or by province then commune; the home page lists provinces only")
    func organisations() async throws {
        try await TestApp.run { client in
            for query in ["tan+thanh", "T%C3%82N+TH%C3%80NH", "thanh+tan"] {
                try await client.execute(uri: "/organisations?q=\(query)", method: .get) { page in
                    #expect(page.status == .ok)
                    #expect(page.text.contains(#"<a href="/organisations/xa-tan-thanh">Ủy ban nhân dân xã Tân Thành</a>"#), "\(query)")
                    #expect(!page.text.contains("/organisations/xa-lai-vung\""))
                }
            }
            try await client.execute(uri: "/organisations?q=khong+co+xa+nay", method: .get) { #expect($0.text.contains(#"id="nothing-found""#)) }
            try await client.execute(uri: "/organisations", method: .get) { page in
                #expect(page.text.contains(#"<a href="/organisations?province=tinh-dong-thap" class="children-link">"#))
                #expect(!page.text.contains(#"<a href="/organisations/xa-tan-thanh">"#), "communes one step further")
            }
            try await client.execute(uri: "/organisations?province=tinh-dong-thap", method: .get) { page in
                #expect(
                    page.text.contains(#"<a href="/organisations/xa-tan-thanh">"#) && page.text.contains(#"<a href="/organisations/xa-lai-vung">"#)
                )
            }
            try await client.execute(uri: "/organisations?province=khong-co", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/", method: .get) { page in
                let list = try #require(page.text.firstRange(of: #"<ul class="org-list">"#).map { String(page.text[$0.lowerBound...].prefix(3000)) })
                #expect(list.contains("tinh-dong-thap") && !list.contains("xa-tan-thanh"))
                #expect(page.text.contains(#"action="/organisations" role="search""#))
            }
        }
    }

    @Test("bulletins are listed newest first with the feed linked; an organisation's answered questions are listed masked")
    func bulletinsAndAnswers() async throws {
        try await TestApp.run { client in
            let answer = try await DocumentAPITests.approved(client, "Đường liên ấp 3 bị sạt lở, gọi 0912 345 678 để báo.", phone: "0911 222 333")
            let clerk = try await client.token("thu.ky")
            let published = try await client.send(
                .post,
                "/api/v1/bulletins",
                token: clerk,
                #"{"organisation_id": "xa-tan-thanh", "title": "Bản tin tháng 12", "question_refs": ["\#(answer)"]}"#
            )
            let id = try #require(published.json["id"] as? String)
            try await client.execute(uri: "/bulletins", method: .get) { page in
                #expect(page.text.contains(#"<a href="/bulletins/\#(id)">Bản tin tháng 12</a>"#) && page.text.contains("1 câu trả lời"))
                #expect(page.text.contains(#"href="/bulletins.atom""#))
            }
            try await client.execute(uri: "/bulletins?organisation=xa-lai-vung", method: .get) { #expect(!$0.text.contains(id)) }
            try await client.execute(uri: "/organisations/xa-tan-thanh/questions", method: .get) { page in
                #expect(page.text.contains(#"<a href="/questions/\#(answer)">"#))
                #expect(!page.text.contains("0912 345 678"), "masked as the public sees it")
            }
            try await client.execute(uri: "/organisations/xa-tan-thanh", method: .get) { page in
                #expect(
                    page.text.contains(#"href="/organisations/xa-tan-thanh/questions""#)
                        && page.text.contains(#"href="/bulletins?organisation=xa-tan-thanh""#)
                )
            }
        }
    }
}
