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
            var references: [String] = []
            for index in 0..<6 {
                let body: [String: Any] = [
                    "organisation_id": organisation, "session_id": id, "category": index % 2 == 0 ? "question" : "complaint",
                    "broadcast_consent": true,
                    "text": String(repeating: "Đề nghị sửa đường và đèn chiếu sáng. ", count: 5 + index * 10),
                    "citizen": [
                        "name": "Người hỏi \(index)", "phone": "09110000\(10 + index)", "address": "Ấp \(index)",
                        "id_number": "07918600\(1000 + index)",
                    ],
                ]
                references.append(
                    try await client.execute(
                        uri: "/api/v1/questions",
                        method: .post,
                        headers: [.contentType: "application/json"],
                        body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
                    ) {
                        #expect($0.status == .created)
                        return $0.json["reference"] as? String ?? ""
                    }
                )
            }
            let clerk = try await client.token("thu.ky")
            for reference in references {
                #expect(try await client.send(.post, "/api/v1/questions/\(reference)/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
            }
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

    @Test("the radio reads only screened questions whose askers agreed to hear them on air, never a denunciation; the console masks them")
    func onlyWhatMayBeAired() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client in
            let programme = try await client.execute(uri: "/api/v1/sessions?organisation=xa-tan-thanh&kind=radio&limit=5", method: .get) { response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                return try #require(items.first { $0["questions_open"] as? Bool == true }?["id"] as? String)
            }
            let clerk = try await client.token("thu.ky")
            func ask(_ text: String, category: String = "question", phone: String, broadcast: Bool) async throws -> String {
                let asked = try await QuestionAPITests.ask(
                    client,
                    text,
                    category: category,
                    phone: phone,
                    extra: ["session_id": programme, "broadcast_consent": broadcast]
                )
                let reference = try #require(asked.json["reference"] as? String, "\(asked.text)")
                #expect(try await client.send(.post, "/api/v1/questions/\(reference)/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
                return reference
            }
            let aired = try await ask(
                "Đường ấp Tân Lợi ngập, gọi tôi 0912 345 678 hoặc 84912345679 để biết thêm.",
                phone: "0911 000 011",
                broadcast: true
            )
            let quiet = try await ask("Xin hỏi lịch tiêm chủng tháng tới ở trạm y tế xã?", phone: "0911 000 012", broadcast: false)
            let denounced = try await ask(
                "Tố cáo cán bộ địa chính xã nhận tiền khi cấp giấy chứng nhận.",
                category: "denunciation",
                phone: "0911 000 013",
                broadcast: true
            )
            let unscreened = try #require(
                try await QuestionAPITests.ask(client, "Khi nào trả tiền hỗ trợ lũ?", phone: "0911 000 014", extra: ["session_id": programme])
                    .json["reference"] as? String
            )
            let response = try await client.send(.post, "/api/v1/sessions/\(programme)/rundown", token: clerk, #"{"reserve_minutes": 10}"#)
            let references = Set(
                ((response.json["selected"] as? [[String: Any]] ?? []) + (response.json["left_out"] as? [[String: Any]] ?? []))
                    .compactMap { $0["reference"] as? String }
            )
            #expect(references.contains(aired), "\(response.text)")
            for absent in [quiet, denounced, unscreened] { #expect(!references.contains(absent), "\(absent) in \(response.text)") }
            let console = try await QuestionAPITests.get(client, "/staff/programmes/\(programme)/console", token: clerk)
            #expect(console.status == .ok && console.text.contains("Đường ấp Tân Lợi ngập"))
            for secret in ["0912 345 678", "84912345679", "nhận tiền khi cấp"] {
                #expect(!console.text.contains(secret), "\(secret) on the presenter's console")
            }
        }
    }
}
