extension WorkspaceStore {
    /// Changes definition files as one transaction: takes the workspace lock, reads and
    /// decodes the definition files the change needs (never the logs), runs `body`, checks the
    /// changed files and the references into and out of them, and writes the files that
    /// changed, each atomically, in the order given. Nothing is written when `body` throws or
    /// the change would leave a file invalid.
    ///
    /// ```swift
    /// let id = try store.change([.ideas]) { workspace throws(WorkspaceError) in
    ///     let id = workspace.nextIdeaID()
    ///     workspace.ideas.append(Idea(id: id, title: "Mobilstationen", theme: "mobilitaet"))
    ///     return id
    /// }
    /// ```
    /// - Parameters:
    ///   - files: the files the change may write, in the order to write them.
    ///   - reading: further files `body` reads.
    ///   - body: changes the workspace; throws `.refused` to stop with a reason.
    /// - Returns: what `body` returns.
    public func change<Result>(
        _ files: [WorkspaceFile], reading: Set<WorkspaceFile> = [], _ body: (inout Workspace) throws(WorkspaceError) -> Result
    ) throws(WorkspaceError) -> Result {
        let lock = try transactionLock()
        let result = try changeLocked(files, reading: reading, body)
        lock.release()
        return result
    }

    /// The steps of `change` after the lock is taken, for transactions that look at more than
    /// the definitions (the ballot log) before they change them.
    func changeLocked<Result>(
        _ files: [WorkspaceFile], reading: Set<WorkspaceFile>, _ body: (inout Workspace) throws(WorkspaceError) -> Result
    ) throws(WorkspaceError) -> Result {
        let needed = WorkspaceFile.closure(of: Set(files)).union(reading.intersection(WorkspaceFile.definitions))
        var (workspace, current) = try definitionsAndBytes(needed)
        let result = try body(&workspace)

        // The change must leave every file it touches, and every reference, valid.
        var changed = current
        for file in files { changed[file] = Array(WorkspaceEncoder.text(of: file, in: workspace).utf8) }
        var check = WorkspaceDecoder(id: id, files: changed, folder: shownAs)
        check.skipped = skipped(from: needed)
        _ = check.definitions()
        if check.diagnostics.hasErrors {
            // The problems are in files not yet written, so their lines are not on disk: name
            // the file without a line and say it is the change that is refused.
            let changedPaths = Set(files.map(path))
            var refused = Diagnostics()
            for diagnostic in check.diagnostics.sorted where diagnostic.severity == .error {
                if changedPaths.contains(diagnostic.location.file) {
                    refused.error(
                        "not changed, since the change would be invalid: \(diagnostic.message)", at: SourceLocation(file: diagnostic.location.file))
                } else {
                    refused.append(diagnostic)
                }
            }
            throw .invalid(refused)
        }
        for file in files where changed[file] != current[file] {
            do {
                try FileSystem.writeAtomically(changed[file]!, to: url(file), shownAs: path(file))
            } catch {
                throw .storage(error)
            }
        }
        return result
    }
}
