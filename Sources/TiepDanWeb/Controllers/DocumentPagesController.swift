import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// The register (Form 03) and a citizen's receipt (Form 02) as printable documents, for the
/// secretariat; each also as PDF or plain text with `?format=`.
struct DocumentPagesController {
    let pages: PageRenderer
    let visits: VisitDesk
    let schedules: ScheduleRepository
    let printer: ChromiumPrinter?
    /// Gives a visit's survey link, printed on the receipt once its outcome is recorded.
    let surveys: SurveyDesk
    /// The service's public address, which the printed link starts with.
    let publicURL: String

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/documents/register",
                summary: "The register (Form 03) as a printable document",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                query: [("organisation", "the organisation"), ("from", "first day"), ("to", "last day"), ("format", DocumentResponse.formats)],
                produces: "text/html"
            ) { request, context -> Response in
                let parameters = request.uri.queryParameters
                let query = try await visits.register(
                    organisationID: parameters.get("organisation"),
                    from: parameters.get("from"),
                    to: parameters.get("to"),
                    staff: context.staff!
                )
                let issuer = DocumentIssuer(organisationName: query.organisationName)
                let document = RegisterDocument(
                    heading: DocumentHeading(
                        issuer: issuer.lines,
                        number: "",
                        placeAndDate: DocumentDate.placeAndDate(issuer.place, ZoneClock(query.zone).day(of: Date())),
                        kind: "Sổ tiếp công dân",
                        subject: "Mẫu số 03"
                    ),
                    period: "Từ ngày \(DocumentDate.short(query.from)) đến ngày \(DocumentDate.short(query.through))",
                    lines: query.lines
                )
                let html = try pages.templates.render("documents/register", with: document)
                return try await DocumentResponse.make(
                    html,
                    request: request,
                    filename: "so-tiep-cong-dan-\(query.from)-\(query.through)",
                    printer: printer
                )
            },
            Endpoint(
                .get,
                "/staff/bookings/{reference}/receipt",
                summary: "Receipt of papers (Form 02), printable",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                query: [("item", "a paper received, repeated: name;bản chính|bản sao;pages"), ("format", DocumentResponse.formats)],
                produces: "text/html"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                let booking = try await visits.booking(reference, requiring: [.secretariat], staff: context.staff!)
                guard let session = try await schedules.session(id: booking.sessionID),
                    let organisation = try await schedules.organisation(id: session.organisationID)
                else {
                    throw Problem.notFound("no booking \(reference)")
                }
                let items = try request.uri.queryParameters.getAll("item").enumerated().map { index, text -> ReceiptItem in
                    let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard let name = parts.first, !name.isEmpty, name.count <= 300, parts.count <= 3 else {
                        throw Problem.invalid(field: "item", "write each paper as name;bản chính or bản sao;pages")
                    }
                    return ReceiptItem(number: index + 1, name: name, form: parts.count > 1 ? parts[1] : "", pages: parts.count > 2 ? parts[2] : "")
                }
                let zone = organisation.zone
                let when = booking.checkedInAt ?? Date()
                let day = ZoneClock(zone).day(of: when)
                let issuer = DocumentIssuer(organisationName: organisation.name)
                var document = ReceiptDocument(
                    heading: DocumentHeading(
                        issuer: issuer.lines,
                        number: "",
                        placeAndDate: DocumentDate.placeAndDate(issuer.place, day),
                        kind: "Giấy biên nhận",
                        subject: "Thông tin, tài liệu, bằng chứng"
                    ),
                    receivedAt:
                        "Vào lúc \(DocumentDate.time(minutes: ZoneClock(zone).minutes(of: when))), \(DocumentDate.long(day)), tại \(session.location)",
                    receiver: DocumentPerson(staff: context.staff!, title: "Cán bộ tiếp công dân"),
                    citizen: booking.name,
                    address: booking.address ?? "",
                    idNumber: booking.idNumber ?? "",
                    reference: booking.reference,
                    content: booking.summary.isEmpty ? booking.subject : booking.subject + ". " + booking.summary,
                    items: items
                )
                if booking.outcome != nil {
                    let url = publicURL + surveys.path(kind: "visit", reference: booking.reference)
                    document.surveyURL = url
                    document.surveyCode = QRCode(text: url)?.svg(label: "Phiếu khảo sát mức độ hài lòng", pixelsPerModule: 3)
                }
                return try await DocumentResponse.make(
                    try pages.templates.render("documents/receipt", with: document),
                    request: request,
                    filename: "bien-nhan-\(booking.reference)",
                    printer: printer
                )
            },
        ]
    }
}
