import TiepDanStore

extension BookingError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .sessionNotFound:
            return Problem(
                .notFound,
                slug: "not-found",
                title: "Not found",
                detail: "no such session",
                errors: [.init(field: "session_id", message: "no such session")]
            )
        case .notBookable(let why):
            return .conflict(why, field: "session_id")
        case .slotNotFound:
            return .invalid(field: "slot_id", "no such slot in this session")
        case .full:
            return .conflict("every seat is taken; send \"waitlist\": true to join the waiting list", field: "slot_id")
        case .alreadyBooked(let reference) where reference.isEmpty:
            return .conflict("this phone number or ID number already holds a booking for the session; find it at /lookup", field: "citizen.phone")
        case .alreadyBooked(let reference):
            var problem = Problem.conflict("this citizen already holds booking \(reference) for the session", field: "citizen.phone")
            problem.extensions["reference"] = reference
            return problem
        case .notFound:
            return .notFound("no booking with that reference and token")
        case .alreadyCancelled:
            return .conflict("the booking is already cancelled")
        }
    }
}
