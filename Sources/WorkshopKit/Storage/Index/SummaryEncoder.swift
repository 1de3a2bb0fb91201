/// Writes the values of a log summary as bytes: whole numbers as 8 bytes, arrays of fixed-width
/// integers as their count and their bytes, little-endian (as the machines this runs on are).
struct SummaryEncoder {
    private(set) var bytes: [UInt8] = []

    /// Makes room for about `count` bytes, so a large set is not copied while it grows.
    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    /// Raw bytes, without a count (the magic).
    mutating func append(_ raw: [UInt8]) { bytes += raw }

    mutating func int(_ value: Int) { bytes += littleEndian(UInt64(bitPattern: Int64(value))) }

    mutating func array<T: FixedWidthInteger>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { bytes += $0 }
    }

    mutating func string(_ text: String) { array(Array(text.utf8)) }

    mutating func day(_ day: Day?) { int(day.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0) }

    mutating func table(_ table: IDTable) {
        let parts = table.parts
        array(parts.storage)
        array(parts.ends)
    }
}
