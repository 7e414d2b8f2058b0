/// How a person who complains, denounces or petitions identifies themselves (Law 136/2025/QH15): full name, address
/// and an identity paper, the 12-digit citizen identity card (CCCD) unless another paper is named.
public struct PersonalIdentification: Sendable, Equatable, Codable {
    /// The papers accepted, with the shape of each number.
    public enum Paper: String, Sendable, Codable, CaseIterable {
        /// Căn cước công dân / căn cước: 12 digits.
        case cccd
        /// The old identity card (CMND): 9 digits.
        case cmnd
        /// A passport: a letter and 7 digits.
        case passport
        /// Another paper the person names (a foreigner's residence card, a military card...).
        case other

        /// Whether `number` has this paper's shape.
        public func accepts(_ number: String) -> Bool {
            switch self {
            case .cccd: return number.count == 12 && number.allSatisfy(\.isASCIIDigit)
            case .cmnd: return number.count == 9 && number.allSatisfy(\.isASCIIDigit)
            case .passport:
                return number.count == 8 && number.first!.isLetter && number.dropFirst().allSatisfy(\.isASCIIDigit)
            case .other: return (5...20).contains(number.count) && number.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" }
            }
        }
    }

    public var paper: Paper
    public var number: String

    /// An identification as given.
    public init(paper: Paper, number: String) {
        self.paper = paper
        self.number = number
    }

    /// Whether the law asks `category` for the sender's identity: complaints, denunciations and petitions.
    public static func required(for category: CaseCategory) -> Bool {
        category == .complaint || category == .denunciation || category == .petition
    }

    /// The identification `paper` (CCCD when nil) and `number` give, or the problem with them, for the field `number`.
    public static func parse(paper: String?, number: String) -> Result<PersonalIdentification, Problem> {
        guard let kind = Paper(rawValue: paper ?? Paper.cccd.rawValue) else {
            return .failure(.paper("must be one of \(Paper.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        let cleaned = number.filter { !$0.isWhitespace && $0 != "." }.uppercased()
        guard kind.accepts(cleaned) else {
            switch kind {
            case .cccd: return .failure(.number("must be the 12 digits of the citizen identity card (CCCD), or name another paper in id_type"))
            case .cmnd: return .failure(.number("must be the 9 digits of the old identity card"))
            case .passport: return .failure(.number("must be a passport number: a letter and 7 digits"))
            case .other: return .failure(.number("must be the paper's number (5 to 20 letters or digits)"))
            }
        }
        return .success(PersonalIdentification(paper: kind, number: cleaned))
    }

    /// Which field an identification is wrong in, and why.
    public enum Problem: Error, Equatable {
        case paper(String)
        case number(String)
    }
}

extension Character {
    /// 0-9 only: full-width and other scripts' digits are not an ID number's.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
