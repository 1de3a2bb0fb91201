/// Reads what `SummaryEncoder` wrote, checking every length against the bytes: a value that
/// does not fit gives `nil`, never a trap.
struct SummaryDecoder {
    private let bytes: [UInt8]
    private(set) var offset: Int
    /// Where the values end (what follows is not theirs).
    private let end: Int

    init(_ bytes: [UInt8], from offset: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = min(end ?? bytes.count, bytes.count)
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { offset == end }

    mutating func int() -> Int? {
        guard end - offset >= 8 else { return nil }
        let value = Int(truncatingIfNeeded: readLittleEndian(bytes, offset))
        offset += 8
        return value
    }

    mutating func array<T: FixedWidthInteger>(_: T.Type) -> [T]? {
        let size = MemoryLayout<T>.stride
        guard let count = int(), count >= 0, count <= (end - offset) / size else { return nil }
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + count * size)]))
            }
            initialized = count
        }
        offset += count * size
        return values
    }

    mutating func string() -> String? { array(UInt8.self).map { String(decoding: $0, as: UTF8.self) } }

    /// A day, `.some(nil)` for none, `nil` when the value is no day.
    mutating func day() -> Day?? {
        guard let value = int() else { return nil }
        if value == 0 { return .some(nil) }
        guard let day = Day(year: value / 10_000, month: value / 100 % 100, day: value % 100) else { return nil }
        return .some(day)
    }

    mutating func table() -> IDTable? {
        guard let storage = array(UInt8.self), let ends = array(Int32.self) else { return nil }
        return IDTable(storage: storage, ends: ends)
    }
}
