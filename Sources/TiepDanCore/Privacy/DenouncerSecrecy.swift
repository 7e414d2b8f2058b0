/// How a denouncer appears to everyone who may not open the seal (Law on Denunciations 2018, Art. 47-48): on the day
/// list, the register and its files, the API, receipts and minutes alike, whether the denunciation came in writing or in
/// person.
public enum DenouncerSecrecy {
    /// In place of the name.
    public static let label = "Người tố cáo (giữ bí mật)"
}
