import Foundation

/// A workspace folder on disk: reads it whole, saves changed files atomically, appends to logs.
///
/// ```swift
/// let store = WorkspaceStore(folder: URL(fileURLWithPath: "Workshops/coesfeld-12"), shownAs: "Workshops/coesfeld-12")
/// let result = store.load()
/// for diagnostic in result.diagnostics.sorted { print(diagnostic) }
/// ```
public struct WorkspaceStore: Sendable {
    public let folder: URL
    /// The folder as messages show it (the path the user typed).
    public let shownAs: String

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

    /// Reads every file present.
    /// - Throws: `StorageError` when the folder is missing or a file cannot be read.
    public func readFiles() throws(StorageError) -> [WorkspaceFile: [UInt8]] {
        guard FileSystem.isDirectory(folder) else {
            throw StorageError(.missing, path: shownAs, reason: "no such workspace folder")
        }
        var files: [WorkspaceFile: [UInt8]] = [:]
        for file in WorkspaceFile.allCases where FileSystem.exists(url(file)) {
            files[file] = try FileSystem.read(url(file), shownAs: path(file))
        }
        return files
    }

    /// Reads and checks the workspace.
    /// - Throws: `StorageError` when files cannot be read; problems in their content are diagnostics.
    public func load() throws(StorageError) -> WorkspaceDecoder.Result {
        if let problem = ProcessID.problem(with: id.rawValue) {
            throw StorageError(.unreadable, path: shownAs, reason: "the folder name cannot serve as a process id: \(problem)")
        }
        return WorkspaceDecoder.decode(id: id, files: try readFiles(), folder: shownAs)
    }

    /// Writes the given definition files of `workspace`, each atomically; unchanged files are not touched.
    public func save(_ workspace: Workspace, files: [WorkspaceFile]) throws(StorageError) {
        for file in files where !file.isLog {
            let bytes = Array(WorkspaceEncoder.text(of: file, in: workspace).utf8)
            if let current = try? FileSystem.read(url(file), shownAs: path(file)), current == bytes { continue }
            try FileSystem.writeAtomically(bytes, to: url(file), shownAs: path(file))
        }
    }

    /// Appends ratings to `ratings.csv` as one write, flushed to disk before returning, so they
    /// are recorded together or not at all.
    public func append(_ ratings: [Rating]) throws(StorageError) {
        guard !ratings.isEmpty else { return }
        try FileSystem.append(
            ratings.map(RatingsLog.line).joined(), header: RatingsLog.header, to: url(.ratings), shownAs: path(.ratings))
    }

    /// Appends ballots to `ballots.csv` as one write, flushed to disk before returning.
    public func append(_ ballots: [Ballot]) throws(StorageError) {
        guard !ballots.isEmpty else { return }
        try FileSystem.append(
            ballots.map(BallotsLog.line).joined(), header: BallotsLog.header, to: url(.ballots), shownAs: path(.ballots))
    }

    /// Takes the workspace's lock (a `flock` on its folder, so no lock file is left behind),
    /// waiting while another process holds it. Commands that change a workspace hold it from
    /// reading to writing, so two kiosks recording ballots at once cannot both pass the
    /// one-ballot-per-voter check.
    public func lock() throws(StorageError) -> FileLock {
        try FileLock(url: folder, shownAs: shownAs)
    }

    /// Creates a new workspace folder with every file, so its layout is visible from the start.
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
}
