import Foundation
import Hummingbird
import TiepDanCore
import TiepDanPublish
import TiepDanStore

/// The register (Form 03) and a citizen's receipt (Form 02) as printable documents, for the
/// secretariat; each also as PDF or plain text with `?format=`.
struct DocumentPagesController {
    let pages: PageRenderer
    let bookings: BookingRepository
    let schedules: ScheduleRepository
    let printer: ChromiumPrinter?

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/documents/register",
                summary: "The register (Form 03) as a printable document",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                query: [("organisation", "the organisation"), ("from", "first day"), ("to", "last day"), ("format", "html, pdf or txt")],
                produces: "text/html"
            ) { request, _ -> Response in
                let query = try await RegisterQuery(request, schedules: schedules)
                let entries = try await bookings.register(
                    organisation: query.organisationID,
                    from: query.from,
                    through: query.through,
                    zone: query.zone
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
                    lines: try await RegisterLine.lines(entries, zone: query.zone, schedules: schedules)
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
                query: [("item", "a paper received, repeated: name;bản chính|bản sao;pages"), ("format", "html, pdf or txt")],
                produces: "text/html"
            ) { request, context -> Response in
                let reference = try context.parameters.require("reference")
                guard let booking = try await bookings.find(reference: reference, tokenHash: nil),
                    let session = try await schedules.session(id: booking.sessionID),
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
                let document = ReceiptDocument(
                    heading: DocumentHeading(
                        issuer: issuer.lines,
                        number: "",
                        placeAndDate: DocumentDate.placeAndDate(issuer.place, day),
                        kind: "Giấy biên nhận",
                        subject: "Thông tin, tài liệu, bằng chứng"
                    ),
                    receivedAt:
                        "Vào lúc \(DocumentDate.time(minutes: ZoneClock(zone).minutes(of: when))), \(DocumentDate.long(day)), tại \(session.location)",
                    receiver: DocumentPerson(name: context.staff!.displayName, title: context.staff!.title ?? "Cán bộ tiếp công dân"),
                    citizen: booking.name,
                    address: booking.address ?? "",
                    idNumber: booking.idNumber ?? "",
                    reference: booking.reference,
                    content: booking.summary.isEmpty ? booking.subject : booking.subject + ". " + booking.summary,
                    items: items
                )
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
