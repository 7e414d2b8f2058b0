/// Why no PDF came out of Chromium.
public enum ChromiumPrinterError: Error, CustomStringConvertible, Sendable, Equatable {
    /// It exited without writing one.
    case exited(status: Int32)
    /// It ran past the time limit and was killed.
    case timedOut(seconds: Int)
    /// Every printer is busy and the waiting line is full: try again shortly.
    case busy

    /// What happened.
    public var description: String {
        switch self {
        case .exited(let status): "Chromium exited with status \(status) without a PDF"
        case .timedOut(let seconds): "Chromium took longer than \(seconds) s and was stopped"
        case .busy: "every PDF printer is busy"
        }
    }
}
