/// DEFLATE compression (RFC 1951) as ZIP's method 8 uses it: LZ77 matches found through a hash
/// of the next three bytes, coded with the fixed Huffman codes of RFC 1951 §3.2.6, in one final
/// block. Simpler than what zlib does (no dynamic codes, no lazy matching) and deterministic:
/// the same bytes always compress to the same bytes. XML shrinks to about a tenth.
///
/// ```swift
/// let compressed = Deflate.compress(Array(xml.utf8))   // any inflater (zlib, unzip) restores it
/// ```
public enum Deflate {
    /// The raw DEFLATE stream of `bytes` (no zlib or gzip header).
    /// - Complexity: O(*n*) with a bounded search per position.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        let codes = FixedCodes.table
        var writer = BitWriter(capacity: bytes.count / 4 + 16)
        writer.write(1, bits: 1)  // BFINAL: the only block
        writer.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        var head = [Int32](repeating: -1, count: hashSize)
        // Positions below the window size index `previous` directly: a short input needs no more.
        var previous = [Int32](repeating: -1, count: min(bytes.count, windowSize))
        bytes.withUnsafeBufferPointer { input in
            head.withUnsafeMutableBufferPointer { head in
                previous.withUnsafeMutableBufferPointer { previous in
                    _ = findMatches(in: input, base: 0, from: 0, to: input.count, head: head, previous: previous, codes: codes, writer: &writer)
                }
            }
        }
        writer.write(codes.literal[256])  // end of block
        return writer.finish()
    }

    /// The LZ77 pass: at each position the longest match among the last `maximumChain` positions
    /// with the same hash, written as a length and distance when it has at least three bytes,
    /// else the literal byte.
    ///
    /// Positions are counted from the start of the whole input; `input` holds the bytes from
    /// position `base` up to the last one read so far, at least a window's worth before `start`.
    /// Encodes the positions from `start` until `end` is reached (a match may run past it) and
    /// returns the next position. `end` is `base + input.count` for the end of the input; a
    /// stream stops earlier, so that every position it encodes sees the same 258 bytes ahead (and
    /// the two more its hash needs) as it would in the whole input.
    static func findMatches(
        in input: UnsafeBufferPointer<UInt8>, base: Int, from start: Int, to end: Int,
        head: UnsafeMutableBufferPointer<Int32>, previous: UnsafeMutableBufferPointer<Int32>, codes: FixedCodes, writer: inout BitWriter
    ) -> Int {
        guard let origin = input.baseAddress else { return start }
        /// `bytes[p]` is the byte at position `p` of the whole input, for `p ≥ base`.
        let bytes = Shifted(origin: origin, base: base)
        let count = base + input.count
        // The type's constants as locals, so that the loops below do not look them up.
        let (windowSize, windowMask, hashMask) = (Self.windowSize, Self.windowSize - 1, Self.hashSize - 1)
        let (minimumMatch, maximumMatch, maximumChain) = (Self.minimumMatch, Self.maximumMatch, Self.maximumChain)
        /// The last position with three bytes to hash.
        let lastHashed = count - 3

        func hash(_ at: Int) -> Int {
            (Int(bytes[at]) << 10 ^ Int(bytes[at + 1]) << 5 ^ Int(bytes[at + 2])) & hashMask
        }
        /// Puts `at` (at most `lastHashed`) at the head of its hash chain.
        func insert(_ at: Int) {
            let key = hash(at)
            previous[at & windowMask] = head[key]
            head[key] = Int32(truncatingIfNeeded: at)
        }
        /// How many bytes from `a` and `b` agree, up to `limit`; eight at a time while eight remain.
        func agreement(_ a: Int, _ b: Int, limit: Int) -> Int {
            var length = 0
            while length + 8 <= limit {
                let left = UnsafeRawPointer(bytes.origin + (a - base) + length).loadUnaligned(as: UInt64.self)
                let right = UnsafeRawPointer(bytes.origin + (b - base) + length).loadUnaligned(as: UInt64.self)
                let difference = UInt64(littleEndian: left ^ right)
                if difference != 0 { return length + difference.trailingZeroBitCount / 8 }
                length += 8
            }
            while length < limit && bytes[a + length] == bytes[b + length] { length += 1 }
            return length
        }

        var position = start
        while position < end {
            var bestLength = 0
            var bestDistance = 0
            if position <= lastHashed {
                var candidate = Int(head[hash(position)])
                var chain = maximumChain
                let limit = min(maximumMatch, count - position)
                while candidate >= 0, position - candidate <= windowSize, chain > 0 {
                    if bytes[candidate + bestLength] == bytes[position + bestLength] {
                        let length = agreement(candidate, position, limit: limit)
                        if length > bestLength {
                            bestLength = length
                            bestDistance = position - candidate
                            if length == limit { break }
                        }
                    }
                    let next = Int(previous[candidate & windowMask])
                    // Older entries of the chain lie further back; a newer one means the slot was reused.
                    if next >= candidate { break }
                    candidate = next
                    chain -= 1
                }
            }
            if bestLength >= minimumMatch {
                writer.write(codes.match(length: bestLength, distance: bestDistance))
                let matchEnd = position + bestLength
                while position < matchEnd {
                    if position <= lastHashed { insert(position) }
                    position += 1
                }
            } else {
                writer.write(codes.literal[Int(bytes[position])])
                if position <= lastHashed { insert(position) }
                position += 1
            }
        }
        return position
    }

    /// Bytes read by their position in the whole input, for a buffer that starts at `base`.
    struct Shifted {
        let origin: UnsafePointer<UInt8>
        let base: Int

        @inline(__always)
        subscript(_ position: Int) -> UInt8 { origin[position - base] }
    }

    static let windowSize = 32_768
    static let hashSize = 1 << 15
    static let minimumMatch = 3
    static let maximumMatch = 258
    /// How many earlier positions with the same hash are tried: enough for markup, fast enough for megabytes.
    static let maximumChain = 48

    /// Length codes 257…285: the shortest length of each and its extra bits (RFC 1951 §3.2.5).
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Distance codes 0…29.
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289,
        16385, 24577,
    ]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
}
