// Benchmarks for WorkshopKit, run on purpose (not in the tests):
//
//   swift run -c release workshop-bench [--iterations N] [--testdata DIR] [--workspace DIR] [--suggestions N,N,…]
//   swift run -c release workshop-bench generate DIR [--ballots N] [--ratings N] [--ideas N] [--projects N] [--seed S]
//   swift run -c release workshop-bench [--voters N] [--candidates N]   (size of the generated rankings)
//   swift run -c release workshop-bench --write-ranked FILE [--voters N] [--candidates N]
//   swift run -c release workshop-bench --only suggestions [--suggestions N,N,…] [--iterations N]
//   swift run -c release workshop-bench write-approvals DIR [--ballots N] [--options N] [--seed S]
//
// The first prints the median and slowest wall-clock time of each stage and the process's
// peak memory; the second writes a synthetic workspace of the given size for timing the real
// `workshop` binary on it (Scripts/benchmark does that for the README's table).
import Foundation
import WorkshopKit

let usage = "usage: workshop-bench [--iterations N] [--testdata DIR] [--workspace DIR] [--suggestions N,N,…] [--voters N] [--candidates N]\n       workshop-bench --only suggestions [--suggestions N,N,…] [--iterations N]\n       workshop-bench write-approvals DIR [--ballots N] [--options N] [--seed S]\n       workshop-bench --write-ranked FILE [--voters N] [--candidates N]\n       workshop-bench generate DIR [--ballots N] [--ratings N] [--ideas N] [--projects N] [--seed S]\n"

struct Options {
    var iterations = 20
    var testdata: String?
    var workspace: String?
    var suggestions = [10_000, 100_000]
    var writeRanked: String?
    var voters = 100_000
    var candidates = 50
    /// Only the merge suggestions (`--only suggestions`).
    var onlySuggestions = false

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch name {
            case "--iterations": iterations = Int(value) ?? iterations
            case "--testdata": testdata = value
            case "--workspace": workspace = value
            case "--suggestions": suggestions = value.split(separator: ",").compactMap { Int($0) }
            case "--write-ranked": writeRanked = value
            case "--voters": voters = Int(value) ?? voters
            case "--candidates": candidates = Int(value) ?? candidates
            case "--only" where value == "suggestions": onlySuggestions = true
            default:
                FileHandle.standardError.write(Data(usage.utf8))
                exit(64)
            }
            index += 2
        }
    }
}

/// Reads `DIR --name N …` after a subcommand: the folder and the numbers, each name one of `names`.
func folderAndNumbers(_ arguments: [String], names: Set<String>) -> (String, [String: Int]) {
    guard let folder = arguments.first, !folder.hasPrefix("-") else {
        FileHandle.standardError.write(Data(usage.utf8))
        exit(64)
    }
    var numbers: [String: Int] = [:]
    var index = 1
    while index < arguments.count {
        let value = index + 1 < arguments.count ? Int(arguments[index + 1]) : nil
        let name = String(arguments[index].dropFirst(2))
        guard let value, value >= 0, arguments[index].hasPrefix("--"), names.contains(name) else {
            FileHandle.standardError.write(Data(usage.utf8))
            exit(64)
        }
        numbers[name] = value
        index += 2
    }
    return (folder, numbers)
}

/// Reads `generate DIR` and its options.
func generator(_ arguments: [String]) -> Generator {
    let (folder, numbers) = folderAndNumbers(arguments, names: ["ballots", "ratings", "ideas", "projects", "seed"])
    var generator = Generator()
    generator.folder = folder
    generator.ballots = numbers["ballots"] ?? generator.ballots
    generator.ratings = numbers["ratings"] ?? generator.ratings
    generator.ideas = max(1, numbers["ideas"] ?? generator.ideas)
    generator.projects = max(1, numbers["projects"] ?? generator.projects)
    generator.seed = numbers["seed"].map(UInt64.init) ?? generator.seed
    return generator
}

/// Reads `write-approvals DIR` and its options.
func approvalFiles(_ arguments: [String]) -> ApprovalFiles {
    let (folder, numbers) = folderAndNumbers(arguments, names: ["ballots", "options", "seed"])
    var files = ApprovalFiles()
    files.folder = folder
    files.ballots = max(1, numbers["ballots"] ?? files.ballots)
    files.options = max(8, numbers["options"] ?? files.options)
    files.seed = numbers["seed"].map(UInt64.init) ?? files.seed
    return files
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

if CommandLine.arguments.dropFirst().first == "write-approvals" {
    let files = approvalFiles(Array(CommandLine.arguments.dropFirst(2)))
    do {
        try files.run()
    } catch {
        FileHandle.standardError.write(Data("workshop-bench: \(error)\n".utf8))
        exit(73)
    }
    print("wrote \(files.ballots) approval ballots on \(files.options) options to \(files.folder)/approvals.pb, approvals.csv and ballots.csv (seed \(files.seed))")
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "generate" {
    let generator = generator(Array(CommandLine.arguments.dropFirst(2)))
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        try generator.run()
    } catch {
        FileHandle.standardError.write(Data("workshop-bench: \(error)\n".utf8))
        exit(73)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "wrote %@ in %.1f s: %d ideas, %d projects, %d ratings, %d ballots (seed %llu)", generator.folder, seconds, generator.ideas, generator.projects, generator.ratings, generator.ballots, generator.seed))
    print("spare voters for one more ballot: V-001 … V-200 (vote punkte); unused tokens are at the end of tokens/<vote>.txt")
    exit(0)
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

/// A PrefLib .soc file of random complete rankings (fixed seed): `voters` voters, each line one
/// voter (count 1), for timing the ranked rules and the reader at scale.
func rankedFile(voters: Int, candidates: Int) -> String {
    var seed: UInt64 = 7
    func next() -> UInt64 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return seed >> 33
    }
    var text = "# FILE NAME: generated.soc\n# DATA TYPE: soc\n# NUMBER ALTERNATIVES: \(candidates)\n# NUMBER VOTERS: \(voters)\n"
    text += "# NUMBER UNIQUE ORDERS: \(voters)\n"
    var order = Array(1...candidates)
    for _ in 0..<voters {
        for index in stride(from: candidates - 1, to: 0, by: -1) { order.swapAt(index, Int(next() % UInt64(index + 1))) }
        text += "1: " + order.map(String.init).joined(separator: ",") + "\n"
    }
    return text
}

/// Merge suggestions on generated German ideas with planted near-duplicates: wall-clock and CPU
/// time per size, pairs compared, planted rewrites found, and the CPU-time ratio of 100 000 to 10 000.
func measureSuggestions(_ counts: [Int], iterations: Int) {
    print("\nMerge suggestions (generated German ideas, every tenth a rewrite of an earlier one):")
    var medians: [Int: Double] = [:]
    for count in counts {
        let corpus = IdeaCorpus(ideas: count)
        let suggester = MergeSuggester()
        var suggestions: [MergeSuggestion] = []
        var compared = 0
        var cpu: [Double] = []
        let samples = (0..<max(1, min(3, iterations))).map { _ -> Double in
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

let options = Options(Array(CommandLine.arguments.dropFirst()))
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
if let path = options.writeRanked {
    try Data(rankedFile(voters: options.voters, candidates: options.candidates).utf8).write(to: URL(fileURLWithPath: path))
    print("wrote \(options.voters) random rankings of \(options.candidates) candidates to \(path)")
    exit(0)
}
if options.onlySuggestions {
    measureSuggestions(options.suggestions, iterations: options.iterations)
    print(String(format: "\npeak memory: %.1f MiB", peakMemoryMiB()))
    exit(0)
}
print("WorkshopKit benchmarks, \(options.iterations) iterations each; SHA-256 \(SHA256.usesHardware ? "with" : "without") the CPU's SHA instructions\n")

// 1. The main job on the embedded example, in process.
let store = WorkspaceStore(folder: root.appendingPathComponent("Workshops/coesfeld-12"), shownAs: "Workshops/coesfeld-12")
guard let coesfeld = try store.load().workspace else {
    FileHandle.standardError.write(Data("run from the package root: Workshops/coesfeld-12 not found or not valid\n".utf8))
    exit(66)
}
print("Coesfeld 12.0: \(coesfeld.ideas.count) ideas, \(coesfeld.projects.count) projects, \(coesfeld.ratings.recordCount) ratings")
try measure("  load and check the workspace", iterations: options.iterations) { _ = try store.load() }
measure("  evaluate (scores, votes, groups, budgets)", iterations: options.iterations) { _ = Evaluation(coesfeld) }
let coesfeldEvaluation = Evaluation(coesfeld)
measure("  sensitivity of the priority groups", iterations: options.iterations) { _ = Sensitivity(coesfeldEvaluation) }
measure("  render every export", iterations: options.iterations) { _ = ExportSet.render(Evaluation(coesfeld)) }
measureDocuments(ExportContext(evaluation: Evaluation(coesfeld)), iterations: options.iterations)

let fewer = max(1, options.iterations / 4)

// 2. Any workspace, e.g. one the generator wrote: the stages of `workshop run`, in process.
if let path = options.workspace {
    let store = WorkspaceStore(folder: URL(fileURLWithPath: path), shownAs: path)
    guard let workspace = try store.load().workspace else {
        FileHandle.standardError.write(Data("\(path) has errors; run 'workshop check \(path)'\n".utf8))
        exit(65)
    }
    print("\n\(path): \(workspace.ideas.count) ideas, \(workspace.projects.count) projects, \(workspace.ratings.recordCount) ratings, \(workspace.ballots.count) ballots")
    try measure("  check the workspace (logs counted, chain verified)", iterations: fewer) { _ = try store.load(checkOnly: true) }
    try measure("  load it for evaluation", iterations: fewer) { _ = try store.load() }
    try measure("  load it for evaluation, hashing every file (the stamp)", iterations: fewer) { _ = try store.load(hashing: true) }
    measure("  evaluate", iterations: fewer) { _ = Evaluation(workspace) }
    let evaluation = Evaluation(workspace)
    measure("  sensitivity of the priority groups", iterations: fewer) { _ = Sensitivity(evaluation) }
    measure("  render every export", iterations: fewer) { _ = ExportSet.render(evaluation) }
    measureDocuments(ExportContext(evaluation: evaluation), iterations: fewer)
}

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
// 4. Counting ballot files: the pabulib elections with their own rule and Equal Shares, and
//    Schulze and IRV on generated rankings.
if let names = try? FileManager.default.contentsOfDirectory(atPath: testdata.path).filter({ $0.hasSuffix(".pb") }).sorted() {
    print("\nCounting pabulib files (read + rule):")
    for name in names {
        let path = testdata.appendingPathComponent(name).path
        for rule in [RuleName.greedy, .mes] {
            try measure("  \(name) \(rule.rawValue)", iterations: fewer) {
                let file = try BallotFileReader.read(path: path, shownAs: name)
                _ = try rule.rule.counted(file.profile).get()
            }
        }
    }
}
let generated = rankedFile(voters: options.voters, candidates: options.candidates)
let ranked = try BallotFileReader.read(bytes: Array(generated.utf8), file: "generated.soc")
print("\nGenerated rankings: \(options.voters) voters × \(options.candidates) candidates (\(generated.utf8.count / 1_048_576) MiB)")
try measure("  read", iterations: fewer) { _ = try BallotFileReader.read(bytes: Array(generated.utf8), file: "generated.soc") }
for rule in [RuleName.schulze, .irv, .borda, .plurality] {
    try measure("  \(rule.rawValue)", iterations: fewer) { _ = try rule.rule.counted(ranked.profile).get() }
}
// 5. Merge suggestions on generated German ideas with planted near-duplicates.
if !options.suggestions.isEmpty { measureSuggestions(options.suggestions, iterations: options.iterations) }

print(String(format: "\npeak memory: %.1f MiB", peakMemoryMiB()))
