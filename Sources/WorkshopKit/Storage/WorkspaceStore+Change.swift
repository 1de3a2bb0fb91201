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
        do {
            try checkFolder()
        } catch {
            throw .storage(error)
        }
        let lock: WorkspaceLock
        do {
            lock = try self.lock()
        } catch {
            throw .storage(error)
        }
        removeLeftovers(lock)
        let needed = WorkspaceFile.closure(of: Set(files)).union(reading.filter { !$0.isLog })
        let skipped = Set(WorkspaceFile.allCases.filter { !$0.isLog && !needed.contains($0) })
        let current: [WorkspaceFile: [UInt8]]
        do {
            current = try readFiles(needed)
        } catch {
            throw .storage(error)
        }
        var decoder = WorkspaceDecoder(id: id, files: current, folder: shownAs)
        decoder.skipped = skipped
        guard var workspace = decoder.definitions(), !decoder.diagnostics.hasErrors else {
            throw .invalid(Diagnostics(decoder.diagnostics.sorted.filter { $0.severity == .error }))
        }
        let result = try body(&workspace)

        // The change must leave every file it touches, and every reference, valid.
        var changed = current
        for file in files { changed[file] = Array(WorkspaceEncoder.text(of: file, in: workspace).utf8) }
        var check = WorkspaceDecoder(id: id, files: changed, folder: shownAs)
        check.skipped = skipped
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
        lock.release()
        return result
    }
}

extension Workspace {
    /// The next free idea id `I-<n>`: n counts on from the number of ideas, skipping ids an
    /// idea or project already has.
    public func nextIdeaID() -> IdeaID {
        let taken = Set(ideas.map(\.id.rawValue) + projects.map(\.id.rawValue))
        var number = ideas.count + 1
        while taken.contains("I-\(number)") { number += 1 }
        return IdeaID("I-\(number)")
    }

    /// Whether an idea or a project has this id (they share one set of ids).
    public func isItemIDTaken(_ id: String) -> Bool {
        ideas.contains { $0.id.rawValue == id } || projects.contains { $0.id.rawValue == id }
    }
}
