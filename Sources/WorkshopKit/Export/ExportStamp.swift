/// The state of a workspace an export was made from: the latest date in its records and a
/// short hash of its files. Every document prints it ("Stand: 07.08.2023 · Arbeitsstand
/// 3f9a1c2b7d04") instead of the wall clock, so the same workspace still gives the same bytes
/// and a changed workspace gives a visibly different stamp.
///
/// The hash can be checked without the toolkit: it is the first 12 hexadecimal digits of the
/// SHA-256 of what `sha256sum` prints for the workspace files, sorted by name:
///
/// ```sh
/// cd Workshops/coesfeld-12 && LC_ALL=C ls *.json *.csv | xargs sha256sum | sha256sum | cut -c1-12
/// ```
public struct ExportStamp: Sendable, Hashable {
    /// The latest date found in the records: status entries, override decisions, workshops,
    /// submitted applications, decisions, milestones done and every record of the rating and
    /// ballot logs. Plans (phases, running times, deadlines) are not records and do not count.
    /// `nil` when nothing is dated.
    public var day: Day?
    /// The first 12 hexadecimal digits of the files' hash; `nil` when made without the files.
    public var hash: String?
    /// The ballot log as read (SHA-256, length, last chain value), which the vote results name
    /// so anyone can re-run a count; `nil` when made without the files.
    public var ballotLog: LogSeal?

    public init(day: Day?, hash: String?, ballotLog: LogSeal? = nil) {
        self.day = day
        self.hash = hash
        self.ballotLog = ballotLog
    }

    /// - Parameters:
    ///   - evaluation: the evaluated workspace, for its dated records.
    ///   - digests: the SHA-256 of each workspace file as read (`WorkspaceStore.load(hashing:)`
    ///     gives them); leave out when the workspace was built in memory, and the stamp
    ///     carries no hash.
    ///   - ballotLog: the ballot log's seal as read (`WorkspaceDecoder.Result.seals`).
    public init(_ evaluation: Evaluation, digests: [WorkspaceFile: String]? = nil, ballotLog: LogSeal? = nil) {
        day = Self.latestDay(evaluation)
        hash = digests.map(Self.hash)
        self.ballotLog = ballotLog
    }

    /// - Parameters:
    ///   - evaluation: the evaluated workspace, for its dated records.
    ///   - files: the workspace files' bytes.
    public init(_ evaluation: Evaluation, files: [WorkspaceFile: [UInt8]]) {
        self.init(evaluation, digests: files.mapValues { SHA256.hex($0) }, ballotLog: files[.ballots].map { LogSeal(.ballots, bytes: $0) })
    }

    /// The latest dated record of the workspace.
    static func latestDay(_ evaluation: Evaluation) -> Day? {
        let workspace = evaluation.workspace
        var days: [Day] = workspace.status.map(\.date)
        days += workspace.prioritisation.overrides.map(\.date)
        days += workspace.workshops.compactMap(\.date)
        days += workspace.applications.compactMap(\.submitted)
        days += workspace.decisions.compactMap(\.date)
        days += workspace.milestones.compactMap(\.done)
        if let recorded = evaluation.lastRecorded { days.append(recorded) }
        return days.max()
    }

    /// SHA-256 over the `sha256sum` lines of the files in byte order of their names, cut to 12 digits.
    static func hash(_ digests: [WorkspaceFile: String]) -> String {
        let lines = digests.sorted { Array($0.key.rawValue.utf8).lexicographicallyPrecedes(Array($1.key.rawValue.utf8)) }
            .map { "\($0.value)  \($0.key.rawValue)\n" }
            .joined()
        return String(SHA256.hex(Array(lines.utf8)).prefix(12))
    }
}
