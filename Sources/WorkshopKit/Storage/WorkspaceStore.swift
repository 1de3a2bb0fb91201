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
            throw StorageError(.missing, path: shownAs, reason: "no such workspace folder (create one with 'workshop new \(shownAs)')")
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

    /// Appends one rating to `ratings.csv`, flushed to disk before returning.
    public func append(_ rating: Rating) throws(StorageError) {
        try FileSystem.append(RatingsLog.line(rating), header: RatingsLog.header, to: url(.ratings), shownAs: path(.ratings))
    }

    /// Appends ratings as one write, so they are recorded together.
    public func append(_ ratings: [Rating]) throws(StorageError) {
        guard !ratings.isEmpty else { return }
        try FileSystem.append(
            ratings.map(RatingsLog.line).joined(), header: RatingsLog.header, to: url(.ratings), shownAs: path(.ratings))
    }

    /// Appends one ballot to `ballots.csv`, flushed to disk before returning.
    public func append(_ ballot: Ballot) throws(StorageError) {
        try FileSystem.append(BallotsLog.line(ballot), header: BallotsLog.header, to: url(.ballots), shownAs: path(.ballots))
    }

    /// Creates a new workspace folder with every file, so its layout is visible from the start.
    /// - Throws: `StorageError.exists` when the folder already holds a `process.json`.
    public func create(_ workspace: Workspace) throws(StorageError) {
        if FileSystem.exists(url(.process)) {
            throw StorageError(.exists, path: path(.process), reason: "a workspace exists here already; choose another folder")
        }
        // process.json goes last: until it exists the folder is not a workspace, so an
        // interrupted creation can simply be run again.
        for file in WorkspaceFile.allCases.filter({ $0 != .process }) + [.process] {
            let bytes = Array(WorkspaceEncoder.text(of: file, in: workspace).utf8)
            try FileSystem.writeAtomically(bytes, to: url(file), shownAs: path(file))
        }
    }
}
