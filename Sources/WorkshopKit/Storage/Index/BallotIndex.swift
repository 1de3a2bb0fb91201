import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The ballot index, `.index/ballots.idx` in the workspace: derived data that answers, without
/// reading the ballot log, whether a voter has voted in a vote, whether a ballot id is taken,
/// whether a vote is open or closed, and whether a ballot is voided. Recording a ballot
/// therefore costs the same however long the log is.
///
/// Layout: a 128-byte header (magic, slot count, entry count, the log length, `seq` and chain
/// value it covers, a checksum of all that), then a `KeyTable` of 8-byte slots (a 28-bit
/// fingerprint tag and the record's 36-bit byte offset), little-endian. Every hit is confirmed
/// by reading the record at its offset.
///
/// Crash-safe: new slots are written and flushed before the header that claims to cover
/// them; a header behind the log is caught up (after checking the chain value where it stops),
/// a missing, damaged or inconsistent index is rebuilt from the log. It can always be deleted.
/// The header is moved on (with a flush) once every `commitInterval` records; in between, each
/// append writes its slots and catches up the few records since the header, so a ballot
/// costs one flush, the log's.
struct BallotIndex: ~Copyable {
    static let relativePath = ".index/ballots.idx"
    static let headerSize = 128
    static let magic = Array("WKSBIDX2".utf8)
    static let slotSize = 8
    /// How many records the header may stay behind the log before it is moved on.
    static let commitInterval = 64

    /// What the header says.
    struct Header: Equatable {
        var slotCount: Int
        var entryCount: Int
        var coveredLength: Int
        var coveredSeq: Int
        var coveredChain: [UInt8]

        var bytes: [UInt8] {
            var bytes = BallotIndex.magic
            for value in [slotCount, entryCount, coveredLength, coveredSeq] { bytes += littleEndian(UInt64(value)) }
            bytes += coveredChain.count == 64 ? coveredChain : [UInt8](repeating: 0x30, count: 64)
            bytes += SHA256.digest(bytes).prefix(8)
            bytes += [UInt8](repeating: 0, count: BallotIndex.headerSize - bytes.count)
            return bytes
        }

        init(slotCount: Int, entryCount: Int, coveredLength: Int, coveredSeq: Int, coveredChain: [UInt8]) {
            self.slotCount = slotCount
            self.entryCount = entryCount
            self.coveredLength = coveredLength
            self.coveredSeq = coveredSeq
            self.coveredChain = coveredChain
        }

        /// Reads a header; `nil` when it is not one (wrong magic, checksum, values).
        init?(_ bytes: [UInt8]) {
            guard bytes.count >= BallotIndex.headerSize, Array(bytes[0..<8]) == BallotIndex.magic,
                Array(bytes[104..<112]) == Array(SHA256.digest(bytes[0..<104]).prefix(8))
            else { return nil }
            func word(_ at: Int) -> Int { Int(truncatingIfNeeded: readLittleEndian(bytes, at)) }
            slotCount = word(8)
            entryCount = word(16)
            coveredLength = word(24)
            coveredSeq = word(32)
            coveredChain = Array(bytes[40..<104])
            guard slotCount > 0, slotCount & (slotCount - 1) == 0, entryCount <= slotCount, coveredLength >= 0 else { return nil }
        }
    }

    /// How the index stands against the log.
    enum Status: Equatable {
        case current
        case behind(records: Int)
        case missing
        case stale(String)
    }

    let url: URL
    let path: String
    private(set) var descriptor: Int32
    private(set) var header: Header

    private init(url: URL, path: String, descriptor: Int32, header: Header) {
        self.url = url
        self.path = path
        self.descriptor = descriptor
        self.header = header
    }

    deinit { close(descriptor) }

    // MARK: - Opening

    /// Reads the header of the index at `url` and says how it stands against the log.
    static func status(at url: URL, log: LogSource, tail: LogTail, recordsStart: Int, kind: LogKind = .ballots) -> (Status, Header?) {
        guard FileSystem.exists(url) else { return (.missing, nil) }
        let descriptor = posixOpen(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)
        guard descriptor >= 0 else { return (.stale("it cannot be opened (\(FileSystem.errnoText()))"), nil) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: headerSize)
        var status = stat()
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, headerSize, 0) }
        guard got == headerSize, fstat(descriptor, &status) == 0, let header = Header(bytes) else { return (.stale("its header is damaged"), nil) }
        guard Int(status.st_size) == headerSize + header.slotCount * slotSize else { return (.stale("its length does not match its header"), nil) }
        if let problem = coverageProblem(header, log: log, tail: tail, recordsStart: recordsStart, kind: kind) { return (.stale(problem), nil) }
        if header.coveredLength == tail.committedEnd { return (.current, header) }
        return (.behind(records: tail.lastSeq - header.coveredSeq), header)
    }

    /// Why the index's coverage does not fit the log, or `nil` when it does: the record that
    /// ends where the index stops must have the `seq` and chain value the header noted.
    private static func coverageProblem(_ header: Header, log: LogSource, tail: LogTail, recordsStart: Int, kind: LogKind) -> String? {
        guard header.coveredLength >= recordsStart, header.coveredLength <= tail.committedEnd else {
            return "it covers \(header.coveredLength) bytes of a log whose committed records end at \(tail.committedEnd)"
        }
        if header.coveredLength == recordsStart {
            return header.coveredSeq == 0 && header.coveredChain == kind.genesisChain ? nil : "it does not start where the log starts"
        }
        let before = log.read(max(recordsStart, header.coveredLength - 8192)..<header.coveredLength)
        guard before.last == 0x0A else { return "it stops in the middle of a record" }
        let lineStart = before.dropLast().lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = Array(before[lineStart..<(before.count - 1)])
        var fields = LogFields()
        let matches = line.withUnsafeBytes { bytes in
            header.coveredChain.withUnsafeBytes { chain in
                fields.split(bytes) && fields.count == kind.columns.count && fields.integer(0, in: bytes) == header.coveredSeq
                    && memcmpEqualBuffers(fields.raw(fields.count - 1, in: bytes), chain)
            }
        }
        return matches ? nil : "the log was changed where the index stops (record \(header.coveredSeq))"
    }

    /// Opens the index of the ballot log for an append: catches it up when it is behind the
    /// log, rebuilds it when it is missing, damaged or does not fit the log.
    static func open(at url: URL, path: String, log: LogSource, tail: LogTail, recordsStart: Int) throws(StorageError) -> BallotIndex {
        let (status, header) = status(at: url, log: log, tail: tail, recordsStart: recordsStart)
        guard let header, status != .missing else {
            return try rebuild(at: url, path: path, log: log, tail: tail, recordsStart: recordsStart)
        }
        let descriptor = try FileSystem.openFile(url, shownAs: path, flags: O_RDWR)
        var index = BallotIndex(url: url, path: path, descriptor: descriptor, header: header)
        if case .behind = status {
            try index.catchUp(log: log, from: header.coveredLength, firstSeq: header.coveredSeq + 1, to: tail.committedEnd)
            try index.commitIfDue(tail)
        }
        return index
    }

    /// Builds the index from the whole committed log and writes it atomically.
    static func rebuild(at url: URL, path: String, log: LogSource, tail: LogTail, recordsStart: Int) throws(StorageError) -> BallotIndex {
        guard tail.committedEnd <= KeyTable.offsetLimit else {
            throw StorageError(.unwritable, path: path, reason: "cannot index a ballot log longer than 64 GiB")
        }
        // About one key per 60 bytes of log: sized once, so the table need not grow.
        var table = KeyTable(forKeys: (tail.committedEnd - recordsStart) / 60)
        if recordsStart > 0 {
            try forEachKey(in: log, from: recordsStart, to: tail.committedEnd, firstLine: 3, path: path) { fingerprint, offset, matches in
                table.insert(fingerprint, offset: offset, matches: matches)
            }
        }
        let header = Header(
            slotCount: table.slotCount, entryCount: table.count, coveredLength: tail.committedEnd, coveredSeq: max(tail.lastSeq, 0),
            coveredChain: tail.chain)
        try write(table, header, to: url, path: path)
        let descriptor = try FileSystem.openFile(url, shownAs: path, flags: O_RDWR)
        return BallotIndex(url: url, path: path, descriptor: descriptor, header: header)
    }

    private static func write(_ table: KeyTable, _ header: Header, to url: URL, path: String) throws(StorageError) {
        var bytes = header.bytes
        bytes.reserveCapacity(headerSize + table.slots.count * slotSize)
        table.slots.withUnsafeBytes { slots in
            // Little-endian on disk; the machines this runs on are little-endian.
            bytes += slots
        }
        try FileSystem.writeAtomically(bytes, to: url, shownAs: path)
    }

    /// Calls `body` with the fingerprint and offset of every key of the records in
    /// `start..<end`, and a function that confirms a candidate offset has the same key.
    static func forEachKey(
        in log: LogSource, from start: Int, to end: Int, firstLine: Int, path: String,
        _ body: (UInt64, Int, (Int) -> Bool) -> Void
    ) throws(StorageError) {
        var fields = LogFields()
        try log.forEachLine(from: start, firstLine: firstLine, path: path) { line, _, offset, ended in
            guard offset < end, ended else { return false }
            guard fields.split(line), fields.count == LogKind.ballots.columns.count else { return true }
            for (key, value) in keys(fields, line) {
                let vote = fields.raw(2, in: line)
                let fingerprint = key.fingerprint(vote: vote, value: value)
                body(fingerprint, offset) { earlier in
                    log.line(at: earlier).map { key.matches($0, vote: vote, value: value) } ?? false
                }
            }
            return true
        }
    }

    /// The keys a ballot log record answers, with their values.
    static func keys(_ fields: LogFields, _ line: UnsafeRawBufferPointer) -> [(IndexKey, UnsafeRawBufferPointer)] {
        let kind = fields.raw(1, in: line)
        let none = UnsafeRawBufferPointer(start: nil, count: 0)
        if kind.elementsEqual("ballot".utf8) {
            var keys = [(IndexKey.ballot, fields.raw(3, in: line))]
            if !fields.isEmpty(4) { keys.append((.voter, fields.raw(4, in: line))) }
            return keys
        }
        if kind.elementsEqual("count".utf8) { return [(.ballot, fields.raw(3, in: line))] }
        if kind.elementsEqual("open".utf8) { return [(.opened, none)] }
        if kind.elementsEqual("close".utf8) { return [(.closed, none)] }
        if kind.elementsEqual("void".utf8) { return [(.voided, fields.raw(3, in: line))] }
        return []
    }

    // MARK: - Use

    /// The offset of the record with this key, or `nil`.
    func find(_ key: IndexKey, vote: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, log: LogSource) -> Int? {
        let tag = KeyTable.tag(key.fingerprint(vote: vote, value: value))
        let mask = header.slotCount - 1
        var slot = KeyTable.home(tag, slotCount: header.slotCount)
        while true {
            let stored = readSlot(slot)
            if stored == 0 { return nil }
            let offset = Int(stored & KeyTable.offsetMask)
            // Offsets beyond the log were written by an append that did not finish.
            if stored >> KeyTable.offsetBits == tag, offset < log.length,
                log.line(at: offset).map({ key.matches($0, vote: vote, value: value) }) == true
            {
                return offset
            }
            slot = (slot + 1) & mask
        }
    }

    func find(_ key: IndexKey, vote: String, value: String = "", log: LogSource) -> Int? {
        var vote = vote
        var value = value
        return vote.withUTF8 { v in value.withUTF8 { find(key, vote: UnsafeRawBufferPointer(v), value: UnsafeRawBufferPointer($0), log: log) } }
    }

    /// Adds the keys of the records in `start..<end` (just appended, or missed before).
    mutating func catchUp(log: LogSource, from start: Int, firstSeq: Int, to end: Int) throws(StorageError) {
        var added: [(UInt64, Int)] = []
        try Self.forEachKey(in: log, from: start, to: end, firstLine: firstSeq + 2, path: path) { fingerprint, offset, _ in
            added.append((fingerprint, offset))
        }
        if (header.entryCount + added.count) * 5 > header.slotCount * 3 { try grow(toHold: header.entryCount + added.count) }
        for (fingerprint, offset) in added { try insert(fingerprint, offset: offset) }
    }

    /// Writes one entry into the first free slot of its probe sequence (unless it is there).
    private mutating func insert(_ fingerprint: UInt64, offset: Int) throws(StorageError) {
        guard offset <= KeyTable.offsetLimit else {
            throw StorageError(.unwritable, path: path, reason: "cannot index a ballot log longer than 64 GiB")
        }
        let tag = KeyTable.tag(fingerprint)
        let word = KeyTable.slot(tag: tag, offset: offset)
        let mask = header.slotCount - 1
        var slot = KeyTable.home(tag, slotCount: header.slotCount)
        while true {
            let stored = readSlot(slot)
            if stored == 0 { break }
            if stored == word { return }
            slot = (slot + 1) & mask
        }
        let bytes = littleEndian(word)
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, Self.slotSize, off_t(Self.headerSize + slot * Self.slotSize)) }
        guard written == Self.slotSize else { throw StorageError(.unwritable, path: path, reason: "cannot be written (\(FileSystem.errnoText()))") }
        header.entryCount += 1
    }

    /// When the header is `commitInterval` records or more behind `tail`: flushes the slots,
    /// then writes the header that covers the log up to `tail`. A header lost in a crash only
    /// leaves the index behind, which the next append catches up, so it needs no flush of its own.
    mutating func commitIfDue(_ tail: LogTail) throws(StorageError) {
        guard tail.lastSeq - header.coveredSeq >= Self.commitInterval else { return }
        guard fsync(descriptor) == 0 else { throw StorageError(.unwritable, path: path, reason: "cannot be flushed (\(FileSystem.errnoText()))") }
        header.coveredLength = tail.committedEnd
        header.coveredSeq = tail.lastSeq
        header.coveredChain = tail.chain
        let bytes = header.bytes
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, Self.headerSize, 0) }
        guard written == Self.headerSize else {
            throw StorageError(.unwritable, path: path, reason: "cannot be written (\(FileSystem.errnoText()))")
        }
    }

    /// Doubles the table until it holds `count` entries at most 60 % full, rewriting the file.
    private mutating func grow(toHold count: Int) throws(StorageError) {
        let bytes = try FileSystem.read(url, shownAs: path)
        var slots = [UInt64](repeating: 0, count: header.slotCount)
        bytes.withUnsafeBytes { raw in
            slots.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[Self.headerSize..<(Self.headerSize + $0.count)])) }
        }
        var table = KeyTable(slots: slots, count: header.entryCount)
        while count * 5 > table.slotCount * 3 { table.grow() }
        header.slotCount = table.slotCount
        try Self.write(table, header, to: url, path: path)
        close(descriptor)
        descriptor = try FileSystem.openFile(url, shownAs: path, flags: O_RDWR)
    }

    private func readSlot(_ slot: Int) -> UInt64 {
        var word: UInt64 = 0
        let got = withUnsafeMutableBytes(of: &word) { pread(descriptor, $0.baseAddress, Self.slotSize, off_t(Self.headerSize + slot * Self.slotSize)) }
        return got == Self.slotSize ? UInt64(littleEndian: word) : 0
    }
}

func littleEndian(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }

func readLittleEndian(_ bytes: [UInt8], _ at: Int) -> UInt64 {
    (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << ($1 * 8) }
}
