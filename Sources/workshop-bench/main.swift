// Benchmarks for WorkshopKit, run on purpose (not in the tests):
//
//   swift run -c release workshop-bench [--iterations N] [--ideas N] [--raters N]
//
// Prints the median and slowest wall-clock time of each stage and the process's peak memory.
import Foundation
import WorkshopKit

struct Options {
    var iterations = 20
    var ideas = 2_000
    var raters = 30
    var testdata: String?
    var suggestions = [10_000, 100_000]

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch name {
            case "--iterations": iterations = Int(value) ?? iterations
            case "--ideas": ideas = Int(value) ?? ideas
            case "--raters": raters = Int(value) ?? raters
            case "--testdata": testdata = value
            case "--suggestions": suggestions = value.split(separator: ",").compactMap { Int($0) }
            default:
                FileHandle.standardError.write(Data("usage: workshop-bench [--iterations N] [--ideas N] [--raters N] [--testdata DIR] [--suggestions N,N,…]\n".utf8))
                exit(64)
            }
            index += 2
        }
    }
}

/// Runs `body` `iterations` times and prints median and maximum in milliseconds.
func measure(_ name: String, iterations: Int, _ body: () throws -> Void) rethrows {
    var samples: [Double] = []
    for _ in 0..<iterations {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    print(name.padding(toLength: 58, withPad: " ", startingAt: 0) + String(format: "median %9.2f ms   max %9.2f ms", median, samples.last ?? 0))
}

/// CPU time this process has used so far (user and system), in milliseconds: unlike wall-clock
/// time it does not grow when other programs share the machine.
func cpuMilliseconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
    let system = Double(usage.ru_stime.tv_sec) * 1000 + Double(usage.ru_stime.tv_usec) / 1000
    return user + system
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

/// A synthetic process at city scale: many ideas, projects of five ideas each, every rater scores every idea.
func syntheticWorkspace(ideas ideaCount: Int, raters raterCount: Int) -> Workspace {
    let themes = (1...8).map { Theme(id: ThemeID("t\($0)"), name: "Theme \($0)") }
    let criteria = Criterion.catalogue(.german)
    var workspace = Workspace(
        id: "synthetic", process: ParticipationProcess(title: "Synthetic", language: .german, csvProfile: .excelGerman, themes: themes),
        criteria: criteria)
    workspace.participants = (1...raterCount).map { Participant(id: ParticipantID("R\($0)"), name: "Rater \($0)", role: "AK") }
    workspace.ideas = (1...ideaCount).map { Idea(id: IdeaID("I-\($0)"), title: "Idea \($0) – Mobilität & Bildung", theme: themes[$0 % 8].id, benefit: "Nutzen \($0)", challenges: "Herausforderung \($0)") }
    workspace.projects = stride(from: 1, through: ideaCount, by: 5).map { first in
        Project(
            id: ProjectID("P\(first / 5 + 1)"), title: "Project \(first / 5 + 1)", theme: themes[first % 8].id,
            ideas: (first..<min(first + 5, ideaCount + 1)).map { IdeaID("I-\($0)") })
    }
    var seed: UInt64 = 42
    func next() -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % 5) + 1
    }
    for idea in workspace.ideas {
        for rater in workspace.participants {
            for criterion in criteria {
                workspace.ratings.append(Rating(rater: rater.id, item: ItemID(idea.id), criterion: criterion.id, score: next()))
            }
        }
    }
    workspace.votes = [Vote(id: "dots", title: "Dots", method: .dots, options: workspace.projects.map { ItemID($0.id) }, dotsPerVoter: 5)]
    workspace.ballots = (1...raterCount).map { voter in
        Ballot(vote: "dots", id: BallotID("B\(voter)"), voter: ParticipantID("R\(voter)"), choices: (0..<5).map { Ballot.Choice(item: ItemID(workspace.projects[(voter * 7 + $0 * 13) % workspace.projects.count].id), points: 1) })
    }
    return workspace
}

/// The committee documents one by one, and their sizes.
func measureDocuments(_ context: ExportContext, iterations: Int) {
    var sizes: [Int] = []
    measure("    of which report.html", iterations: iterations) {
        sizes.append(HTMLReportWriter(CommitteeReport(context).document(), labels: context.labels).html().utf8.count)
    }
    measure("    of which paper.docx", iterations: iterations) {
        sizes.append(WordDocumentWriter(CommitteeReport(context).document(), labels: context.labels, stamp: context.stamp).docx().count)
    }
    measure("    of which workbook.xlsx", iterations: iterations) { sizes.append(WorkbookRenderer(context).xlsx().count) }
    print("    sizes: report.html \(sizes[0] / 1024) KiB, paper.docx \(sizes[iterations] / 1024) KiB, workbook.xlsx \(sizes[2 * iterations] / 1024) KiB")
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
print("WorkshopKit benchmarks, \(options.iterations) iterations each\n")

// 1. The main job on the embedded example, in process.
let store = WorkspaceStore(folder: root.appendingPathComponent("Workshops/coesfeld-12"), shownAs: "Workshops/coesfeld-12")
guard let coesfeld = try store.load().workspace else {
    FileHandle.standardError.write(Data("run from the package root: Workshops/coesfeld-12 not found or not valid\n".utf8))
    exit(66)
}
print("Coesfeld 12.0: \(coesfeld.ideas.count) ideas, \(coesfeld.projects.count) projects, \(coesfeld.ratings.count) ratings")
try measure("  load and check the workspace", iterations: options.iterations) { _ = try store.load() }
measure("  evaluate (scores, votes, groups, budgets)", iterations: options.iterations) { _ = Evaluation(coesfeld) }
let coesfeldEvaluation = Evaluation(coesfeld)
measure("  sensitivity of the priority groups", iterations: options.iterations) { _ = Sensitivity(coesfeldEvaluation) }
measure("  render every export", iterations: options.iterations) { _ = ExportSet.render(Evaluation(coesfeld)) }
measureDocuments(ExportContext(evaluation: Evaluation(coesfeld)), iterations: options.iterations)

// 2. City scale, synthetic.
let synthetic = syntheticWorkspace(ideas: options.ideas, raters: options.raters)
print("\nSynthetic: \(synthetic.ideas.count) ideas, \(synthetic.projects.count) projects, \(synthetic.ratings.count) ratings")
let files = Dictionary(uniqueKeysWithValues: WorkspaceFile.allCases.map { ($0, Array(WorkspaceEncoder.text(of: $0, in: synthetic).utf8)) })
print("  ratings.csv: \(files[.ratings]!.count / 1_048_576) MiB")
let fewer = max(1, options.iterations / 4)
measure("  decode and check all files", iterations: fewer) { _ = WorkspaceDecoder.decode(id: "synthetic", files: files, folder: "synthetic") }
measure("  evaluate", iterations: fewer) { _ = Evaluation(synthetic) }
let syntheticEvaluation = Evaluation(synthetic)
measure("  sensitivity of the priority groups", iterations: fewer) { _ = Sensitivity(syntheticEvaluation) }
measure("  render every export", iterations: fewer) { _ = ExportSet.render(Evaluation(synthetic)) }
measureDocuments(ExportContext(evaluation: Evaluation(synthetic)), iterations: fewer)

// 3. The CSV reader on real participatory-budgeting files (pabulib), when present.
let testdata = options.testdata.map { URL(fileURLWithPath: $0) } ?? root.deletingLastPathComponent().appendingPathComponent("shared/testdata/pabulib")
if let names = try? FileManager.default.contentsOfDirectory(atPath: testdata.path).filter({ $0.hasSuffix(".pb") }).sorted() {
    print("\nCSV reader on pabulib files (\(testdata.path)):")
    for name in names {
        let bytes = [UInt8](try Data(contentsOf: testdata.appendingPathComponent(name)))
        // The VOTES section is a ;-separated table: read the whole file as records.
        let reader = CSVReader(separator: UInt8(ascii: ";"), requiresRectangularShape: false)
        var records = 0
        try measure("  \(name) (\(bytes.count / 1024) KiB)", iterations: fewer) { records = try reader.read(bytes, file: name).records.count }
        print("    \(records) records")
    }
} else {
    print("\n(no pabulib files at \(testdata.path); pass --testdata DIR)")
}
// 4. Merge suggestions on generated German ideas with planted near-duplicates.
if !options.suggestions.isEmpty {
    print("\nMerge suggestions (generated German ideas, every tenth a rewrite of an earlier one):")
    var medians: [Int: Double] = [:]
    for count in options.suggestions {
        let corpus = IdeaCorpus(ideas: count)
        let suggester = MergeSuggester()
        var suggestions: [MergeSuggestion] = []
        var compared = 0
        var cpu: [Double] = []
        let samples = (0..<max(1, min(3, options.iterations))).map { _ -> Double in
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = cpuMilliseconds()
            let run = suggester.run(corpus.items)
            cpu.append(cpuMilliseconds() - cpuStart)
            suggestions = run.suggestions
            compared = run.comparedPairs
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        }.sorted()
        cpu.sort()
        medians[count] = cpu[cpu.count / 2]
        var together = Set<String>()
        for suggestion in suggestions {
            for (offset, a) in suggestion.ideas.enumerated() {
                for b in suggestion.ideas[(offset + 1)...] { together.insert("\(a) \(b)") }
            }
        }
        let found = corpus.planted.count { pair in
            let (a, b) = (corpus.items[pair.0].id, corpus.items[pair.1].id)
            return together.contains(a < b ? "\(a) \(b)" : "\(b) \(a)")
        }
        let claimed = together.count
        print(
            "  \(count) ideas".padding(toLength: 58, withPad: " ", startingAt: 0)
                + String(format: "median %9.2f ms   max %9.2f ms", samples[samples.count / 2], samples.last ?? 0))
        print(String(format: "    CPU time: median %9.2f ms", cpu[cpu.count / 2]))
        print("    compared \(compared) of \(count * (count - 1) / 2) pairs; \(suggestions.count) suggestions, \(claimed) pairs; planted rewrites found: \(found) of \(corpus.planted.count)")
    }
    if let small = medians[10_000], let large = medians[100_000] {
        print(String(format: "  100 000 / 10 000: %.1f× the CPU time for 10× the ideas", large / small))
    }
}

print(String(format: "\npeak memory: %.1f MiB", peakMemoryMiB()))
