/// One file of an export folder: its path inside the folder and its bytes.
public struct ExportFile: Sendable, Hashable {
    /// Relative to the export folder, with `/` separators: `briefs/P19.md`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Renders every export of a workspace: the main job's output, in memory (`render`) or into a
/// folder one file at a time as they are made (`write`, through an `ExportWriter`), so that a
/// city-scale export never holds all its files, nor its web page, at once. The committee paper
/// is made on a second core meanwhile.
///
/// Pure and deterministic: the same workspace gives the same files, byte for byte, either way.
///
/// ```swift
/// let files = try WorkspaceStore(folder: folder, shownAs: "Workshops/x").readFiles()
/// if let workspace = WorkspaceDecoder.decode(id: "x", files: files, folder: "Workshops/x").workspace {
///     let evaluation = Evaluation(workspace)
///     let exports = ExportSet.render(evaluation, stamp: ExportStamp(evaluation, files: files))
/// }
/// ```
public enum ExportSet {
    /// The name of the manifest listing every other file with its SHA-256, as `sha256sum` writes it.
    public static let manifestName = "SHA256SUMS"

    /// - Parameters:
    ///   - csvProfile: the CSV profile, or the workspace's default.
    ///   - stamp: the workspace's state every document names; by default its latest dated
    ///     record only, without the hash of its files (which needs the files as read).
    ///   - briefTemplate: the layout of the briefs (the workspace's `templates/brief.md`), or today's brief.
    /// - Returns: every file sorted by path, the manifest last.
    public static func render(
        _ evaluation: Evaluation, csvProfile: CSVProfile? = nil, stamp: ExportStamp? = nil, briefTemplate: BriefTemplate = .standard
    ) -> [ExportFile] {
        var sink = ExportFiles()
        let context = ExportContext(evaluation: evaluation, csvProfile: csvProfile, stamp: stamp)
        render(context, charts: RenderedCharts(context), briefTemplate: briefTemplate, into: &sink)
        // Sorted by path, the manifest (made last) last.
        let manifest = sink.files.removeLast()
        return sink.files.sorted { $0.path < $1.path } + [manifest]
    }

    /// Renders and writes every export into `writer`'s folder one file at a time, so that only
    /// one file's bytes are held at once; the manifest is written last.
    /// - Returns: how many files the export has, and what the writer did.
    /// - Throws: `StorageError` when the folder, or a folder in it, is a link, a file or a
    ///   device, or a file cannot be written; the files written before stay (each is whole).
    public static func write(
        _ evaluation: Evaluation, csvProfile: CSVProfile? = nil, stamp: ExportStamp? = nil, briefTemplate: BriefTemplate = .standard,
        to writer: ExportWriter
    ) throws(StorageError) -> (files: Int, summary: ExportWriter.Summary) {
        let context = ExportContext(evaluation: evaluation, csvProfile: csvProfile, stamp: stamp)
        let charts = RenderedCharts(context)
        var session = try writer.begin(paths: paths(context, charts: charts))
        try render(context, charts: charts, briefTemplate: briefTemplate, into: &session)
        let summary = try session.finish()
        return (session.count, summary)
    }

    /// The paths of the files at the folder's top other than index.md and the manifest, in the
    /// order index.md lists them; the charts only when they have something to draw.
    private static func topPaths(_ context: ExportContext, charts: RenderedCharts) -> [String] {
        var paths = [
            "project-list.md", "project-list.csv", "budget.md", "budget.csv", "consolidation.md", "ideas.csv", "scores.csv", "votes.csv",
            VotesRenderer.path, "sensitivity.csv", WorkbookRenderer.path, HTMLReportWriter.path, WordDocumentWriter.path,
        ]
        if charts.portfolio != nil { paths.append(PortfolioChart.path) }
        if charts.budget != nil { paths.append(BudgetChart.path) }
        paths += context.voteStandings.filter { !$0.rows.isEmpty }.map { VoteChart.path(for: $0.result.vote.id) }
        return paths
    }

    /// Every path the export set of `context` with `charts` writes.
    private static func paths(_ context: ExportContext, charts: RenderedCharts) -> [String] {
        ["index.md"] + topPaths(context, charts: charts) + context.workspace.projects.map { context.briefPath($0.id) } + [manifestName]
    }

    /// Renders every file of the export set into `sink`, one at a time, the manifest last.
    private static func render<Sink: ExportSink>(
        _ context: ExportContext, charts: RenderedCharts, briefTemplate: BriefTemplate, into sink: inout Sink
    ) throws(Sink.Failure) {
        var checksums: [(path: String, checksum: String)] = []
        func emit(_ file: ExportFile) throws(Sink.Failure) {
            checksums.append((file.path, SHA256.hex(file.bytes)))
            try sink.put(file)
        }
        let projectList = ProjectListRenderer(context)
        let budget = BudgetRenderer(context)
        let consolidation = ConsolidationRenderer(context)
        let scores = ScoresRenderer(context)
        let votes = VotesRenderer(context)

        let top = topPaths(context, charts: charts)
        // The committee paper, the slowest file, is made on the second core while the web page
        // is written from the same document (then let go) and the other files are made.
        let paper: BackgroundRender
        do {
            let report = CommitteeReport(context, charts: charts).document()
            paper = BackgroundRender { [stamp = context.stamp, labels = context.labels] in
                WordDocumentWriter(report, labels: labels, stamp: stamp).docx()
            }
            let page = HTMLReportWriter(report, labels: context.labels)
            let checksum: String
            do {
                checksum = try sink.put(HTMLReportWriter.path) { page.write(into: &$0) }
            } catch {
                _ = paper.take()  // no thread outlives the export
                throw error
            }
            checksums.append((HTMLReportWriter.path, checksum))
        }
        // No thread outlives the export: when an `emit` below throws, this waits for the paper;
        // after the paper's own `emit` has taken the bytes, it returns at once with nothing.
        defer { _ = paper.take() }
        try emit(ExportFile(path: "index.md", text: IndexRenderer(context).markdown(files: top)))
        try emit(ExportFile(path: "project-list.md", text: projectList.markdown()))
        try emit(ExportFile(path: "project-list.csv", text: projectList.csv()))
        try emit(ExportFile(path: "budget.md", text: budget.markdown()))
        try emit(ExportFile(path: "budget.csv", text: budget.csv()))
        try emit(ExportFile(path: "consolidation.md", text: consolidation.markdown()))
        try emit(ExportFile(path: "ideas.csv", text: consolidation.csv()))
        try emit(ExportFile(path: "scores.csv", text: scores.scoresCSV()))
        try emit(ExportFile(path: "votes.csv", text: scores.votesCSV()))
        try emit(ExportFile(path: VotesRenderer.path, text: votes.markdown()))
        try emit(ExportFile(path: "sensitivity.csv", text: SensitivityRenderer(context).csv()))
        try emit(ExportFile(path: WorkbookRenderer.path, bytes: WorkbookRenderer(context).xlsx()))
        if let svg = charts.portfolio { try emit(ExportFile(path: PortfolioChart.path, text: svg)) }
        if let svg = charts.budget { try emit(ExportFile(path: BudgetChart.path, text: svg)) }
        for (standing, svg) in zip(context.voteStandings, charts.votes) where !standing.rows.isEmpty {
            try emit(ExportFile(path: VoteChart.path(for: standing.result.vote.id), text: svg))
        }
        let briefs = BriefRenderer(context)
        for project in context.workspace.projects.sorted(by: { $0.id < $1.id }) {
            try emit(ExportFile(path: context.briefPath(project.id), text: briefs.markdown(for: project, template: briefTemplate)))
        }
        try emit(ExportFile(path: WordDocumentWriter.path, bytes: paper.take()))
        checksums.sort { $0.path < $1.path }
        try sink.put(ExportFile(path: manifestName, text: checksums.map { "\($0.checksum)  \($0.path)\n" }.joined()))
    }
}
