import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A log opened for appending, under the workspace lock: its format checked, its committed
/// tail found. Appends a batch all or nothing.
struct LogAppender: ~Copyable {
    let kind: LogKind
    let path: String
    let descriptor: Int32
    /// The log's length when opened.
    let length: Int
    /// The tail: last committed record and chain value.
    let tail: LogTail
    /// Where records start (after the two header lines); 0 for an empty log.
    let recordsStart: Int

    /// Opens (creating when absent) and checks the log.
    /// - Throws: `.invalid` when the log is not in format 2 or has an uncommitted tail (what to
    ///   run is in the message), `.storage` when it cannot be opened.
    init(_ kind: LogKind, url: URL, path: String, workspace: String) throws(WorkspaceError) {
        let descriptor: Int32
        do {
            descriptor = try FileSystem.openFile(url, shownAs: path, flags: O_RDWR | O_APPEND | O_CREAT)
        } catch {
            throw .storage(error)
        }
        var status = stat()
        fstat(descriptor, &status)
        let length = Int(status.st_size)
        let source = LogSource.file(descriptor: descriptor, length: length)
        // Everything is found out before any property is set: a refusal closes the file here,
        // an opened appender closes it when it ends.
        var problem: (message: String, line: Int?)?
        var recordsStart = 0
        var tail = LogTail(committedEnd: 0, lastSeq: 0, chain: kind.genesisChain, length: 0)
        switch LogHeader.identify(kind, source) {
        case .empty:
            break
        case .current(let start):
            recordsStart = start
            tail = LogTail.find(kind, in: source, recordsStart: start)
            if tail.hasUncommittedTail {
                problem = (
                    "the log ends in \(tail.length - tail.committedEnd) bytes that were never committed (an interrupted write); nothing is appended until 'workshop repair \(workspace)' has removed them",
                    nil
                )
            } else if tail.lastSeq < 0 {
                problem = ("the last record's seq cannot be read; run 'workshop check \(workspace)'", nil)
            }
        case .legacy:
            problem = (
                "\(kind.file.rawValue) is in format 1 (no version line, no chain); run 'workshop upgrade \(workspace)' to rewrite it in format \(LogKind.version), then record again",
                1
            )
        case .foreign(let reason):
            problem = ("\(kind.file.rawValue) \(reason); nothing was appended", 1)
        }
        if let problem {
            close(descriptor)
            throw .invalid(Diagnostics([Diagnostic(.error, problem.message, at: SourceLocation(file: path, line: problem.line))]))
        }
        self.kind = kind
        self.path = path
        self.descriptor = descriptor
        self.length = length
        self.tail = tail
        self.recordsStart = recordsStart
    }

    deinit { close(descriptor) }

    var source: LogSource { .file(descriptor: descriptor, length: length) }

    /// A builder for the next batch, numbered and chained after the tail.
    var builder: LogBuilder {
        recordsStart == 0 ? LogBuilder(kind) : LogBuilder(kind, after: tail.lastSeq, chain: tail.chain)
    }

    /// Appends `bytes` (a batch, with the header first for a new log) as one unit: SIGINT,
    /// SIGTERM and SIGHUP wait until it is written and on disk; on any write error the file is
    /// cut back to its old length, so it is as it was.
    func append(_ bytes: [UInt8], seam: WriteSeam) throws(StorageError) {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        do throws(StorageError) {
            try FileSystem.writeAll(bytes, to: descriptor, path: path, seam: seam)
            guard fsync(descriptor) == 0 else {
                throw StorageError(.unwritable, path: path, reason: "cannot be flushed to disk (\(FileSystem.errnoText()))")
            }
        } catch {
            let code = errno
            ftruncate(descriptor, off_t(length))
            fsync(descriptor)
            errno = code
            throw StorageError(error.kind, path: path, reason: error.reason + "; nothing was recorded, the log is as it was")
        }
    }
}
