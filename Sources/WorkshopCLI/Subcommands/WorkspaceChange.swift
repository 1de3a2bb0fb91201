import WorkshopKit

/// The steps every command that changes definition files takes, in one place: one library
/// transaction (`WorkspaceStore.change`: lock, read the files the change needs, change, check
/// the changed files and the references into them, write atomically), then one line saying
/// what was done.
enum WorkspaceChange {
    /// - Parameters:
    ///   - files: the files the change may touch, written in this order.
    ///   - change: changes the workspace (a library call on the workspace value) and returns
    ///     the line to print; throws `.refused` to stop with a reason.
    static func apply(
        _ invocation: Invocation, files: [WorkspaceFile], _ change: (inout Workspace) throws(WorkspaceError) -> String
    ) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let message = try invocation.transaction { () throws(WorkspaceError) in try store.change(files, change) }
        invocation.out("\(message) (\(files.map(store.path).joined(separator: ", ")))\n")
    }
}
