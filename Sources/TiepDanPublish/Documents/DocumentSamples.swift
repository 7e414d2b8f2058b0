public import TiepDanCore

/// A realistic example of every document view model: one Monday reception at Lai Vung commune
/// and one radio programme of Đồng Tháp province. `tiepdan templates check` resolves every
/// variable a document template names against these, the golden-file tests render them, and the
/// benchmark builds its large bulletin from them.
public enum DocumentSamples {
    static let laiVung = DocumentIssuer(organisationName: "Ủy ban nhân dân xã Lai Vung")
    static let dongThap = DocumentIssuer(organisationName: "Ủy ban nhân dân tỉnh Đồng Tháp")
    static let monday = CivilDate(2026, 11, 16)
    static let chairman = DocumentPerson(name: "Nguyễn Văn Bình", title: "Chủ tịch UBND xã")

    static let visits = [
        MinutesVisit(
            number: 1,
            reference: "TD-2026-000311",
            citizen: "Trần Thị Mai",
            people: 1,
            content: "Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa số 112, tờ bản đồ số 7.",
            category: "Kiến nghị",
            handling: "Tiếp nhận: giao Phòng Kinh tế kiểm tra hồ sơ, trả lời trong 10 ngày làm việc."
        ),
        MinutesVisit(
            number: 2,
            reference: "TD-2026-000312",
            citizen: "Lê Văn Tám, Phạm Văn Út (đại diện)",
            people: 5,
            content: "Đường liên ấp 3 – ấp 4 xuống cấp, mùa mưa ngập sâu, xe cứu thương không vào được.",
            category: "Phản ánh",
            handling: "Tiếp nhận: đưa vào kế hoạch sửa chữa năm 2027; trước mắt san lấp ổ gà."
        ),
        MinutesVisit(
            number: 3,
            reference: "TD-2026-000313",
            citizen: "Người tố cáo (giữ bí mật)",
            people: 1,
            content: "Tố cáo hành vi thu tiền trái quy định khi làm thủ tục chứng thực.",
            category: "Tố cáo",
            handling: "Chuyển: Thanh tra huyện xem xét theo thẩm quyền."
        ),
        MinutesVisit(
            number: 4,
            reference: "TD-2026-000314",
            citizen: "Võ Thị Hồng <Hoa>",
            people: 1,
            content: "Khiếu nại quyết định xử phạt vi phạm hành chính số 45/QĐ-XPVPHC (đã có bản án).",
            category: "Khiếu nại",
            handling: "Từ chối: vụ việc đã được Tòa án giải quyết bằng bản án có hiệu lực."
        ),
    ]
    static let commitments = [
        MinutesCommitment(
            number: 1,
            text: "Kiểm tra hồ sơ cấp giấy chứng nhận thửa số 112 và trả lời bà Trần Thị Mai.",
            owner: "Phòng Kinh tế",
            due: "30/11/2026"
        ),
        MinutesCommitment(number: 2, text: "San lấp ổ gà đường liên ấp 3 – ấp 4.", owner: "Ban quản lý dự án xã", due: "15/12/2026"),
    ]
    static let questions = [
        MinutesQuestion(
            number: 1,
            reference: "Q-2026-000088",
            topic: "Đất đai",
            question: "Khi nào xã công bố quy hoạch sử dụng đất giai đoạn 2026–2030?",
            answer: "Quy hoạch được niêm yết tại trụ sở UBND xã từ ngày 01/12/2026."
        ),
        MinutesQuestion(
            number: 2,
            reference: "Q-2026-000091",
            topic: "Văn hóa - Xã hội",
            question: "Hộ cận nghèo được hỗ trợ học phí thế nào?",
            answer: "",
            due: "04/12/2026"
        ),
    ]

    /// Minutes of the Monday reception, draft version 2.
    public static var receptionMinutes: ReceptionMinutes {
        ReceptionMinutes(
            heading: DocumentHeading(
                issuer: laiVung,
                code: "BB",
                number: nil,
                day: monday,
                kind: "Biên bản",
                subject: "Tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã"
            ),
            draft: true,
            version: 2,
            openedAt: "Vào lúc 07 giờ 30, " + DocumentDate.long(monday),
            location: "Hội trường UBND xã Lai Vung",
            receivedBy: [chairman, DocumentPerson(name: "Đỗ Thị Lan", title: "Công chức Tư pháp - Hộ tịch")],
            attendance: 8,
            visits: visits,
            questions: questions,
            commitments: commitments,
            conclusion: "Giao các bộ phận chuyên môn giải quyết dứt điểm các kiến nghị trong thời hạn đã hẹn; báo cáo kết quả tại buổi tiếp lần sau.",
            notes: "",
            closedAt: "Buổi tiếp kết thúc lúc 11 giờ 00 cùng ngày",
            signer: DocumentPerson(name: chairman.name, title: "Chủ tịch"),
            recorder: DocumentPerson(name: "Phạm Thị Thu", title: "Công chức Văn phòng - Thống kê"),
            recordings: [
                MinutesRecording(
                    number: 1,
                    uri: "luu-tru/2026/tiep-cong-dan-16-11-2026.mp4",
                    startedAt: "07 giờ 32",
                    duration: MinutesRecording.duration(12_310),
                    sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                )
            ]
        )
    }

    /// The conclusion notice of that reception, finalised as number 27.
    public static var conclusionNotice: ConclusionNotice {
        ConclusionNotice(
            heading: DocumentHeading(
                issuer: laiVung,
                code: "TB",
                number: 27,
                day: CivilDate(2026, 11, 18),
                kind: "Thông báo",
                subject: "Kết luận của Chủ tịch UBND xã tại buổi tiếp công dân định kỳ ngày 16/11/2026"
            ),
            draft: false,
            version: 1,
            intro:
                "Ngày 16 tháng 11 năm 2026, ông Nguyễn Văn Bình, Chủ tịch UBND xã chủ trì tiếp công dân định kỳ tại Hội trường UBND xã Lai Vung; có 8 công dân đến trình bày 4 vụ việc.",
            cases: visits,
            commitments: commitments,
            conclusion: "Các bộ phận được giao báo cáo kết quả bằng văn bản về Văn phòng HĐND và UBND xã trước thời hạn.",
            recipients: ["Chủ tịch, các Phó Chủ tịch UBND xã", "Phòng Kinh tế", "Ban quản lý dự án xã", "Công dân có tên tại Thông báo"],
            signer: DocumentPerson(name: chairman.name, title: "Chủ tịch")
        )
    }

    /// Minutes of a provincial radio programme, finalised as number 5.
    public static var dialogueMinutes: DialogueMinutes {
        let saturday = CivilDate(2026, 11, 28)
        return DialogueMinutes(
            heading: DocumentHeading(
                issuer: dongThap,
                code: "BB",
                number: 5,
                day: saturday,
                kind: "Biên bản",
                subject: "Chương trình đối thoại với Nhân dân qua sóng phát thanh tháng 11/2026"
            ),
            draft: false,
            version: 1,
            programme: "Chính quyền đối thoại với Nhân dân qua sóng phát thanh",
            openedAt: "Vào lúc 08 giờ 00, " + DocumentDate.long(saturday),
            location: "Phòng thu Đài Phát thanh và Truyền hình tỉnh",
            panel: [
                DocumentPerson(name: "Trần Minh Hoàng", title: "Chủ tịch UBND tỉnh"),
                DocumentPerson(name: "Phạm Thanh Sơn", title: "Giám đốc Sở Xây dựng"),
            ],
            answered: [
                MinutesQuestion(
                    number: 1,
                    reference: "Q-2026-000120",
                    topic: "Sở Xây dựng",
                    question: "Cầu Cái Tàu Hạ bao giờ sửa xong?",
                    answer: "Sở Xây dựng cam kết thông xe trước ngày 31/01/2027."
                )
            ],
            callIns: [
                DialogueCallIn(
                    number: 1,
                    caller: "Ông Ba, ấp Tân Hòa",
                    question: "Xin hỏi về bồi thường giải phóng mặt bằng tuyến tránh.",
                    answer: "Sở Nông nghiệp và Môi trường trả lời bằng văn bản."
                )
            ],
            deferred: [
                MinutesQuestion(
                    number: 1,
                    reference: "Q-2026-000131",
                    topic: "Sở Nông nghiệp và Môi trường",
                    question: "Giá đất bồi thường tuyến tránh tính theo năm nào?",
                    answer: "",
                    due: "11/12/2026"
                )
            ],
            commitments: [MinutesCommitment(number: 1, text: "Thông xe cầu Cái Tàu Hạ.", owner: "Sở Xây dựng", due: "31/01/2027")],
            conclusion: "Các sở, ngành trả lời bằng văn bản các câu hỏi chưa trả lời trực tiếp đúng hạn.",
            notes: "",
            closedAt: "Chương trình kết thúc lúc 09 giờ 00 cùng ngày",
            signer: DocumentPerson(name: "Trần Minh Hoàng", title: "Chủ tịch"),
            recorder: DocumentPerson(name: "Phạm Thị Thu", title: "Công chức Văn phòng - Thống kê")
        )
    }

    /// The register for November 2026.
    public static var register: RegisterDocument {
        RegisterDocument(
            heading: DocumentHeading(
                issuer: laiVung.lines,
                number: "",
                placeAndDate: DocumentDate.placeAndDate(laiVung.place, CivilDate(2026, 11, 30)),
                kind: "Sổ tiếp công dân",
                subject: "Mẫu số 03"
            ),
            period: "Từ ngày 01/11/2026 đến ngày 30/11/2026",
            lines: [
                RegisterLine(
                    number: 1,
                    date: "16/11/2026",
                    nameAndAddress: "Trần Thị Mai, ấp 2, xã Lai Vung",
                    idNumber: "087123456789",
                    content: visits[0].content,
                    categoryAndPeople: "Kiến nghị; 1 người",
                    handledBefore: "",
                    handling: visits[0].handling,
                    followUp: "",
                    notes: "Nguyễn Văn Bình; TD-2026-000311",
                    reference: "TD-2026-000311"
                ),
                RegisterLine(
                    number: 2,
                    date: "16/11/2026",
                    nameAndAddress: "Lê Văn Tám (đại diện), ấp 3",
                    idNumber: "",
                    content: visits[1].content,
                    categoryAndPeople: "Phản ánh; 5 người",
                    handledBefore: "UBND xã (2025)",
                    handling: visits[1].handling,
                    followUp: "",
                    notes: "Nguyễn Văn Bình; TD-2026-000312",
                    reference: "TD-2026-000312"
                ),
            ]
        )
    }

    /// A receipt of papers at the reception.
    public static var receipt: ReceiptDocument {
        ReceiptDocument(
            heading: DocumentHeading(
                issuer: laiVung.lines,
                number: "",
                placeAndDate: DocumentDate.placeAndDate(laiVung.place, monday),
                kind: "Giấy biên nhận",
                subject: "Thông tin, tài liệu, bằng chứng"
            ),
            receivedAt: "Vào lúc 08 giờ 15, " + DocumentDate.long(monday) + ", tại Hội trường UBND xã Lai Vung",
            receiver: DocumentPerson(name: "Đỗ Thị Lan", title: "Công chức Tư pháp - Hộ tịch"),
            citizen: "Trần Thị Mai",
            address: "Ấp 2, xã Lai Vung, tỉnh Đồng Tháp",
            idNumber: "087123456789",
            reference: "TD-2026-000311",
            content: visits[0].content,
            items: [
                ReceiptItem(number: 1, name: "Đơn đề nghị ngày 02/11/2026", form: "bản chính", pages: "2"),
                ReceiptItem(number: 2, name: "Trích lục bản đồ địa chính thửa 112", form: "bản sao", pages: "1"),
            ]
        )
    }

    /// A bulletin of `count` answered questions (two real ones, repeated).
    public static func bulletin(count: Int = 2) -> BulletinDocument {
        let answered = [
            MinutesQuestion(number: 1, reference: "Q-2026-000088", topic: "Đất đai", question: questions[0].question, answer: questions[0].answer),
            MinutesQuestion(
                number: 2,
                reference: "Q-2026-000120",
                topic: "Sở Xây dựng",
                question: "Cầu Cái Tàu Hạ bao giờ sửa xong? Nhà tôi ở số 0912 *** *** gần chân cầu.",
                answer: "Sở Xây dựng cam kết thông xe trước ngày 31/01/2027 & sẽ thông báo lịch phân luồng."
            ),
        ]
        let items = (0..<count).map { index -> MinutesQuestion in
            var item = answered[index % answered.count]
            item.number = index + 1
            if index >= answered.count { item.reference = "Q-2026-\(String(format: "%06d", 200 + index))" }
            return item
        }
        return BulletinDocument(
            heading: DocumentHeading(
                issuer: dongThap.lines,
                number: "",
                placeAndDate: DocumentDate.placeAndDate(dongThap.place, CivilDate(2026, 11, 30)),
                kind: "Bản tin giải đáp",
                subject: "Trả lời câu hỏi của Nhân dân tháng 11/2026"
            ),
            id: "BT-2026-000004",
            title: "Bản tin giải đáp tháng 11/2026",
            publishedOn: DocumentDate.long(CivilDate(2026, 11, 30)),
            items: items,
            replaces: BulletinLink(id: "BT-2026-000003", title: "Bản tin giải đáp tháng 11/2026 (bản cũ)"),
            correctedBy: nil
        )
    }

    /// The rundown of the provincial radio programme: two questions on air, the reserve, one left for a written answer.
    public static var rundown: RundownDocument {
        RundownDocument(
            title: "Đối thoại trên sóng: Đất đai và xây dựng",
            location: "Đài Phát thanh và Truyền hình Đồng Tháp",
            date: "20/11/2026",
            starts: "19:00",
            ends: "20:00",
            segments: [
                .init(
                    number: 1,
                    starts: "19:00",
                    length: "8:00",
                    reference: "Q-2026-000101",
                    topic: "Sở Tài nguyên và Môi trường",
                    subject: "Cấp giấy chứng nhận quyền sử dụng đất chậm ở ấp Tân Lợi",
                    reason: "12 người cùng hỏi"
                ),
                .init(
                    number: 2,
                    starts: "19:08",
                    length: "6:00",
                    reference: "Q-2026-000107",
                    topic: "Sở Xây dựng",
                    subject: "Đường liên ấp <xuống cấp> sau mùa lũ",
                    reason: "khẩn: ảnh hưởng đi lại"
                ),
            ],
            reserveStarts: "19:50",
            reserveLength: "10:00",
            leftOut: [.init(reference: "Q-2026-000112", subject: "Lịch thu gom rác", reason: "không còn thời gian; trả lời bằng văn bản")]
        )
    }

    /// Every document template with its sample model, by template name.
    /// The temporary suspension of a complaint.
    public static var caseDecision: CaseDecision {
        CaseDecision(
            heading: DocumentHeading(
                issuer: laiVung,
                code: CaseDecisionKind.pause.code,
                number: nil,
                day: CivilDate(2026, 9, 16),
                kind: CaseDecisionKind.pause.documentKind,
                subject: CaseDecisionKind.pause.subject(.complaint)
            ),
            addressee: "Ông (bà) Trần Văn Mười, địa chỉ: Ấp Tân Lợi, xã Lai Vung",
            decided: CaseDecisionKind.pause.decided(.complaint, reference: "Q-2026-000123", due: "14/10/2026"),
            reason: "Chờ kết quả giám định của Sở Tài nguyên và Môi trường",
            basis: "Luật Khiếu nại 2011, sửa đổi bởi Luật số 136/2025/QH15",
            recipients: ["Như trên", "Chủ tịch UBND xã"],
            signer: DocumentPerson(name: chairman.name, title: "Chủ tịch")
        )
    }

    public static var breachNotice: BreachNotice {
        BreachNotice(
            heading: DocumentHeading(
                issuer: laiVung,
                code: "TB",
                number: nil,
                day: CivilDate(2026, 12, 2),
                kind: "Thông báo",
                subject: "Về vi phạm quy định bảo vệ dữ liệu cá nhân"
            ),
            addressee: "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an",
            discovered: "08:30 ngày 01/12/2026",
            reportBy: "08:30 ngày 04/12/2026",
            description: "Một bản sao lưu cơ sở dữ liệu bị để trong thư mục dùng chung & có thể đã bị sao chép.",
            dataKinds: "họ tên, số điện thoại, địa chỉ của người đặt lịch tiếp",
            peopleAffected: "312 người",
            consequences: "Người đặt lịch có thể bị gọi điện làm phiền.",
            measures: "Đã xóa bản sao, đổi mật khẩu thư mục, thông báo cho người bị ảnh hưởng.",
            contact: "Văn phòng HĐND và UBND xã Lai Vung",
            signer: DocumentPerson(name: chairman.name, title: "Chủ tịch")
        )
    }

    public static var byTemplate: [String: any Sendable] {
        [
            "documents/reception-minutes": receptionMinutes, "documents/dialogue-minutes": dialogueMinutes,
            "documents/conclusion-notice": conclusionNotice, "documents/register": register, "documents/receipt": receipt,
            "documents/bulletin": bulletin(), "documents/rundown": rundown, "documents/case-decision": caseDecision,
            "documents/breach-notice": breachNotice, "documents/reception-report": receptionReport,
        ]
    }

    /// A quarter's report of a commune and one hamlet office under it.
    public static let receptionReport = ReceptionReportDocument(
        heading: DocumentHeading(
            issuer: ["ỦY BAN NHÂN DÂN", "XÃ LAI VUNG"],
            number: "Số:       /BC-UBND",
            placeAndDate: "Lai Vung, ngày 15 tháng 9 năm 2026",
            kind: "Báo cáo",
            subject: "Kết quả công tác tiếp công dân quý III năm 2026"
        ),
        days: "Số liệu từ ngày 15/06/2026 đến ngày 14/09/2026",
        units: ["UBND xã Lai Vung"],
        lines: [
            .init(label: "Số buổi tiếp công dân đã tổ chức", values: ["14"], total: "14"),
            .init(label: "Số lượt tiếp", values: ["38"], total: "38"),
            .init(label: "Số đoàn đông người", values: ["2"], total: "2"),
        ],
        leaders: [.init(number: 1, organisation: "UBND xã Lai Vung", name: "Nguyễn Văn Bình, Chủ tịch UBND xã", held: 12, required: "12")],
        satisfaction: "31 phiếu trả lời; điểm trung bình 4,19 trên 5; 84 % hài lòng, 6 % không hài lòng",
        signer: DocumentPerson(name: "Nguyễn Văn Bình", title: "Chủ tịch"),
        recipients: ["UBND tỉnh Đồng Tháp", "Thanh tra tỉnh"]
    )
}
