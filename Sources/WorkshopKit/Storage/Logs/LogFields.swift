/// Splits one log line into its fields without copying: standard CSV quoting (`"a, b"`,
/// `""` for a quote inside), comma separators. Reused from line to line, so reading a log
/// allocates nothing per record.
struct LogFields {
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []
    private(set) var quoted: [Bool] = []
    /// Why the last line could not be split, or `nil`.
    private(set) var problem: (message: String, field: Int)?

    init() {
        starts.reserveCapacity(16)
        ends.reserveCapacity(16)
        quoted.reserveCapacity(16)
    }

    var count: Int { starts.count }

    /// Splits `line`; `false` (with `problem` set) when a quoted field is not closed properly.
    mutating func split(_ line: UnsafeRawBufferPointer) -> Bool {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
        problem = nil
        let count = line.count
        var index = 0
        while true {
            if index < count, line[index] == 0x22 {
                // A quoted field: runs to the quote that is not doubled.
                let start = index + 1
                var cursor = start
                while true {
                    guard cursor < count else {
                        problem = ("the quoted value of field \(starts.count + 1) has no closing quote on this line; a log record is one line", starts.count + 1)
                        return false
                    }
                    if line[cursor] == 0x22 {
                        if cursor + 1 < count, line[cursor + 1] == 0x22 {
                            cursor += 2
                            continue
                        }
                        break
                    }
                    cursor += 1
                }
                starts.append(start)
                ends.append(cursor)
                quoted.append(true)
                index = cursor + 1
                guard index == count || line[index] == 0x2C else {
                    problem = ("field \(starts.count) has text after its closing quote; put the whole value inside the quotes", starts.count)
                    return false
                }
            } else {
                var cursor = index
                while cursor < count, line[cursor] != 0x2C { cursor += 1 }
                starts.append(index)
                ends.append(cursor)
                quoted.append(false)
                index = cursor
            }
            if index >= count { return true }
            index += 1  // the comma
            if index == count {
                starts.append(count)
                ends.append(count)
                quoted.append(false)
                return true
            }
        }
    }

    /// Field `index`'s bytes as written (inside the quotes, doubled quotes still doubled).
    @inline(__always)
    func raw(_ index: Int, in line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: line[starts[index]..<ends[index]])
    }

    func isEmpty(_ index: Int) -> Bool { starts[index] == ends[index] }

    /// Field `index` as text: quotes undone, and the formula guard the writer adds removed.
    func text(_ index: Int, in line: UnsafeRawBufferPointer) -> String {
        let bytes = raw(index, in: line)
        var text = String(decoding: bytes, as: UTF8.self)
        if quoted[index] && text.contains("\"") { text = text.replacing("\"\"", with: "\"") }
        return FormulaGuard.remove(text)
    }

    /// Field `index` as a whole number of at most 18 digits, or `nil`.
    func integer(_ index: Int, in line: UnsafeRawBufferPointer) -> Int? {
        let bytes = raw(index, in: line)
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// The byte offset, within the line, just after the comma before the last field: where
    /// a batch's hashed bytes end on its last line.
    var lastFieldStart: Int { starts[starts.count - 1] }
}
