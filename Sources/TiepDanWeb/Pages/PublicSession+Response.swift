import Hummingbird
import TiepDanOffice

/// A session is answered as JSON in the contract's field names.
extension PublicSession: ResponseEncodable {}
