/// One record as `CSVReader.visit` hands it over: its line and its fields' bytes (quotes
/// removed, doubled quotes made single), valid only during the call. The reader reuses its
/// storage from record to record, so visiting a file allocates nothing per record.
struct CSVFields {
    /// The line the record starts on.
    private(set) var line = 0
    /// Every field's bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each field ends in `bytes`.
    private var ends: [Int] = []

    /// How many fields the record has.
    var count: Int { ends.count }

    /// Calls `body` with the bytes of field `index` (0-based; `index < count`).
    func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }

    /// Field `index` as text.
    func string(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Begins the next record, keeping the storage.
    mutating func start(line: Int) {
        self.line = line
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// Adds bytes to the field being read.
    mutating func append(_ part: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: part) }

    /// Ends the field being read (an empty one when nothing was appended).
    mutating func endField() { ends.append(bytes.count) }
}
