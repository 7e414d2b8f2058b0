import Hummingbird
import TiepDanOffice

/// A commitment is answered as JSON in the contract's field names.
extension CommitmentView: ResponseEncodable {}
