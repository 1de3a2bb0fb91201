import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension WorkspaceStore {
    /// How many records of the rating log name each criterion, corrections and "don't know"
    /// included: whether a criterion has been rated, for a change of its scale or weight.
    ///
    /// Streams the log once and keeps only the counts; call it inside `change` so that no
    /// rating can be recorded between the count and the change.
    /// - Throws: `StorageError` when the log cannot be read or is not in format 2 (then what
    ///   was rated cannot be told: upgrade it first).
    public func ratingRecordsByCriterion() throws(StorageError) -> [CriterionID: Int] {
        guard FileSystem.exists(url(.ratings)) else { return [:] }
        let descriptor = try FileSystem.openFile(url(.ratings), shownAs: path(.ratings), flags: O_RDONLY)
        defer { posixClose(descriptor) }
        var status = stat()
        fstat(descriptor, &status)
        let source = LogSource.file(descriptor: descriptor, length: Int(status.st_size))
        switch LogHeader.identify(.ratings, source) {
        case .empty:
            return [:]
        case .legacy:
            throw StorageError(.unreadable, path: path(.ratings), reason: "is in format 1; run 'workshop upgrade \(shownAs)' first")
        case .foreign(let reason):
            throw StorageError(.unreadable, path: path(.ratings), reason: reason)
        case .current(let start):
            var counts: [[UInt8]: Int] = [:]
            var walk = LogWalk(.ratings, source: source, path: path(.ratings))
            try walk.run(recordsStart: start) { record, _ in
                counts[Array(record.fields.raw(3, in: record.line)), default: 0] += 1
            }
            return Dictionary(counts.map { (CriterionID(rawValue: String(decoding: $0.key, as: UTF8.self)), $0.value) }, uniquingKeysWith: +)
        }
    }
}
