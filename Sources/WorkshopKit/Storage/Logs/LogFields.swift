#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits one log line into its fields without copying: standard CSV quoting (`"a, b"`,
/// `""` for a quote inside), comma separators. Reused from line to line, so reading a log
/// allocates nothing per record.
struct LogFields {
    /// Up to this many fields are kept (a log record has nine); more are only counted.
    static let capacity = 16
    /// Per field: start, end, and 1 when quoted.
    private var bounds = [Int](repeating: 0, count: capacity * 3)
    private(set) var count = 0
    /// Why the last line could not be split, or `nil`.
    private(set) var problem: (message: String, field: Int)?

    init() {}

    /// Splits `line`; `false` (with `problem` set) when a quoted field is not closed properly.
    mutating func split(_ line: UnsafeRawBufferPointer) -> Bool {
        count = 0
        problem = nil
        guard let base = line.baseAddress else {
            bounds[0] = 0
            bounds[1] = 0
            bounds[2] = 0
            count = 1
            return true
        }
        let length = line.count
        var found = 0
        var failure: (String, Int)?
        bounds.withUnsafeMutableBufferPointer { bounds in
            var index = 0
            func note(_ start: Int, _ end: Int, _ quoted: Bool) {
                if found < Self.capacity {
                    bounds[found * 3] = start
                    bounds[found * 3 + 1] = end
                    bounds[found * 3 + 2] = quoted ? 1 : 0
                }
                found += 1
            }
            while true {
                if index < length, line[index] == 0x22 {
                    // A quoted field: runs to the quote that is not doubled.
                    let start = index + 1
                    var cursor = start
                    while true {
                        guard cursor < length else {
                            failure = ("the quoted value of field \(found + 1) has no closing quote on this line; a log record is one line", found + 1)
                            return
                        }
                        if line[cursor] == 0x22 {
                            if cursor + 1 < length, line[cursor + 1] == 0x22 {
                                cursor += 2
                                continue
                            }
                            break
                        }
                        cursor += 1
                    }
                    note(start, cursor, true)
                    index = cursor + 1
                    guard index == length || line[index] == 0x2C else {
                        failure = ("field \(found) has text after its closing quote; put the whole value inside the quotes", found)
                        return
                    }
                } else {
                    let end = index < length ? (memchr(base + index, 0x2C, length - index).map { UnsafeRawPointer($0) - base } ?? length) : length
                    note(index, end, false)
                    index = end
                }
                if index >= length { return }
                index += 1  // the comma
                if index == length {
                    note(length, length, false)
                    return
                }
            }
        }
        count = found
        if let failure {
            problem = (failure.0, failure.1)
            return false
        }
        return true
    }

    /// Field `index`'s bytes as written (inside the quotes, doubled quotes still doubled).
    @inline(__always)
    func raw(_ index: Int, in line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: line[bounds[index * 3]..<bounds[index * 3 + 1]])
    }

    func isEmpty(_ index: Int) -> Bool { bounds[index * 3] == bounds[index * 3 + 1] }

    /// Field `index` as text: quotes undone, and the formula guard the writer adds removed.
    func text(_ index: Int, in line: UnsafeRawBufferPointer) -> String {
        var text = String(decoding: raw(index, in: line), as: UTF8.self)
        if bounds[index * 3 + 2] == 1 && text.contains("\"") { text = text.replacing("\"\"", with: "\"") }
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

    /// The byte offset, within the line, where the last field starts: a batch's hashed bytes
    /// end there on its last line (just after the comma before the chain value).
    var lastFieldStart: Int { bounds[(min(count, Self.capacity) - 1) * 3] }
}
