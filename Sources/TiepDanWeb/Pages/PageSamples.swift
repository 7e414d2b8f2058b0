import Foundation
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// A sample of every web page's view model, every optional filled, so that `templates check` knows
/// each name a page template may use and reports the rest, as it does for the documents.
enum PageSamples {
    /// Each page template with its content over the shared layout.
    static func byTemplate(words: [String: String]) -> [String: any Sendable] {
        let layout = PageLayout(
            lang: "vi",
            t: words,
            pageTitle: "Tiêu đề",
            switchURL: "/?lang=en",
            switchLabel: "English",
            switchLang: "en",
            staff: PageLayout.Staff(
                username: "thu.ky",
                roles: "secretariat",
                navigation: [StaffNavigation.Link(label: "Câu hỏi", href: "/staff/questions", current: true)]
            ),
            csrf: "token"
        )
        return pages.mapValues { MergedSample([$0, layout]) }
    }

    private static let summary = ErrorSummary(errors: [FieldIssue(field: "name", message: "Nhập họ và tên")])
    private static let choice = Choice(value: "xa-tan-thanh", label: "UBND xã Tân Thành", selected: true)
    private static let heading = SessionHeading(
        id: "s-1",
        title: "Tiếp công dân định kỳ",
        when: "Thứ Năm, 03/12/2026, 07:30 – 11:30",
        location: "Trụ sở UBND xã",
        organisationID: "xa-tan-thanh",
        organisation: "UBND xã Tân Thành",
        mode: "Trực tiếp và trực tuyến",
        isHybrid: true,
        isRecorded: true
    )
    private static let bookingForm = BookingFormFields(
        session: "s-1",
        slot: "s-1-0",
        waitlist: "1",
        name: "Phạm Văn Út",
        phone: "0903 111 222",
        email: "ut@example.vn",
        idNumber: "079123456789",
        address: "Ấp 3",
        subject: "Đường xã ngập",
        summary: "Từ tháng 10",
        groupSize: "3",
        representatives: "Phạm Văn Út"
    )
    private static let questionForm = QuestionFormFields(
        organisation: "xa-tan-thanh",
        session: "s-1",
        category: "question",
        subject: "Đường ngập",
        text: "Đường ấp 3 ngập sau mưa",
        name: "Trần Văn Mười",
        phone: "0911 222 333",
        email: "muoi@example.vn",
        address: "Ấp Tân Lợi",
        publishConsent: "1",
        website: ""
    )
    private static func marks<Value>(_ value: Value) -> FormFieldSet<Value> {
        FormFieldSet(
            organisation: value,
            session: value,
            category: value,
            name: value,
            phone: value,
            email: value,
            idNumber: value,
            address: value,
            subject: value,
            summary: value,
            text: value,
            groupSize: value,
            representatives: value
        )
    }
    private static let commitment = CommitmentRow(
        id: "CK-1",
        text: "Sửa đường ấp 3",
        owner: "Chủ tịch UBND xã",
        status: "open",
        statusLabel: "Đang thực hiện",
        due: "30/06/2027",
        originalDue: "31/03/2027",
        progress: 40,
        made: "03/12/2026",
        late: false,
        isClosed: false,
        errors: ["Ghi việc đã làm"]
    )

    private static var pages: [String: any Sendable] {
        let delivery = NoticeDelivery(
            QueuedNotice(
                id: "N-1",
                notice: OutgoingNotice(channel: .zalo, recipient: "0912", subject: "Đã đặt lịch", body: "", aboutKind: "booking", aboutID: "TD-1"),
                status: "failed",
                attempts: 3,
                lastError: "gateway 503",
                createdAt: Date(timeIntervalSince1970: 0)
            ),
            clock: ZoneClock(RFC3339.vietnam)
        ) { $0 }
        return [
            "web/home": HomePage(
                sessions: [
                    .init(
                        title: "Tiếp công dân",
                        when: "Thứ Năm 03/12/2026, 07:30",
                        organisationID: "xa-tan-thanh",
                        organisation: "UBND xã Tân Thành",
                        location: "Trụ sở"
                    )
                ],
                organisations: [.init(id: "xa-tan-thanh", name: "UBND xã Tân Thành")]
            ),
            "web/organisation": OrganisationSchedulePage(
                organisationID: "xa-tan-thanh",
                organisationName: "UBND xã Tân Thành",
                weeks: [
                    .init(
                        label: "30/11/2026 – 06/12/2026",
                        sessions: [
                            .init(
                                id: "s-1",
                                title: "Tiếp công dân",
                                day: "Thứ Năm, 03/12/2026",
                                hours: "07:30 – 11:30",
                                leaders: "Chủ tịch Nguyễn Văn An",
                                location: "Trụ sở",
                                isRadio: false,
                                topics: "đất đai",
                                status: "Theo lịch",
                                isCancelled: false,
                                movedFrom: "02/12/2026",
                                reason: "Bão",
                                isBookable: true,
                                seatsLeft: "12",
                                isFull: false
                            )
                        ]
                    )
                ]
            ),
            "web/commitments": CommitmentsPage(
                organisationID: "xa-tan-thanh",
                organisationName: "UBND xã Tân Thành",
                share: "80%",
                open: 1,
                doneOnTime: 4,
                doneLate: 1,
                overdue: 0,
                chart: "<svg></svg>",
                items: [commitment],
                nextURL: "/organisations/xa-tan-thanh/commitments?cursor=C-2026-000050"
            ),
            "web/commitment": CommitmentPage(
                organisationID: "xa-tan-thanh",
                organisationName: "UBND xã Tân Thành",
                id: "CK-1",
                text: "Sửa đường",
                owner: "Chủ tịch",
                made: "03/12/2026",
                due: "30/06/2027",
                originalDue: "31/03/2027",
                status: "dropped",
                statusLabel: "Không thực hiện",
                late: true,
                progress: 40,
                dropReason: "Hết kinh phí",
                history: [
                    .init(
                        at: "03/12/2026",
                        what: "Ghi nhận",
                        progress: 0,
                        dueChange: "31/03/2027 → 30/06/2027",
                        note: "Đã khảo sát",
                        evidence: "https://example.vn/anh"
                    )
                ]
            ),
            "web/compliance": CompliancePage(
                organisationID: "xa-tan-thanh",
                organisationName: "UBND xã Tân Thành",
                year: 2026,
                isQuarter: false,
                leaders: [
                    .init(
                        id: "l-1",
                        name: "Nguyễn Văn An",
                        chart: "<svg></svg>",
                        rows: [
                            .init(
                                period: "2026-11",
                                required: "2",
                                planned: 2,
                                held: 1,
                                unrecorded: 1,
                                delegated: 0,
                                missed: "—",
                                share: "—",
                                status: "in_progress",
                                statusText: "Đang diễn ra"
                            )
                        ],
                        basis: "Luật Tiếp công dân"
                    )
                ]
            ),
            "web/error": ErrorPage(
                heading: "Không tìm thấy",
                explanation: "Trang không có",
                detail: "no such page",
                status: 404,
                requestID: "abc",
                backURL: "/"
            ),
            "web/book/session": ChooseSessionPage(
                organisations: [choice],
                organisationName: "UBND xã Tân Thành",
                sessions: [
                    .init(
                        id: "s-1",
                        title: "Tiếp công dân",
                        when: "Thứ Năm",
                        location: "Trụ sở",
                        free: 3,
                        isFull: false,
                        leaders: "Chủ tịch",
                        isMoved: true
                    )
                ],
                hasSessions: true
            ),
            "web/book/slot": ChooseSlotPage(
                session: heading,
                slots: [.init(id: "s-1-0", time: "07:30 – 08:00", free: 1, isFull: false)],
                allFull: false
            ),
            "web/book/details": BookingDetailsPage(
                session: heading,
                slotTime: "07:30 – 08:00",
                form: bookingForm,
                attendsInPerson: bookingForm.attend == "in_person",
                attendsOnline: bookingForm.attend == "online",
                wantsWaitlist: true,
                wantsMessages: true,
                reply: ReplyChoice("sms", preset: .zalo) { $0 },
                errors: marks("Nhập họ và tên"),
                focus: marks(true),
                errorSummary: summary
            ),
            "web/book/check": BookingCheckPage(
                session: heading,
                slotTime: "07:30 – 08:00",
                form: bookingForm,
                attendsInPerson: bookingForm.attend == "in_person",
                attendsOnline: bookingForm.attend == "online",
                groupSize: "3",
                representatives: ["Phạm Văn Út"],
                wantsWaitlist: true,
                wantsMessages: true,
                reply: ReplyChoice("email", preset: .zalo) { $0 },
                hidden: bookingForm.hidden,
                errorSummary: summary
            ),
            "web/book/booking": BookingPage(
                reference: "TD-2026-000001",
                token: "t",
                tokenQuery: "t",
                isNew: true,
                status: "Đã xác nhận",
                isWaitlisted: false,
                isCancelled: false,
                canCancel: true,
                session: heading,
                time: "07:30",
                name: "Phạm Văn Út",
                subject: "Đường ngập",
                attendance: "Trực tuyến",
                joinURL: "https://meet.example.vn/tiep-dan",
                messagesConsent: true
            ),
            "web/staff/report": ReceptionReportPage(
                organisations: [choice],
                period: "2026-Q3",
                from: "15/06/2026",
                to: "14/09/2026",
                basis: "Thông tư 02/2021/TT-TTCP",
                units: ["UBND xã Tân Thành"],
                lines: [.init(label: "Số lượt tiếp", values: ["12"], total: "12", indent: false)],
                leaders: [.init(organisation: "UBND xã Tân Thành", name: "Nguyễn Văn An, Chủ tịch", held: 5, required: "6", short: true)],
                satisfaction: "3 phiếu trả lời; chưa đủ 5 phiếu",
                xlsxURL: "/staff/reports/reception?format=xlsx",
                documentURL: "/staff/reports/reception/document"
            ),
            "web/satisfaction": SatisfactionPage(
                organisationID: "xa-tan-thanh",
                organisationName: "UBND xã Tân Thành",
                from: "2026-01",
                through: "2026-12",
                responses: 12,
                invited: 30,
                responseRate: "40 %",
                tables: [
                    .init(
                        id: "questions",
                        heading: "Theo từng yếu tố",
                        lines: [.init(label: "Cán bộ", responses: 12, mean: "4,25", satisfied: "83 %", dissatisfied: "8 %")]
                    )
                ],
                xlsxURL: "/organisations/xa-tan-thanh/satisfaction?format=xlsx"
            ),
            "web/survey": SurveyPage(
                questions: [
                    .init(
                        id: "access",
                        text: "Tiếp cận dịch vụ",
                        points: [.init(id: "access", name: "access", value: "1", label: "1. Rất không hài lòng", checked: true)],
                        error: "Chọn một mức"
                    )
                ],
                comment: "Góp ý",
                action: "/surveys/visit.TD-2026-000001.abcdefghijklmnop",
                answered: false,
                assisted: true,
                errorSummary: summary
            ),
            "web/opt-out": OptOutPage(
                reference: "TD-2026-000001",
                isBooking: true,
                receiving: false,
                stoppedOn: "01/12/2026",
                action: "/n/TD-2026-000001/abcdefgh",
                lookup: "/lookup?reference=TD-2026-000001"
            ),
            "web/questions/new": QuestionFormPage(
                form: questionForm,
                organisations: [choice],
                sessions: [choice],
                categories: [.init(value: "question", label: "Câu hỏi", hint: "Hỏi", checked: true)],
                idTypes: [choice],
                consents: [ConsentChoice(field: "publish_consent", label: "Đồng ý", shortLabel: "Đồng ý", checked: true)],
                reply: ReplyChoice("zalo", preset: .zalo) { $0 },
                errors: marks("Sai"),
                focus: marks(true),
                errorSummary: summary
            ),
            "web/questions/check": QuestionCheckPage(
                form: questionForm,
                organisationName: "UBND xã Tân Thành",
                sessionTitle: "Tiếp công dân",
                categoryLabel: "Câu hỏi",
                isDenunciation: false,
                consents: [ConsentChoice(field: "publish_consent", label: "Đồng ý", shortLabel: "Đồng ý", checked: true)],
                reply: ReplyChoice("zalo", preset: .zalo) { $0 },
                hidden: questionForm.hidden,
                errorSummary: summary
            ),
            "web/questions/tracking": QuestionTrackingPage(
                reference: "Q-2026-000001",
                token: "t",
                isNew: true,
                status: "Đã gửi",
                category: "Câu hỏi",
                subject: "Đường",
                text: "Đường ngập",
                due: "10/12/2026",
                history: [.init(when: "03/12/2026 08:00", what: "Gửi", note: "ghi chú")],
                answer: "Đã sửa",
                canRate: true,
                surveyURL: "/surveys/question.Q-2026-000001.abcdefghijklmnop",
                rating: "5",
                ratingError: false,
                supporters: 2,
                mergedInto: "Q-2026-000002",
                clarificationRequest: "Xin ghi rõ thôn, ấp",
                clarificationError: true,
                consents: [.init(purpose: "publish", label: "Đồng ý công khai", given: "01/12/2026 08:00", withdrawn: nil)],
                hasConsents: true,
                sensitive: true
            ),
            "web/staff/login": LoginPage(username: "thu.ky", errorSummary: summary, usernameError: "Nhập", passwordError: "Sai", codeError: "Mã"),
            "web/staff/accounts": AccountsPage(
                accounts: [
                    .init(
                        username: "thu.ky",
                        fullName: "Phạm Thị Thu",
                        title: "Công chức Văn phòng",
                        reach: "secretariat in xa-tan-thanh",
                        isDisabled: true,
                        mustChangePassword: true,
                        hasSecondFactor: true,
                        canDisable: true
                    )
                ],
                organisations: [Choice(value: "xa-tan-thanh", label: "UBND xã Tân Thành", selected: true)],
                roles: [Choice(value: "secretariat", label: "Văn phòng", selected: true)],
                form: AccountForm(username: "thu.ky", fullName: "Phạm Thị Thu", title: "Công chức", organisation: "xa-tan-thanh", department: ""),
                handover: .init(username: "thu.ky", password: "Abc"),
                errorSummary: summary
            ),
            "web/staff/account": OwnAccountPage(
                name: "Lê Thị Hoa",
                username: "van.thu",
                isForced: false,
                mustEnrol: true,
                errorSummary: summary,
                currentError: "Sai",
                newError: "Ngắn",
                confirmError: "Khác",
                secondFactorOn: true,
                secondFactorRequired: false,
                enrolment: .init(
                    qrCode: "<svg></svg>",
                    secret: "ABCD EFGH",
                    uri: "otpauth://totp/tiepdan:van.thu?secret=ABCDEFGH",
                    codeError: "Sai mã"
                ),
                recoveryCodes: ["abcd-efgh"],
                hasRecoveryCodes: true,
                removeError: "Sai"
            ),
            "web/staff/dashboard": DashboardPage(
                sessions: [
                    .init(
                        id: "s-1",
                        title: "Tiếp",
                        organisation: "Xã",
                        link: "/staff/sessions/s-1",
                        when: "Thứ Năm",
                        status: "Theo lịch",
                        isToday: true
                    )
                ],
                programmes: [
                    .init(
                        id: "p-1",
                        title: "Đối thoại",
                        organisation: "Tỉnh",
                        link: "/staff/programmes/p-1",
                        when: "Thứ Sáu",
                        status: "Theo lịch",
                        isToday: false
                    )
                ],
                organisations: [Choice(value: "xa-tan-thanh", label: "UBND xã Tân Thành", selected: true)],
                todayCount: 1,
                workload: Workload(questionsDueSoon: 2, questionsOverdue: 1, answersAwaitingApproval: 3, commitmentsDue: 4),
                seesQuestions: true,
                seesApprovals: true
            ),
            "web/staff/day": DayListPage(
                sessionID: "s-1",
                title: "Tiếp",
                organisationID: "xa-tan-thanh",
                organisationName: "Xã",
                location: "Trụ sở",
                joinURL: "https://meet.example.vn/x",
                when: "Thứ Năm",
                status: "Theo lịch",
                day: "2026-12-03",
                visits: [
                    .init(
                        reference: "TD-1",
                        time: "07:30",
                        name: "Út",
                        phone: "0903",
                        idNumber: "079",
                        address: "Ấp 3",
                        subject: "Đường",
                        summary: "Ngập",
                        groupSize: 1,
                        representatives: "Út",
                        attendance: "Trực tuyến",
                        status: "Đã xác nhận",
                        isActive: true,
                        checkedIn: "07:35",
                        canCheckIn: false,
                        outcome: "Tiếp nhận",
                        outcomeDetail: "Chuyển",
                        handledBefore: "Ấp",
                        outcomes: [choice],
                        categories: [choice],
                        errors: ["Sai"],
                        notices: [delivery],
                        surveyEntry: "/staff/surveys/visit/TD-2026-000001"
                    )
                ],
                checkedInPeople: 1,
                errorSummary: summary,
                commitments: [.init(id: "CK-1", text: "Sửa", due: "30/06/2027")],
                owners: [.init(id: "l-1", name: "Chủ tịch")],
                canCommit: true,
                commitmentErrors: ["Sai"],
                notice: "Đã ghi",
                checkInOpensAt: "03/12/2026",
                canRegisterWalkIn: true,
                walkIn: BookingFormFields(session: "s-1", name: "Út"),
                walkInErrors: FormFieldSet.messages(for: ["name", "phone", "id_number", "address", "subject", "group_size", "representatives"]) { $0 }
                    .messages,
                canMarkHeld: true,
                leaders: [choice],
                canChange: true,
                sessionErrors: ["Sai"]
            ),
            "web/organisations": OrganisationListPage(
                query: "tan thanh",
                parentName: "UBND tỉnh Đồng Tháp",
                items: [.init(id: "xa-tan-thanh", name: "UBND xã Tân Thành", hasChildren: true)],
                nothingFound: true
            ),
            "web/bulletins": BulletinListPage(
                organisationName: "UBND xã Tân Thành",
                items: [.init(id: "BT-1", title: "Bản tin", organisation: "Xã", published: "30/11/2026", answers: 3, corrected: true)]
            ),
            "web/organisation-questions": AnsweredQuestionsPage(
                organisationID: "xa-tan-thanh",
                organisationName: "UBND xã Tân Thành",
                items: [.init(reference: "HD-1", subject: "Đường", answer: "Sẽ sửa", published: "30/11/2026")],
                nextURL: "/organisations/xa-tan-thanh/questions?cursor=HD-1"
            ),
            "web/staff/new-session": NewSessionPage(
                organisations: [choice],
                organisationID: "xa-tan-thanh",
                leaders: [choice],
                kinds: [choice],
                form: AdHocSessionPagesController.Form(title: "Tiếp", date: "2026-12-03", start: "07:30", end: "11:30", location: "Trụ sở"),
                errors: [
                    "title": "Sai", "leaders": "Sai", "start": "Sai", "end": "Sai", "location": "Sai", "reason": "Sai", "slot_minutes": "Sai",
                    "slot_capacity": "Sai",
                ],
                errorSummary: summary
            ),
            "web/lookup": LookupPage(reference: "TD-2026-000001", contact: "0912 345 678", notFound: true),
            "web/staff/breaches": BreachRegisterPage(
                rows: [
                    .init(
                        id: "SC-2026-000001",
                        organisation: "xa-tan-thanh",
                        discovered: "01/12/2026 08:00",
                        reportBy: "04/12/2026 08:00",
                        dataKinds: "Họ tên, số điện thoại",
                        peopleAffected: 120,
                        dueState: "due_soon",
                        clockLabel: "còn 20 giờ",
                        reported: false
                    )
                ],
                nextURL: "/staff/breaches?cursor=1764576000%3ASC-2026-000001",
                form: Dictionary(uniqueKeysWithValues: BreachPagesController.fields.map { ($0, "Lộ danh sách") }),
                errors: Dictionary(uniqueKeysWithValues: BreachPagesController.fields.map { ($0, "required") }),
                errorSummary: ErrorSummary.of([FieldIssue(field: "people_affected", message: "must be 0 to 100,000,000")])
            ),
            "web/staff/privacy": PrivacyQueuePage(
                rows: [
                    .init(
                        id: "PR-2026-000001",
                        kind: "Xóa",
                        subject: "Q-2026-000001",
                        filed: "01/12/2026 08:00",
                        status: "Đang xử lý",
                        acknowledged: false,
                        acknowledgeBy: "03/12/2026",
                        acknowledgeState: "due_soon",
                        acknowledgeLabel: "sắp đến hạn",
                        due: "21/12/2026",
                        dueState: "on_track",
                        dueLabel: "trong hạn"
                    )
                ],
                all: true,
                nextURL: "/staff/privacy?all=1&cursor=2026-12-21%3APR-2026-000001"
            ),
            "web/staff/privacy-request": PrivacyRequestPage(
                id: "PR-2026-000001",
                kind: "Xóa",
                subject: "Q-2026-000001",
                channel: "web",
                filed: "01/12/2026 08:00",
                status: "Đang xử lý",
                detail: "Xin xóa",
                acknowledgeBy: "03/12/2026",
                due: "21/12/2026",
                dueState: "on_track",
                dueLabel: "trong hạn",
                acknowledged: "02/12/2026 09:00",
                extendedReason: "Chờ xác minh",
                outcomeReason: "Đã ẩn danh",
                isOpen: true,
                canAct: true,
                canExtend: true,
                errorSummary: summary
            ),
            "web/staff/privacy-export": PersonalDataExportPage(
                request: "PR-2026-000001",
                generated: "2026-12-01T08:00:00+07:00",
                items: [.init(reference: "TD-2026-000001", heading: "Lịch hẹn", fields: [.init(label: "Họ tên", value: "Lê Thị Riêng")])]
            ),
            "web/staff/sensitive": SensitivePage(reference: "Q-2026-000001", subject: "Sức khỏe", text: "Bệnh án"),
            "web/privacy": PrivacyPage(
                vietnamese: true,
                version: "2026-12-01",
                periods: [.init(kind: "Lịch hẹn", months: 6, after: "sau ngày tiếp", basis: "Luật 91/2025/QH15")]
            ),
            "web/confirm": ConfirmationPage(
                heading: "Hủy?",
                consequences: ["Hủy"],
                action: "/staff/sessions/s-1/cancel",
                hidden: [HiddenField(name: "reason", value: "Mưa")],
                confirmLabel: "Hủy",
                backURL: "/staff/sessions/s-1"
            ),
            "web/staff/register": RegisterPage(
                organisationName: "Xã",
                organisations: [choice],
                from: "2026-12-01",
                to: "2026-12-31",
                csvURL: "/staff/register.csv",
                xlsxURL: "/staff/register.xlsx",
                headings: ["TT"],
                lines: [.init(reference: "TD-1", cells: ["1"])]
            ),
            "web/staff/questions": QuestionQueuePage(
                query: "đường",
                statuses: [choice],
                dues: [choice],
                rows: [
                    .init(
                        reference: "Q-1",
                        subject: "Đường",
                        category: "Câu hỏi",
                        status: "Đã gửi",
                        due: "10/12/2026",
                        dueState: "on_track",
                        dueLabel: "Trong hạn",
                        supporters: 1
                    )
                ]
            ),
            "web/staff/question": QuestionDeskPage(
                reference: "Q-1",
                subject: "Đường",
                text: "Đường ngập",
                publicText: "Đường ngập",
                category: "Câu hỏi",
                status: "Đã gửi",
                channel: "web",
                due: "10/12/2026",
                dueLabel: "Trong hạn",
                supporters: 1,
                answer: "Đã sửa",
                history: [.init(when: "03/12/2026", what: "Gửi", note: "ghi chú", decision: "2")],
                notices: [delivery],
                similar: [.init(reference: "Q-2", subject: "Đường", score: 80)],
                departments: [.init(id: "d-1", name: "Địa chính", selected: true)],
                canScreen: true,
                canAccept: true,
                canAssign: true,
                canAnswer: true,
                canApprove: true,
                canPublish: true,
                canRedact: true,
                canSeeSubmitter: true,
                sensitive: true,
                canOpenSensitive: true,
                canMarkSensitive: true,
                turns: .every,
                isDenunciation: false,
                isComplaint: true,
                errorSummary: summary
            ),
            "web/staff/submitter": SubmitterPage(
                reference: "Q-1",
                name: "Mười",
                phone: "0911",
                email: "m@example.vn",
                address: "Ấp",
                identification: "Căn cước công dân (12 số): 079186001234",
                sealed: true
            ),
            "web/staff/minutes": MinutesPage(
                id: "BB-1",
                version: 2,
                stateLabel: "Bản chính thức",
                isFinal: true,
                number: "1/BB",
                kindLabel: "Biên bản",
                sessionTitle: "Tiếp",
                sessionURL: "/staff/sessions/s-1",
                conclusion: "Kết luận",
                notes: "Ghi chú",
                versions: [.init(version: 1, stateLabel: "Dự thảo", createdBy: "thu.ky", createdAt: "03/12/2026 11:00")],
                errorSummary: summary
            ),
            "web/staff/bulletins": BulletinsPage(
                organisations: [choice],
                organisationID: "xa-tan-thanh",
                title: "Bản tin",
                answers: [.init(reference: "Q-1", subject: "Đường", ticked: true, statusLabel: "Đã duyệt")],
                published: [.init(id: "BT-1", title: "Bản tin", publishedOn: "01/12/2026", replaces: "BT-0")],
                errorSummary: summary
            ),
            "web/staff/commitments": StaffCommitmentsPage(
                items: [commitment],
                nextURL: "/staff/commitments?cursor=C-2026-000100",
                errorSummary: summary
            ),
            "web/staff/programme": ProgrammePage(
                id: "p-1",
                programmeTitle: "Đối thoại",
                location: "Đài",
                when: "Thứ Sáu",
                topics: [
                    .init(
                        name: "Đất đai",
                        slug: 1,
                        count: 1,
                        questions: [
                            .init(
                                reference: "Q-1",
                                subject: "Đường",
                                supporters: 3,
                                statusLabel: "Đã nhận",
                                inRundown: true,
                                merged: ["Q-2"]
                            )
                        ]
                    )
                ],
                questionCount: 1,
                panel: [.init(memberID: "l-1", name: "Chủ tịch", kindLabel: "Lãnh đạo", invited: true)]
            ),
            "web/staff/console": ConsolePage(
                id: "p-1",
                programmeTitle: "Đối thoại",
                when: "Thứ Sáu",
                started: true,
                closed: false,
                startedMilliseconds: 1,
                elapsed: "1:00",
                offsetLabel: "Đúng giờ",
                rows: [
                    .init(
                        reference: "Q-1",
                        topic: "Đất đai",
                        length: "3:00",
                        seconds: 180,
                        subject: "Đường",
                        planned: "19:00",
                        state: "pending",
                        stateLabel: "Chờ",
                        answer: ""
                    )
                ],
                spare: [
                    .init(
                        reference: "Q-2",
                        topic: "Đất đai",
                        length: "2:00",
                        seconds: 0,
                        subject: "Rác",
                        planned: "19:03",
                        state: "pending",
                        stateLabel: "Chờ",
                        answer: ""
                    )
                ],
                callIns: [.init(reference: "Q-3", caller: "Thính giả", question: "Điện", stateLabel: "Hoãn")],
                unassigned: [.init(reference: "Q-4", subject: "Nước")],
                departments: [choice],
                errorSummary: summary
            ),
        ]
    }
}
