/// A ZIP archive of stored (uncompressed) entries: the container of XLSX and DOCX files. Storing keeps the writer a
/// page long with no compression library on the server; an office's reports are small. Entries carry a fixed date
/// (1 January 1980), so the same content always makes the same file.
enum ZipArchive {
    /// The archive of `entries`, in order (Office Open XML wants `[Content_Types].xml` first).
    static func archive(_ entries: [(path: String, content: [UInt8])]) -> [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        for (path, content) in entries {
            let name = Array(path.utf8)
            let crc = CRC32.checksum(content)
            let offset = UInt32(output.count)
            // Local file header: version 2.0, flag bit 11 (UTF-8 names), stored, DOS time 00:00 and date 1980-01-01.
            output += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
            output += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
            output += le16(UInt16(name.count)) + le16(0) + name + content
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
            directory += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
            directory += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let start = UInt32(output.count)
        output += directory
        output += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        output += le32(UInt32(directory.count)) + le32(start) + le16(0)
        return output
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
