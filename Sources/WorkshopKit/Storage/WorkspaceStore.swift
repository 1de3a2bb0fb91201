import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A workspace folder on disk: reads it (the logs streamed, record by record), and changes it
/// only in transactions that take its lock, check the change and write atomically.
///
/// ```swift
/// let store = WorkspaceStore(folder: URL(fileURLWithPath: "Workshops/coesfeld-12"), shownAs: "Workshops/coesfeld-12")
/// let result = try store.load()
/// for diagnostic in result.diagnostics.sorted { print(diagnostic) }
///
/// try store.change([.participants]) { workspace throws(WorkspaceError) in
///     workspace.participants.append(Participant(id: "AK-11", name: "Mitglied 11", role: "AK"))
/// }
/// ```
///
/// Every front end (the command line, a kiosk, a web page) gets the same guarantees by calling
/// one function: `change` for definitions, `record` (and `void`, `close`) for the logs.
public struct WorkspaceStore: Sendable {
    public let folder: URL
    /// The folder as messages show it (the path the user typed).
    public let shownAs: String
    /// How log batches reach the disk. Tests put a seam here that fails like a full disk.
    public var writeSeam: WriteSeam = .system
    /// Logs at least this long get a summary in `.index/` when read (`LogSummary`); tests make it small.
    var summaryThreshold = LogSummary.minimumLength

    public init(folder: URL, shownAs: String) {
        self.folder = folder.standardizedFileURL
        var shown = shownAs
        while shown.count > 1 && shown.hasSuffix("/") { shown.removeLast() }
        self.shownAs = shown
    }

    /// The process id: the folder's name.
    public var id: ProcessID { ProcessID(rawValue: folder.lastPathComponent) }

    public func url(_ file: WorkspaceFile) -> URL { folder.appendingPathComponent(file.rawValue) }
    public func path(_ file: WorkspaceFile) -> String { shownAs + "/" + file.rawValue }
    func url(_ relative: String) -> URL { folder.appendingPathComponent(relative) }
    /// A path inside the workspace as messages show it.
    public func path(_ relative: String) -> String { shownAs + "/" + relative }

    /// Takes the workspace's lock, waiting while another process holds it. Every change holds
    /// it from reading to writing, so two kiosks recording ballots at once cannot both pass the
    /// one-ballot-per-voter check.
    public func lock() throws(StorageError) -> WorkspaceLock {
        try WorkspaceLock(folder: folder, shownAs: shownAs)
    }

    // MARK: - Reading

    /// Reads and checks the workspace: the definition files in `files` (all by default) and,
    /// when asked for, the logs, streamed from disk record by record.
    /// - Parameters:
    ///   - files: the files a command needs; references into files not read are not checked.
    ///   - checkOnly: only the check matters (`workshop check`): the logs' records are counted
    ///     and checked, not kept for evaluation, so memory stays small.
    ///   - hashing: also compute the SHA-256 of every file read (`Result.digests`, what an
    ///     export's stamp names), the logs' from their bytes as they stream past.
    ///   - progress: told the bytes of the logs read so far and their total while they are
    ///     read (for a progress bar), always on the calling thread.
    /// - Throws: `StorageError` when the folder or a file cannot be read; problems in their
    ///   content are diagnostics.
    public func load(
        _ files: Set<WorkspaceFile>? = nil, checkOnly: Bool = false, hashing: Bool = false,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(StorageError) -> WorkspaceDecoder.Result {
        try checkFolder()
        let wanted = files ?? Set(WorkspaceFile.allCases)
        // A folder without process.json is missing input (exit 66), not a workspace with bad data.
        if wanted.contains(.process) && !FileSystem.exists(url(.process)) {
            throw StorageError(.missing, path: path(.process), reason: "no process.json here; this folder is not a workspace (a new one starts with its process.json)")
        }
        let contents = try readFiles(wanted)
        var decoder = WorkspaceDecoder(id: id, files: contents, folder: shownAs)
        if hashing { decoder.digests = contents.mapValues { SHA256.hex($0) } }
        decoder.skipped = skipped(from: wanted)
        guard var workspace = decoder.definitions() else { return decoder.result(nil) }
        var descriptors: [Int32] = []
        defer { for descriptor in descriptors { posixClose(descriptor) } }
        var sources: [LogKind: LogSource] = [:]
        for kind in LogKind.allCases where wanted.contains(kind.file) && FileSystem.exists(url(kind.file)) {
            let descriptor = try FileSystem.openFile(url(kind.file), shownAs: path(kind.file), flags: O_RDONLY)
            descriptors.append(descriptor)
            var status = stat()
            fstat(descriptor, &status)
            sources[kind] = .file(descriptor: descriptor, length: Int(status.st_size))
        }
        let tokens = wanted.contains(.ballots) ? try readTokens(for: workspace.votes) : [:]
        let counter = progress.map { ReadProgress(total: sources.values.reduce(0) { $0 + $1.length }, report: $0) }
        // `check` reads every record; other reads take a long log's records from its summary
        // when the log and the definitions are still what it was made from.
        let summarised = checkOnly || decoder.diagnostics.hasErrors ? [:] : sources.filter { $0.value.length >= summaryThreshold }
        let fingerprint = summarised.isEmpty ? [] : LogSummary.fingerprint(files: contents, read: wanted, tokens: tokens)
        let summaries = reusableSummaries(of: summarised, fingerprint: fingerprint)
        let reused = summaries.mapValues { summary in
            WorkspaceDecoder.LogRead(
                kind: summary.kind, digest: summary.seal.sha256, seal: summary.seal, ratings: summary.ratings, ballots: summary.ballots)
        }
        let (fresh, tokensClean) = try decoder.readLogs(
            sources, tokenFiles: tokens, into: &workspace, checkOnly: checkOnly, hashing: hashing || !summarised.isEmpty, progress: counter,
            reused: reused, tokensClean: summaries[.ballots]?.tokensClean ?? false)
        for read in fresh where summarised[read.kind] != nil && read.diagnostics.isEmpty {
            guard let seal = read.seal else { continue }
            let summary = LogSummary(
                kind: read.kind, fingerprint: fingerprint, seal: seal, tokensClean: tokensClean, ratings: read.ratings, ballots: read.ballots)
            // Derived data: a summary that cannot be written is simply not there next time.
            try? FileSystem.writeAtomically(
                summary.bytes, to: url(LogSummary.relativePath(read.kind)), shownAs: path(LogSummary.relativePath(read.kind)), durable: false)
        }
        var result = decoder.result(workspace)
        if !hashing {
            result.digests = [:]
            result.seals = [:]
        }
        return result
    }

    /// The summaries among those of `sources` that were made from these very logs (their
    /// SHA-256, computed here on a thread per log while the summaries are read) against
    /// definitions with this `fingerprint`.
    func reusableSummaries(of sources: [LogKind: LogSource], fingerprint: [UInt8]) -> [LogKind: LogSummary] {
        let candidates = sources.filter { FileSystem.exists(url(LogSummary.relativePath($0.key))) }
        let digests = candidates.mapValues { BackgroundDigest(of: $0) }
        var reused: [LogKind: LogSummary] = [:]
        for kind in LogKind.allCases {
            guard let digest = digests[kind], let length = candidates[kind]?.length else { continue }
            let bytes = try? FileSystem.read(url(LogSummary.relativePath(kind)), shownAs: path(LogSummary.relativePath(kind)))
            let summary = bytes.flatMap { LogSummary(kind, bytes: $0) }
            // Every thread is waited for: the logs are closed after this.
            let sha256 = digest.wait()
            guard let summary, summary.fingerprint == fingerprint, summary.seal.bytes == length, summary.seal.sha256 == sha256 else {
                continue
            }
            reused[kind] = summary
        }
        return reused
    }

    func checkFolder() throws(StorageError) {
        guard FileSystem.isDirectory(folder) else { throw StorageError(.missing, path: shownAs, reason: "no such workspace folder") }
        if let problem = ProcessID.problem(with: id.rawValue) {
            throw StorageError(.unreadable, path: shownAs, reason: "the folder name cannot serve as a process id: \(problem)")
        }
    }

    /// Reads the definition files among `files` that are present (never the logs).
    func readFiles(_ files: Set<WorkspaceFile>) throws(StorageError) -> [WorkspaceFile: [UInt8]] {
        var contents: [WorkspaceFile: [UInt8]] = [:]
        for file in WorkspaceFile.allCases where files.contains(file) && !file.isLog && FileSystem.exists(url(file)) {
            contents[file] = try FileSystem.read(url(file), shownAs: path(file))
        }
        return contents
    }

    /// The token files of the token votes among `votes` that have one.
    func readTokens(for votes: [Vote]) throws(StorageError) -> [VoteID: [UInt8]] {
        var files: [VoteID: [UInt8]] = [:]
        for vote in votes where vote.voters == .tokens {
            let relative = TokenList.path(for: vote.id)
            guard FileSystem.exists(url(relative)) else { continue }
            files[vote.id] = try FileSystem.read(url(relative), shownAs: path(relative))
        }
        return files
    }

    // MARK: - A new workspace

    /// Creates a new workspace folder with every file (the logs with their header lines), so
    /// its layout is visible from the start.
    /// - Throws: `StorageError.exists` when the folder already holds any workspace file: nothing
    ///   recorded is ever overwritten.
    public func create(_ workspace: Workspace) throws(StorageError) {
        for file in WorkspaceFile.allCases where FileSystem.exists(url(file)) {
            throw StorageError(.exists, path: path(file), reason: "exists already; a new workspace needs a folder without workspace files")
        }
        // process.json goes last: until it exists the folder is not a workspace, so an
        // interrupted creation can simply be run again.
        for file in WorkspaceFile.allCases.filter({ $0 != .process }) + [.process] {
            let bytes = Array(WorkspaceEncoder.text(of: file, in: workspace).utf8)
            try FileSystem.writeAtomically(bytes, to: url(file), shownAs: path(file))
        }
    }

    // MARK: - Leftovers

    /// Temporary files an interrupted write left in the workspace (relative paths).
    public func leftoverTemporaryFiles() -> [String] {
        var found: [String] = []
        for folder in ["", ".index"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
            for name in names.sorted() where FileSystem.isTemporaryName(name) {
                found.append(folder.isEmpty ? name : folder + "/" + name)
            }
        }
        return found
    }

    /// Removes leftover temporary files; only ever called holding the lock, so none of them
    /// can belong to a write still going on.
    func removeLeftovers(_ lock: borrowing WorkspaceLock) {
        for relative in leftoverTemporaryFiles() { try? FileSystem.remove(url(relative), shownAs: path(relative)) }
    }
}
