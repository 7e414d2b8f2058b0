/// A session after a postponement or cancellation, and how many citizens' notices were queued.
public struct SessionChange: Encodable, Sendable {
    public let session: PublicSession
    public let noticesQueued: Int
}
