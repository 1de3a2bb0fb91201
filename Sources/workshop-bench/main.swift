// Benchmarks for WorkshopKit, run on purpose (not in the tests):
//
//   swift run -c release workshop-bench [--iterations N] [--ideas N] [--raters N] [--testdata DIR]
//   swift run -c release workshop-bench --write-ranked FILE [--voters N] [--candidates N]
//
// Prints the median and slowest wall-clock time of each stage and the process's peak memory.
import Foundation
import WorkshopKit

struct Options {
    var iterations = 20
    var ideas = 2_000
    var raters = 30
    var testdata: String?
    var writeRanked: String?
    var voters = 100_000
    var candidates = 50

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
            case "--write-ranked": writeRanked = value
            case "--voters": voters = Int(value) ?? voters
            case "--candidates": candidates = Int(value) ?? candidates
            default:
                FileHandle.standardError.write(
                    Data(
                        "usage: workshop-bench [--iterations N] [--ideas N] [--raters N] [--testdata DIR] [--write-ranked FILE --voters N --candidates N]\n"
                            .utf8))
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

let options = Options(Array(CommandLine.arguments.dropFirst()))
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
if let path = options.writeRanked {
    try Data(rankedFile(voters: options.voters, candidates: options.candidates).utf8).write(to: URL(fileURLWithPath: path))
    print("wrote \(options.voters) random rankings of \(options.candidates) candidates to \(path)")
    exit(0)
}
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
measure("  render every export", iterations: options.iterations) { _ = ExportSet.render(Evaluation(coesfeld)) }

// 2. City scale, synthetic.
let synthetic = syntheticWorkspace(ideas: options.ideas, raters: options.raters)
print("\nSynthetic: \(synthetic.ideas.count) ideas, \(synthetic.projects.count) projects, \(synthetic.ratings.count) ratings")
let files = Dictionary(uniqueKeysWithValues: WorkspaceFile.allCases.map { ($0, Array(WorkspaceEncoder.text(of: $0, in: synthetic).utf8)) })
print("  ratings.csv: \(files[.ratings]!.count / 1_048_576) MiB")
let fewer = max(1, options.iterations / 4)
measure("  decode and check all files", iterations: fewer) { _ = WorkspaceDecoder.decode(id: "synthetic", files: files, folder: "synthetic") }
measure("  evaluate", iterations: fewer) { _ = Evaluation(synthetic) }
measure("  render every export", iterations: fewer) { _ = ExportSet.render(Evaluation(synthetic)) }

// 3. The CSV reader on real participatory-budgeting files (pabulib), when present.
let sharedTestdata = root.deletingLastPathComponent().appendingPathComponent("shared/testdata/pabulib")
let testdata =
    options.testdata.map { URL(fileURLWithPath: $0) }
    ?? (FileManager.default.fileExists(atPath: sharedTestdata.path)
        ? sharedTestdata : root.appendingPathComponent("Tests/WorkshopKitTests/Fixtures/testdata/pabulib"))
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
print(String(format: "\npeak memory: %.1f MiB", peakMemoryMiB()))
