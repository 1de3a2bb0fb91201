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

/// Renders every export of a workspace in memory: the main job's output.
///
/// Pure and deterministic: the same workspace gives the same files, byte for byte. Writing
/// them is `ExportWriter`'s job.
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
    public static func render(
        _ evaluation: Evaluation, csvProfile: CSVProfile? = nil, stamp: ExportStamp? = nil, briefTemplate: BriefTemplate = .standard
    ) -> [ExportFile] {
        let context = ExportContext(evaluation: evaluation, csvProfile: csvProfile, stamp: stamp)
        let projectList = ProjectListRenderer(context)
        let budget = BudgetRenderer(context)
        let consolidation = ConsolidationRenderer(context)
        let scores = ScoresRenderer(context)
        let briefs = BriefRenderer(context)
        let votes = VotesRenderer(context)

        var files = [
            ExportFile(path: "project-list.md", text: projectList.markdown()),
            ExportFile(path: "project-list.csv", text: projectList.csv()),
            ExportFile(path: "budget.md", text: budget.markdown()),
            ExportFile(path: "budget.csv", text: budget.csv()),
            ExportFile(path: "consolidation.md", text: consolidation.markdown()),
            ExportFile(path: "ideas.csv", text: consolidation.csv()),
            ExportFile(path: "scores.csv", text: scores.scoresCSV()),
            ExportFile(path: "votes.csv", text: scores.votesCSV()),
            ExportFile(path: VotesRenderer.path, text: votes.markdown()),
            ExportFile(path: "sensitivity.csv", text: SensitivityRenderer(context).csv()),
            ExportFile(path: WorkbookRenderer.path, bytes: WorkbookRenderer(context).xlsx()),
        ]
        let report = CommitteeReport(context).document()
        files.append(ExportFile(path: HTMLReportWriter.path, text: HTMLReportWriter(report, labels: context.labels).html()))
        files.append(ExportFile(path: WordDocumentWriter.path, bytes: WordDocumentWriter(report, labels: context.labels, stamp: context.stamp).docx()))
        let portfolio = PortfolioChart(context)
        if portfolio.hasContent { files.append(ExportFile(path: PortfolioChart.path, text: portfolio.svg())) }
        let budgetChart = BudgetChart(context)
        if budgetChart.hasContent { files.append(ExportFile(path: BudgetChart.path, text: budgetChart.svg())) }
        files += votes.charts()
        for project in evaluation.workspace.projects.sorted(by: { $0.id < $1.id }) {
            files.append(ExportFile(path: context.briefPath(project.id), text: briefs.markdown(for: project, template: briefTemplate)))
        }
        let index = ExportFile(path: "index.md", text: IndexRenderer(context).markdown(files: files.map(\.path).filter { !$0.hasPrefix("briefs/") }))
        files.insert(index, at: 0)
        files.sort { $0.path < $1.path }
        files.append(manifest(files))
        return files
    }

    /// `<sha256>  <path>` lines, checkable with `sha256sum -c SHA256SUMS` inside the folder.
    static func manifest(_ files: [ExportFile]) -> ExportFile {
        ExportFile(path: manifestName, text: files.map { "\(SHA256.hex($0.bytes))  \($0.path)\n" }.joined())
    }
}
