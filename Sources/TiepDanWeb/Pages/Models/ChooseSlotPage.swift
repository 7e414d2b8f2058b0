/// Booking, step 2: a time in the session, or the waiting list when every time is full.
struct ChooseSlotPage: PageContent {
    /// A time to choose.
    struct Slot: Sendable {
        let id: String
        let time: String
        let free: Int
        let isFull: Bool
    }

    let session: SessionHeading
    let slots: [Slot]
    let allFull: Bool
}
