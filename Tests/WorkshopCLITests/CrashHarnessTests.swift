import Foundation
import TestSupport
import Testing
import WorkshopCLI
import WorkshopKit

#if canImport(Glibc)
import Glibc
#endif

/// The real binary, recording ratings and ballots and importing files, killed with SIGKILL at
/// random moments. Afterwards every acknowledged record is there exactly once, no batch that
/// was not acknowledged is there in part (after `repair` of a torn tail), and `check` passes.
/// `CRASH_ITERATIONS` sets the number of kills (default 200), `CRASH_SEED` repeats a run.
@Suite("Crashes lose nothing acknowledged and leave no half batch", .serialized)
struct CrashHarnessTests {
    static let w = "Workshops/crash"

    /// What one child was asked to record: its tag, how many records it carries, and whether it said so.
    struct Child {
        var tag: String
        var records: Int
        var acknowledged = false
    }

    /// Starts the binary; output goes nowhere, only the exit status counts as acknowledgement.
    static func start(_ arguments: [String], in folder: URL, environment: [String: String]) throws -> Process {
        guard let binary = BinaryTests.binary else { throw MissingBinary() }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A small process with two raters, two projects and an anonymous dot vote.
    static func prepare(_ sandbox: Sandbox) throws {
        #expect(sandbox.run("new", w, "--title", "Crash", "--language", "en", "--theme", "mobility=Mobility").status == 0)
        for rater in ["R1", "R2"] { #expect(sandbox.run("add-participant", w, "--id", rater, "--name", "Rater \(rater)", "--role", "AK").status == 0) }
        #expect(sandbox.run("add-idea", w, "--title", "Bike sharing", "--theme", "mobility").status == 0)
        #expect(sandbox.run("add-idea", w, "--title", "Car sharing", "--theme", "mobility").status == 0)
        #expect(sandbox.run("consolidate", w, "--into", "P1", "--title", "Sharing", "I-1").status == 0)
        #expect(sandbox.run("consolidate", w, "--into", "P2", "--title", "Cars", "I-2").status == 0)
        try sandbox.write(
            "{\"votes\": [{\"id\": \"dots\", \"title\": \"Dots\", \"method\": \"dots\", \"options\": [\"P1\", \"P2\"], \"dotsPerVoter\": 3}]}",
            to: "\(w)/votes.json")
    }

    /// The command a child runs, for iteration `index`: a rating batch, a rating import or a ballot import.
    static func command(_ index: Int, _ sandbox: Sandbox) throws -> (arguments: [String], child: Child) {
        let tag = "k\(index)x"
        switch index % 3 {
        case 0:
            return (["rate", w, "--rater", "R1", "--item", "I-1", "--score", "wachstum=\(index % 5 + 1)", "--score", "netzwerke=3", "--comment", tag],
                    Child(tag: tag, records: 2))
        case 1:
            let file = "in-\(index).csv"
            try sandbox.write("rater,item,criterion,score,comment\nR2,P1,wachstum,2,\(tag)\nR2,P2,wachstum,4,\(tag)\nR1,P2,netzwerke,1,\(tag)\n", to: file)
            return (["rate", w, "--from", file], Child(tag: tag, records: 3))
        default:
            let file = "ballots-\(index).csv"
            try sandbox.write("vote,content,ballot\ndots,P1:2 P2,\(tag)a\ndots,P2:3,\(tag)b\n", to: file)
            return (["vote", w, "--from", file], Child(tag: tag, records: 2))
        }
    }

    @Test("SIGKILL at random moments: acknowledged records once each, no partial batch, check passes")
    func killAtRandom() throws {
        let environment = ProcessInfo.processInfo.environment
        let iterations = environment["CRASH_ITERATIONS"].flatMap(Int.init) ?? 200
        let seed = environment["CRASH_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
        var random = SplitMix(seed: seed)
        let context = "seed \(seed) (repeat with CRASH_SEED=\(seed))"

        let sandbox = try Sandbox(withExample: false)
        try Self.prepare(sandbox)
        // How long an undisturbed child takes: kills fall anywhere within it.
        let started = Date()
        let (firstArguments, firstChild) = try Self.command(0, sandbox)
        let first = try Self.start(firstArguments, in: sandbox.root, environment: sandbox.environment)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0, "\(context)")
        let span = max(0.005, Date().timeIntervalSince(started) * 1.3)
        var children = [Child(tag: firstChild.tag, records: firstChild.records, acknowledged: first.terminationStatus == 0)]

        for index in 1..<max(2, iterations) {
            let (arguments, child) = try Self.command(index, sandbox)
            let process = try Self.start(arguments, in: sandbox.root, environment: sandbox.environment)
            usleep(UInt32(Double.random(in: 0...span, using: &random) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            var done = child
            done.acknowledged = process.terminationReason == .exit && process.terminationStatus == 0
            children.append(done)
            // A torn tail is removed before the next writer comes.
            let repair = sandbox.run("repair", Self.w, "--yes")
            #expect(repair.status == 0, "\(context): \(repair.errors)")
        }

        let logs = try sandbox.read("\(Self.w)/ratings.csv") + sandbox.read("\(Self.w)/ballots.csv")
        let lines = logs.split(separator: "\n")
        for child in children {
            let found = lines.count { $0.contains(",\(child.tag),") || $0.contains(",\(child.tag)a,") || $0.contains(",\(child.tag)b,") }
            if child.acknowledged {
                #expect(found == child.records, "\(context): acknowledged \(child.tag) has \(found) of \(child.records) records")
            } else {
                #expect(found == 0 || found == child.records, "\(context): unacknowledged \(child.tag) is there in part (\(found) of \(child.records))")
            }
        }
        #expect(children.filter(\.acknowledged).count > 0, "\(context)")
        #expect(children.contains { !$0.acknowledged }, "\(context): no kill landed before the end; the span is too long")
        let check = sandbox.run("check", Self.w)
        #expect(check.status == 0, "\(context): \(check.errors)")
    }
}
