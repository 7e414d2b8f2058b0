import Hummingbird
import TiepDanOffice

// What the office's desks return that the API answers as JSON as it is, in the contract's field names.

extension CommitmentView: ResponseEncodable {}
extension PublicSession: ResponseEncodable {}
extension SessionChange: ResponseEncodable {}
extension SatisfactionFigures: ResponseEncodable {}
