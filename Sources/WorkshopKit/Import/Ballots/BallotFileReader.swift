import Foundation

/// Reads a ballot file for counting, whatever its format: pabulib `.pb`, PrefLib
/// `.soc/.soi/.toc/.toi`, the toolkit's ballot log `ballots.csv`, or a `ballot,choices` CSV in
/// the ballot notation.
///
/// ```swift
/// let file = try BallotFileReader.read(path: "Poland_Lodz_2022.pb", shownAs: "Poland_Lodz_2022.pb")
/// let result = try RuleName.mes.rule.counted(file.profile).get()
/// ```
public enum BallotFileReader {
    /// What to read from files that hold more than one way of reading them.
    public struct Options: Sendable {
        /// For a ballot log with several votes: the one to count.
        public var vote: VoteID?
        /// For a notation CSV: the kind of ballot, instead of inferring it.
        public var kind: BallotKind?
        /// The format, instead of recognising it by name and content.
        public var format: BallotFileFormat?

        public init(vote: VoteID? = nil, kind: BallotKind? = nil, format: BallotFileFormat? = nil) {
            self.vote = vote
            self.kind = kind
            self.format = format
        }
    }

    /// Reads the file at `path` (pabulib and PrefLib files and the ballot log a chunk at a time).
    /// - Parameters:
    ///   - shownAs: the name messages and results use.
    ///   - progress: told the bytes read so far and the file's size while reading.
    /// - Throws: `.storage` when the file cannot be read, `.invalid` with every problem found.
    public static func read(
        path: String, shownAs: String, options: Options = Options(), progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(BallotFileError) -> BallotFile {
        let format: BallotFileFormat
        if let known = options.format ?? BallotFileFormat(fileName: path) {
            format = known
        } else {
            format = try sniff(path: path, shownAs: shownAs)
        }
        switch format {
        case .pabulib:
            var (reader, size) = try RecordReader.file(at: path, shownAs: shownAs, separator: UInt8(ascii: ";"))
            return try PabulibReader.read(&reader, size: size, progress: progress)
        case .preflib:
            var (reader, size) = try RecordReader.file(at: path, shownAs: shownAs, separator: UInt8(ascii: ":"), quotes: false)
            return try PrefLibReader.read(&reader, size: size, progress: progress)
        case .ballotLog:
            let (handle, size) = try FileDescriptorBox.reading(path, shownAs: shownAs)
            return try withoutActuallyEscaping(progress) { progress throws(BallotFileError) in
                try withExtendedLifetime(handle) { () throws(BallotFileError) in
                    try BallotCSVReader.readLog(
                        .file(descriptor: handle.descriptor, length: size), file: shownAs, vote: options.vote,
                        progress: ReadProgress(total: size, report: progress))
                }
            }
        case .notation:
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(URL(fileURLWithPath: path), shownAs: shownAs)
            } catch {
                throw .storage(error)
            }
            return try read(bytes: bytes, file: shownAs, options: Options(vote: options.vote, kind: options.kind, format: format))
        }
    }

    /// Reads a ballot file already in memory; `file` names it in messages and decides the format
    /// when `options` does not.
    public static func read(bytes: [UInt8], file: String, options: Options = Options()) throws(BallotFileError) -> BallotFile {
        let format = options.format ?? BallotFileFormat(fileName: file) ?? sniff(bytes)
        switch format {
        case .pabulib:
            var reader = RecordReader(bytes: bytes, file: file, separator: UInt8(ascii: ";"))
            return try PabulibReader.read(&reader, size: bytes.count, progress: { _, _ in })
        case .preflib:
            var reader = RecordReader(bytes: bytes, file: file, separator: UInt8(ascii: ":"), quotes: false)
            return try PrefLibReader.read(&reader, size: bytes.count, progress: { _, _ in })
        case .ballotLog:
            return try BallotCSVReader.readLog(.bytes(bytes), file: file, vote: options.vote)
        case .notation:
            return try BallotCSVReader.readNotation(bytes, file: file, kind: options.kind, digest: BackgroundDigest(of: .bytes(bytes)))
        }
    }

    /// The format of a file without a telling name, from its first bytes.
    private static func sniff(path: String, shownAs: String) throws(BallotFileError) -> BallotFileFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .storage(
                StorageError(FileSystem.exists(URL(fileURLWithPath: path)) ? .unreadable : .missing, path: shownAs, reason: "no such file or not readable"))
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)).map { [UInt8]($0) } ?? []
        return sniff(head)
    }

    private static func sniff(_ head: some Collection<UInt8>) -> BallotFileFormat {
        var bytes = Array(head.prefix(4096))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces
        if text.uppercased().hasPrefix("META") { return .pabulib }
        if text.hasPrefix(LogKind.ballots.title) { return .ballotLog }
        if text.hasPrefix("#") { return .preflib }
        return BallotCSVReader.isBallotLog(bytes) ? .ballotLog : .notation
    }
}
