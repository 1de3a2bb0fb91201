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
        var session = try begin(paths: files.map(\.path))
        // The manifest goes last, so that it never names a file that is not yet written.
        for file in files.sorted(by: { ($0.path == ExportSet.manifestName ? 1 : 0, $0.path) < ($1.path == ExportSet.manifestName ? 1 : 0, $1.path) }) {
            try session.write(file)
        }
        return try session.finish()
    }

    /// Starts writing an export set whose files will have `paths`: checks the folder and every
    /// folder those paths and the previous manifest's pass through before anything is written.
    public func begin(paths: [String]) throws(StorageError) -> Session {
        try FileSystem.requirePlainFolder(folder, shownAs: shownAs)
        let previous = previousManifest()
        try requirePlainFolders(for: paths + previous.keys)
        return Session(writer: self, previous: previous)
    }

    /// An export set being written, a file at a time; `finish()` writes the manifest and removes
    /// the briefs and charts of the previous run that this one did not make.
    public struct Session: Sendable {
        let writer: ExportWriter
        let previous: [String: String]
        private var summary = Summary()
        private var written: Set<String> = []
        private var manifest: ExportFile?
        /// How many files were given, the manifest included.
        public var count: Int { written.count }

        init(writer: ExportWriter, previous: [String: String]) {
            self.writer = writer
            self.previous = previous
        }

        /// Writes one file atomically, or leaves it alone when it already has these bytes; the
        /// manifest is kept for `finish()`, so that it never names a file not yet written.
        public mutating func write(_ file: ExportFile) throws(StorageError) {
            written.insert(file.path)
            if file.path == ExportSet.manifestName {
                manifest = file
                return
            }
            try store(file)
        }

        /// Writes a file as `render` makes it, through a temporary file beside it, never held
        /// whole; a file already there with the same bytes is left alone.
        /// - Returns: the file's SHA-256.
        mutating func write(_ path: String, rendering render: (inout ByteWriter) -> Void) throws(StorageError) -> String {
            written.insert(path)
            var file = try StreamedFile(writer.folder.appendingPathComponent(path), shownAs: writer.shownAs + "/" + path)
            var hasher = SHA256.Hasher()
            var failure: StorageError?
            var output = ByteWriter { chunk in
                hasher.update(chunk)
                guard failure == nil else { return }
                do throws(StorageError) { try file.append(chunk) } catch { failure = error }
            }
            render(&output)
            output.flush()
            if let failure {
                file.discard()
                throw failure
            }
            if try file.commit() { summary.written.append(path) } else { summary.unchanged.append(path) }
            return hasher.finalizeHex()
        }

        private mutating func store(_ file: ExportFile) throws(StorageError) {
            let url = writer.folder.appendingPathComponent(file.path)
            let shown = writer.shownAs + "/" + file.path
            // Only a file of the same size is read to be compared.
            var status = stat()
            if stat(url.path, &status) == 0, Int(status.st_size) == file.bytes.count, let current = try? FileSystem.read(url, shownAs: shown),
                current == file.bytes
            {
                summary.unchanged.append(file.path)
                return
            }
            // Exports are made again from the workspace at will: atomic, but not flushed one by one.
            try FileSystem.writeAtomically(file.bytes, to: url, shownAs: shown, durable: false)
            summary.written.append(file.path)
        }

        /// Writes the manifest, then removes what the previous manifest names under `briefs/`
        /// or `charts/` that this run did not write and nobody changed since.
        public mutating func finish() throws(StorageError) -> Summary {
            if let manifest { try store(manifest) }
            for (path, checksum) in previous.sorted(by: { $0.key < $1.key }) where !written.contains(path) {
                let url = writer.folder.appendingPathComponent(path)
                guard let bytes = try? FileSystem.read(url, shownAs: path), SHA256.hex(bytes) == checksum else { continue }
                try FileSystem.remove(url, shownAs: writer.shownAs + "/" + path)
                summary.removed.append(path)
            }
            return summary
        }
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

extension ExportWriter.Session: ExportSink {
    mutating func put(_ file: ExportFile) throws(StorageError) { try write(file) }

    mutating func put(_ path: String, rendering render: (inout ByteWriter) -> Void) throws(StorageError) -> String {
        try write(path, rendering: render)
    }
}
