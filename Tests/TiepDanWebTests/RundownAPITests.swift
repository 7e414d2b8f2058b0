import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The rundown of a radio programme from the questions collected for it.
@Suite("Rundown API")
struct RundownAPITests {
    @Test("the rundown fits the programme less the reserve, explains every verdict, and is only for programmes")
    func rundown() async throws {
        try await TestApp.run { client in
            let programme = try await client.execute(uri: "/api/v1/sessions?kind=radio&limit=20", method: .get) { response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                return try #require(items.first { $0["questions_open"] as? Bool == true })
            }
            let id = try #require(programme["id"] as? String)
            let organisation = try #require(programme["organisation_id"] as? String)
            for index in 0..<6 {
                let body: [String: Any] = [
                    "organisation_id": organisation, "session_id": id, "category": index % 2 == 0 ? "question" : "complaint",
                    "text": String(repeating: "Đề nghị sửa đường và đèn chiếu sáng. ", count: 5 + index * 10),
                    "citizen": [
                        "name": "Người hỏi \(index)", "phone": "09110000\(10 + index)", "address": "Ấp \(index)",
                        "id_number": "07918600\(1000 + index)",
                    ],
                ]
                try await client.execute(
                    uri: "/api/v1/questions",
                    method: .post,
                    headers: [.contentType: "application/json"],
                    body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
                ) { #expect($0.status == .created) }
            }
            let clerk = try await client.token("thu.ky")
            let officer = try await client.token("can.bo")
            #expect(try await client.send(.post, "/api/v1/sessions/\(id)/rundown", token: officer, "{}").status == .forbidden)
            #expect(
                try await client.send(.post, "/api/v1/sessions/\(id)/rundown", token: clerk, #"{"reserve_minutes": 9999}"#).status
                    == .unprocessableContent
            )
            let response = try await client.send(.post, "/api/v1/sessions/\(id)/rundown", token: clerk, #"{"reserve_minutes": 52}"#)
            #expect(response.status == .ok, "\(response.text)")
            let air = try #require(response.json["air_minutes"] as? Int)
            let used = try #require(response.json["used_seconds"] as? Int)
            #expect(used <= (air - 52) * 60)
            let selected = response.json["selected"] as? [[String: Any]] ?? []
            let leftOut = response.json["left_out"] as? [[String: Any]] ?? []
            #expect(selected.count + leftOut.count == 6)
            #expect(!selected.isEmpty && !leftOut.isEmpty, "eight minutes cannot hold six questions")
            #expect((selected + leftOut).allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
            #expect(selected.allSatisfy { $0["starts_at"] is String })
            #expect(response.text.contains("Người hỏi") == false, "no personal data in the rundown")
            try await client.send(.get, "/staff/sessions/\(id)/rundown?reserve_minutes=52", token: clerk) { page in
                #expect(page.status == .ok)
                for item in selected {
                    #expect(page.text.contains("id=\"segment-\(item["reference"] as? String ?? "")\""))
                }
                #expect(page.text.contains("id=\"segment-reserve\"") && page.text.contains("Kịch bản chương trình"))
                #expect(page.text.contains("Người hỏi") == false)
            }
            try await client.execute(uri: "/staff/sessions/\(id)/rundown", method: .get) { #expect($0.status == .seeOther) }
            let reception = try await BookingAPITests.session(client)
            #expect(try await client.send(.post, "/api/v1/sessions/\(reception)/rundown", token: clerk, "{}").status == .conflict)
        }
    }
}
