extension Deflate {
    /// DEFLATE fed a piece at a time: the same bytes as `Deflate.compress` of the whole input,
    /// with only the last window (32 KiB) and the piece being read held, so a document need
    /// never be whole in memory. Each position is encoded once the 258 bytes a match may take
    /// (and the two more its hash needs) are there, as they would be in the whole input.
    ///
    /// ```swift
    /// var stream = Deflate.Stream()
    /// stream.write(Array("<w:p>".utf8))
    /// stream.write(Array("</w:p>".utf8))
    /// let compressed = stream.finish()   // == Deflate.compress(Array("<w:p></w:p>".utf8))
    /// ```
    struct Stream {
        private let codes = FixedCodes.table
        private var writer = BitWriter(capacity: 1 << 16)
        private var head = [Int32](repeating: -1, count: Deflate.hashSize)
        private var previous = [Int32](repeating: -1, count: Deflate.windowSize)
        /// The bytes from position `base` on: the window before `position` and what is not yet encoded.
        private var buffer: [UInt8] = []
        private var base = 0
        /// The next position to encode.
        private var position = 0
        /// How many bytes were written, and their CRC-32, for a ZIP entry's header.
        private(set) var count = 0
        private(set) var checksum = CRC32.Running()

        /// What a position needs after it before it is encoded, unless the input has ended.
        private static let lookahead = Deflate.maximumMatch + 2

        init() {
            writer.write(1, bits: 1)  // BFINAL: the only block
            writer.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        }

        mutating func write(_ bytes: some Collection<UInt8>) {
            buffer.append(contentsOf: bytes)
            count += bytes.count
            checksum.update(bytes)
            let available = base + buffer.count
            guard available - position > Self.lookahead + (1 << 16) else { return }
            encode(to: available - Self.lookahead)
            // Keep a window before the next position; drop the rest.
            let keep = position - Deflate.windowSize - base
            if keep > 1 << 16 {
                buffer.removeFirst(keep)
                base += keep
            }
        }

        /// The compressed stream, the end of block written.
        mutating func finish() -> [UInt8] {
            encode(to: base + buffer.count)
            writer.write(codes.literal[256])  // end of block
            return writer.finish()
        }

        private mutating func encode(to end: Int) {
            guard position < end else { return }
            // The tables and the output moved out of `self` while the pass runs (no copy: each is
            // then held once), so that the pass touches no property of `self`.
            var head = self.head
            var previous = self.previous
            var writer = self.writer
            (self.head, self.previous, self.writer) = ([], [], BitWriter(capacity: 0))
            let (start, base, codes) = (position, base, codes)
            position = buffer.withUnsafeBufferPointer { input in
                head.withUnsafeMutableBufferPointer { head in
                    previous.withUnsafeMutableBufferPointer { previous in
                        Deflate.findMatches(
                            in: input, base: base, from: start, to: end, head: head, previous: previous, codes: codes, writer: &writer)
                    }
                }
            }
            (self.head, self.previous, self.writer) = (head, previous, writer)
        }
    }
}
