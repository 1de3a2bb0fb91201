import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `workshop repair` would do to a workspace: cut uncommitted tails off the logs, remove
/// leftover temporary files, rebuild a stale or missing ballot index.
public struct RepairPlan: Sendable, Equatable {
    /// An uncommitted tail of a log: records a write left without their chain value.
    public struct Tail: Sendable, Equatable {
        public var file: WorkspaceFile
        /// The log's length after the cut.
        public var cutAt: Int
        public var bytes: Int
        /// The lines removed (the first, and how many).
        public var firstLine: Int
        public var lines: Int
        /// The removed text, as it is in the file.
        public var text: String
    }

    public var tails: [Tail] = []
    public var leftovers: [String] = []
    /// Why the ballot index is rebuilt, or `nil` when it is current.
    public var index: String?

    public var isEmpty: Bool { tails.isEmpty && leftovers.isEmpty && index == nil }
}

extension WorkspaceStore {
    // MARK: - Inspection

    /// Notes on the workspace's housekeeping for `workshop check`: leftover temporary files
    /// (a warning) and a ballot index that is behind, stale or missing (a note: appends catch
    /// it up, `workshop repair` rebuilds it).
    public func housekeeping() -> Diagnostics {
        var notes = Diagnostics()
        for leftover in leftoverTemporaryFiles() {
            notes.warning(
                "a temporary file an interrupted write left behind; the next change removes it (or 'workshop repair \(shownAs) --yes')",
                at: SourceLocation(file: path(leftover)))
        }
        if let reason = indexProblem() {
            notes.append(Diagnostic(.note, "the ballot index \(reason); the next vote brings it up to date, or 'workshop repair \(shownAs) --yes' rebuilds it", at: SourceLocation(file: path(BallotIndex.relativePath))))
        }
        return notes
    }

    /// Why the ballot index is not current, or `nil` when it is (or the log has no records).
    func indexProblem() -> String? {
        guard let descriptor = try? FileSystem.openFile(url(.ballots), shownAs: path(.ballots), flags: O_RDONLY) else { return nil }
        defer { posixClose(descriptor) }
        var status = stat()
        fstat(descriptor, &status)
        let source = LogSource.file(descriptor: descriptor, length: Int(status.st_size))
        guard case .current(let start) = LogHeader.identify(.ballots, source) else { return nil }
        let tail = LogTail.find(.ballots, in: source, recordsStart: start)
        guard tail.lastSeq > 0 else { return nil }
        switch BallotIndex.status(at: url(BallotIndex.relativePath), log: source, tail: tail, recordsStart: start).0 {
        case .current: return nil
        case .missing: return "is missing"
        // Up to `commitInterval` records behind is how appends leave it.
        case .behind(let records) where records < BallotIndex.commitInterval: return nil
        case .behind(let records): return "is \(records) records behind the log"
        case .stale(let reason): return "is stale: \(reason)"
        }
    }

    // MARK: - Repair

    /// What a repair would do now. Reads only the logs' tails.
    public func repairPlan() throws(StorageError) -> RepairPlan {
        try checkFolder()
        var plan = RepairPlan()
        for kind in LogKind.allCases where FileSystem.exists(url(kind.file)) {
            let descriptor = try FileSystem.openFile(url(kind.file), shownAs: path(kind.file), flags: O_RDONLY)
            defer { posixClose(descriptor) }
            var status = stat()
            fstat(descriptor, &status)
            let source = LogSource.file(descriptor: descriptor, length: Int(status.st_size))
            guard case .current(let start) = LogHeader.identify(kind, source) else { continue }
            let tail = LogTail.find(kind, in: source, recordsStart: start)
            guard tail.hasUncommittedTail, tail.lastSeq >= 0 else { continue }
            let removed = source.read(tail.committedEnd..<tail.length)
            let lines = removed.split(separator: 0x0A, omittingEmptySubsequences: false).count - (removed.last == 0x0A ? 1 : 0)
            plan.tails.append(
                RepairPlan.Tail(
                    file: kind.file, cutAt: tail.committedEnd, bytes: removed.count, firstLine: tail.lastSeq + 3, lines: lines,
                    text: String(decoding: removed, as: UTF8.self)))
        }
        plan.leftovers = leftoverTemporaryFiles()
        // The index is judged after the tails are cut.
        if plan.tails.contains(where: { $0.file == .ballots }) { plan.index = "follows the cut log" } else { plan.index = indexProblem() }
        return plan
    }

    /// Carries out `plan` under the lock, after checking the logs still end as planned.
    /// - Throws: `.refused` when the workspace changed since the plan was made.
    public func repair(_ plan: RepairPlan) throws(WorkspaceError) {
        let lock = try transactionLock()
        let now: RepairPlan
        do {
            now = try repairPlan()
        } catch {
            throw .storage(error)
        }
        guard now.tails == plan.tails else { throw .refused("the logs changed since the repair was planned; run it again") }
        for tail in plan.tails {
            let descriptor: Int32
            do {
                descriptor = try FileSystem.openFile(url(tail.file), shownAs: path(tail.file), flags: O_RDWR)
            } catch {
                throw .storage(error)
            }
            defer { posixClose(descriptor) }
            guard ftruncate(descriptor, off_t(tail.cutAt)) == 0, fsync(descriptor) == 0 else {
                throw .storage(StorageError(.unwritable, path: path(tail.file), reason: "cannot be cut (\(FileSystem.errnoText()))"))
            }
        }
        if plan.index != nil { try rebuildIndex() }
        lock.release()
    }

    /// Rebuilds the ballot index from the committed log (or removes it when the log has no records).
    func rebuildIndex() throws(WorkspaceError) {
        let indexURL = url(BallotIndex.relativePath)
        let log: LogAppender
        do {
            log = try LogAppender(.ballots, url: url(.ballots), path: path(.ballots), workspace: shownAs)
        } catch {
            try? FileSystem.remove(indexURL, shownAs: path(BallotIndex.relativePath))
            return
        }
        guard log.recordsStart > 0 else { return }
        do {
            _ = try BallotIndex.rebuild(
                at: indexURL, path: path(BallotIndex.relativePath), log: log.source, tail: log.tail, recordsStart: log.recordsStart)
        } catch {
            throw .storage(error)
        }
    }

    // MARK: - Upgrade

    /// Rewrites logs in format 1 as format 2, each atomically: one batch per old line (a
    /// vote's open record joins its first ballot's batch), the records as they were.
    /// - Returns: per log, what was done, for the user.
    /// - Throws: `.invalid` when a row cannot be read or a ballot names a vote votes.json does
    ///   not define (nothing is written then).
    public func upgrade() throws(WorkspaceError) -> [String] {
        let lock = try transactionLock()
        let workspace = try definitions([.process, .votes])
        var rewritten: [(WorkspaceFile, [UInt8])] = []
        var report: [String] = []
        var problems = Diagnostics()
        for kind in LogKind.allCases {
            let file = kind.file
            guard FileSystem.exists(url(file)) else { continue }
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(url(file), shownAs: path(file))
            } catch {
                throw .storage(error)
            }
            switch LogHeader.identify(kind, .bytes(bytes)) {
            case .empty, .current:
                report.append("\(path(file)) is in format \(LogKind.version) already")
            case .foreign(let reason):
                problems.error("\(file.rawValue) \(reason)", at: SourceLocation(file: path(file), line: 1))
            case .legacy:
                var builder = LogBuilder(kind)
                var records = 0
                if kind == .ratings {
                    let read = LogImport.ratings(bytes, file: path(file))
                    problems.append(contentsOf: read.diagnostics)
                    for rating in read.ratings { builder.append([rating.value]) }
                    records = read.ratings.count
                } else {
                    let votes = Dictionary(workspace.votes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                    let read = LogImport.ballots(bytes, file: path(file), votes: votes)
                    problems.append(contentsOf: read.diagnostics)
                    var opened = Set<VoteID>()
                    for item in read.ballots {
                        let ballot = item.value
                        guard let vote = votes[ballot.vote] else {
                            problems.error(Self.unknownVote(ballot.vote, in: workspace) + "; its definition is frozen in the log, so votes.json must define it", at: item.at("vote"))
                            continue
                        }
                        var batch: [BallotRecord] = []
                        if opened.insert(vote.id).inserted {
                            batch.append(.open(vote: vote.id, definition: vote.definitionHash, recordedAt: ballot.recordedAt))
                        }
                        batch.append(.ballot(ballot))
                        builder.append(batch)
                        records += batch.count
                    }
                }
                rewritten.append((file, builder.bytes))
                report.append("\(path(file)): \(records) records rewritten in format \(LogKind.version), one batch per line of format 1")
            }
        }
        if problems.hasErrors { throw .invalid(problems) }
        for (file, bytes) in rewritten {
            do {
                try FileSystem.writeAtomically(bytes, to: url(file), shownAs: path(file))
            } catch {
                throw .storage(error)
            }
        }
        if rewritten.contains(where: { $0.0 == .ballots }) { try rebuildIndex() }
        lock.release()
        return report
    }
}
