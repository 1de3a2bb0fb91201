import Foundation

/// An export rendered on a thread of its own while the caller renders and writes the others:
/// the committee paper, the largest and slowest file, takes the second core. Its bytes are the
/// same as rendered in line; only when they are ready differs.
///
/// ```swift
/// let paper = BackgroundRender { writer.docx() }
/// // … render and write the other files …
/// let bytes = paper.take()
/// ```
final class BackgroundRender: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Set once by the rendering thread, read after `group` says it is done.
    private let lock = NSLock()
    private var bytes: [UInt8]?

    init(_ render: @escaping @Sendable () -> [UInt8]) {
        DispatchQueue.global().async(group: group) { [self] in
            let result = render()
            lock.withLock { bytes = result }
        }
    }

    /// Waits for the bytes and hands them over (once; the object keeps no copy).
    func take() -> [UInt8] {
        group.wait()
        return lock.withLock {
            defer { bytes = nil }
            return bytes ?? []
        }
    }
}
