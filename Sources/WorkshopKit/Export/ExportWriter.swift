import Foundation

/// Writes an export set into a folder: each file atomically, unchanged files untouched, and
/// briefs and charts a previous run wrote that this run no longer makes (a removed project's
/// brief) removed. A file is only ever deleted when the previous manifest names it under
/// `briefs/` or `charts/` and it still has the checksum the manifest gives, so a file someone
/// edited, or a folder with a manifest of its own, is never touched.
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

    /// Writes `files`, never through a symbolic link nor outside the folder.
    /// - Throws: `StorageError` when the folder, or a folder in it, is a link, a file or a
    ///   device, or a file cannot be written.
    public func write(_ files: [ExportFile]) throws(StorageError) -> Summary {
        var summary = Summary()
        try FileSystem.requirePlainFolder(folder, shownAs: shownAs)
        let previous = previousManifest()
        try requirePlainFolders(for: files.map(\.path) + previous.keys)
        // The manifest goes last, so that it never names a file that is not yet written.
        for file in files.sorted(by: { ($0.path == ExportSet.manifestName ? 1 : 0, $0.path) < ($1.path == ExportSet.manifestName ? 1 : 0, $1.path) }) {
            let url = folder.appendingPathComponent(file.path)
            let shown = shownAs + "/" + file.path
            if FileSystem.exists(url), let current = try? FileSystem.read(url, shownAs: shown), current == file.bytes {
                summary.unchanged.append(file.path)
                continue
            }
            // Exports are made again from the workspace at will: atomic, but not flushed one by one.
            try FileSystem.writeAtomically(file.bytes, to: url, shownAs: shown, durable: false)
            summary.written.append(file.path)
        }
        let current = Set(files.map(\.path))
        for (path, checksum) in previous.sorted(by: { $0.key < $1.key }) where !current.contains(path) {
            let url = folder.appendingPathComponent(path)
            guard let bytes = try? FileSystem.read(url, shownAs: path), SHA256.hex(bytes) == checksum else { continue }
            try FileSystem.remove(url, shownAs: shownAs + "/" + path)
            summary.removed.append(path)
        }
        return summary
    }

    /// Every folder in the export folder that a path passes through (`briefs/`) must be
    /// real folders: a link there (`ln -s /elsewhere X/briefs`) would carry writes and removals
    /// out of the folder.
    func requirePlainFolders(for paths: [String]) throws(StorageError) {
        let folders = Set(paths.flatMap { path in
            let parts = path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        })
        for relative in folders.sorted() {
            try FileSystem.requirePlainFolder(folder.appendingPathComponent(relative), shownAs: shownAs + "/" + relative)
        }
    }

    /// The briefs and charts the previous manifest lists, with their checksums.
    private func previousManifest() -> [String: String] {
        let url = folder.appendingPathComponent(ExportSet.manifestName)
        guard let bytes = try? FileSystem.read(url, shownAs: ExportSet.manifestName) else { return [:] }
        var entries: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            guard let range = line.range(of: "  ") else { continue }
            let checksum = String(line[..<range.lowerBound])
            let parts = line[range.upperBound...].split(separator: "/", omittingEmptySubsequences: false)
            // Only `briefs/NAME.md` and `charts/NAME.svg`: a manifest cannot reach anything else.
            guard parts.count == 2, checksum.count == 64,
                (parts[0] == "briefs" && parts[1].hasSuffix(".md")) || (parts[0] == "charts" && parts[1].hasSuffix(".svg")),
                !parts[1].hasPrefix("."), !parts[1].contains("\\")
            else { continue }
            entries[parts.joined(separator: "/")] = checksum
        }
        return entries
    }
}
