import Foundation

/// Writes an export set into a folder: each file atomically, unchanged files untouched, and
/// files a previous run wrote that this run no longer makes (a removed project's brief)
/// removed. Nothing else in the folder is touched: only files named in the previous
/// manifest are ever deleted.
public struct ExportWriter: Sendable {
    public let folder: URL
    public let shownAs: String

    public init(folder: URL, shownAs: String) {
        self.folder = folder
        var shown = shownAs
        while shown.count > 1 && shown.hasSuffix("/") { shown.removeLast() }
        self.shownAs = shown
    }

    /// What a write did.
    public struct Summary: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
    }

    public func write(_ files: [ExportFile]) throws(StorageError) -> Summary {
        var summary = Summary()
        let previous = previousManifestPaths()
        // The manifest goes last, so that it never names a file that is not yet written.
        for file in files.sorted(by: { ($0.path == ExportSet.manifestName ? 1 : 0, $0.path) < ($1.path == ExportSet.manifestName ? 1 : 0, $1.path) }) {
            let url = folder.appendingPathComponent(file.path)
            let shown = shownAs + "/" + file.path
            if FileSystem.exists(url), let current = try? FileSystem.read(url, shownAs: shown), current == file.bytes {
                summary.unchanged.append(file.path)
                continue
            }
            try FileSystem.writeAtomically(file.bytes, to: url, shownAs: shown)
            summary.written.append(file.path)
        }
        let current = Set(files.map(\.path))
        for path in previous.sorted() where !current.contains(path) {
            try FileSystem.remove(folder.appendingPathComponent(path), shownAs: shownAs + "/" + path)
            summary.removed.append(path)
        }
        return summary
    }

    private func previousManifestPaths() -> [String] {
        let url = folder.appendingPathComponent(ExportSet.manifestName)
        guard let bytes = try? FileSystem.read(url, shownAs: ExportSet.manifestName) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "  ") else { return nil }
            let path = String(line[range.upperBound...])
            // Only plain relative paths inside the folder; a tampered manifest cannot reach outside.
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return nil }
            return path
        }
    }
}
