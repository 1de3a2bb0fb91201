/// A ZIP archive (PKWARE APPNOTE 6.3.10) built in memory, as Office Open XML packages need it:
/// every entry compressed with `Deflate` (method 8), or stored (method 0) where that is not
/// smaller, with its CRC-32; a central directory and the end-of-central-directory record; no
/// extra fields, no comments, no encryption.
///
/// Deterministic: entries are written in the order given, and every entry carries the same
/// date (the workspace's stamp, never the wall clock), so the same entries give the same bytes.
/// Sizes are 32-bit (no ZIP64): an archive must stay below 4 GiB and 65 535 entries, far above
/// any document a workspace makes.
///
/// ```swift
/// var archive = ZipArchive(date: Day("2023-08-07"))
/// archive.add("hello.txt", Array("Hallo".utf8))
/// let bytes = archive.bytes()   // unzip -l lists hello.txt, 5 bytes, 2023-08-07 00:00
/// ```
public struct ZipArchive: Sendable {
    /// An entry as it is stored: its name, method, CRC-32 and size, and its data.
    struct Entry: Sendable, Hashable {
        /// The name inside the archive, with `/` separators; ASCII in every archive the toolkit writes.
        var path: String
        /// 8 (deflated) or 0 (stored).
        var method: UInt16
        var checksum: UInt32
        /// The size before compression.
        var size: Int
        var data: [UInt8]
    }

    private(set) var entries: [Entry] = []
    /// The modification date of every entry; 1 January 1980 (ZIP's earliest) when `nil`.
    public var date: Day?

    public init(date: Day?) {
        self.date = date
    }

    /// Adds an entry, deflated, or stored where that is not smaller.
    public mutating func add(_ path: String, _ bytes: [UInt8]) {
        entries.append(Self.entry(path, bytes))
    }

    /// Adds an entry made beforehand (`entry(_:_:)`), or already deflated (by `Deflate.Stream`).
    mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    /// An entry ready to be added, its bytes deflated now (or stored where that is not
    /// smaller), so that they need not be kept until the archive is put together.
    static func entry(_ path: String, _ bytes: [UInt8]) -> Entry {
        let compressed = Deflate.compress(bytes)
        let deflates = compressed.count < bytes.count
        return Entry(path: path, method: deflates ? 8 : 0, checksum: CRC32.checksum(bytes), size: bytes.count, data: deflates ? compressed : bytes)
    }

    /// The whole archive.
    public func bytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(entries.reduce(22) { $0 + 30 + 46 + 2 * $1.path.utf8.count + $1.data.count })
        var directory: [UInt8] = []
        let (time, date) = dosTimeAndDate
        for entry in entries {
            let name = Array(entry.path.utf8)
            let offset = UInt32(truncatingIfNeeded: output.count)
            // The fields both headers share (APPNOTE 4.4.3–4.4.11): version needed to extract,
            // flags, method, time, date, CRC-32, sizes, name length, extra field length.
            var shared: [UInt8] = []
            shared.append(le16: Self.versionNeeded)
            shared.append(le16: 0)
            shared.append(le16: entry.method)
            shared.append(le16: time)
            shared.append(le16: date)
            shared.append(le32: entry.checksum)
            shared.append(le32: UInt32(truncatingIfNeeded: entry.data.count))
            shared.append(le32: UInt32(truncatingIfNeeded: entry.size))
            shared.append(le16: UInt16(truncatingIfNeeded: name.count))
            shared.append(le16: 0)
            // Local file header (APPNOTE 4.3.7), then the data.
            output.append(le32: 0x0403_4B50)
            output += shared
            output += name
            output += entry.data
            // Central directory header (APPNOTE 4.3.12).
            directory.append(le32: 0x0201_4B50)
            directory.append(le16: Self.versionNeeded)  // made by: MS-DOS attributes, version 2.0
            directory += shared
            directory.append(le16: 0)  // comment length
            directory.append(le16: 0)  // disk number
            directory.append(le16: 0)  // internal attributes
            directory.append(le32: 0)  // external attributes
            directory.append(le32: offset)
            directory += name
        }
        let directoryOffset = UInt32(truncatingIfNeeded: output.count)
        output += directory
        // End of central directory record (APPNOTE 4.3.16).
        let count = UInt16(truncatingIfNeeded: entries.count)
        output.append(le32: 0x0605_4B50)
        output.append(le16: 0)
        output.append(le16: 0)
        output.append(le16: count)
        output.append(le16: count)
        output.append(le32: UInt32(truncatingIfNeeded: directory.count))
        output.append(le32: directoryOffset)
        output.append(le16: 0)  // comment length
        return output
    }

    /// Version 2.0: what readers need for deflated and stored entries.
    static let versionNeeded: UInt16 = 20

    /// MS-DOS time (midnight) and date of `date`, clamped to the years ZIP can hold (1980–2107).
    var dosTimeAndDate: (time: UInt16, date: UInt16) {
        guard let date else { return (0, 1 << 5 | 1) }
        let year = min(max(date.year, 1980), 2107)
        let (month, day) = date.year < 1980 ? (1, 1) : date.year > 2107 ? (12, 31) : (date.month, date.day)
        return (0, UInt16((year - 1980) << 9 | month << 5 | day))
    }
}

extension [UInt8] {
    /// Appends a 16-bit value, least significant byte first, as ZIP stores every number.
    mutating func append(le16 value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends a 32-bit value, least significant byte first.
    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
