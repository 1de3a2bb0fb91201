import Foundation

/// How far reading a workspace's logs has come, for a progress bar: the bytes read so far by
/// every thread that reads a log, told to one observer, always on the thread that created it
/// (the thread that loads), so the observer needs no lock of its own.
final class ReadProgress: @unchecked Sendable {
    /// The bytes of all the logs together.
    let total: Int
    private let lock = NSLock()
    private var done = 0
    private let owner = pthread_self()
    /// Called only on `owner`.
    private let report: (_ done: Int, _ total: Int) -> Void

    init(total: Int, report: @escaping (_ done: Int, _ total: Int) -> Void) {
        self.total = total
        self.report = report
    }

    /// Counts `bytes` more as read (from any thread); tells the observer when on the owner's.
    func add(_ bytes: Int) {
        lock.lock()
        done += bytes
        let now = done
        lock.unlock()
        if pthread_equal(pthread_self(), owner) != 0 { report(now, total) }
    }

    /// Tells the observer how far the other threads have come (on the owner's thread, while it waits).
    func tell() {
        guard pthread_equal(pthread_self(), owner) != 0 else { return }
        lock.lock()
        let now = done
        lock.unlock()
        report(now, total)
    }
}
