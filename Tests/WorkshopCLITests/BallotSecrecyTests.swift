import Foundation
import Testing
import WorkshopCLI
import WorkshopKit

/// What an anonymous vote's log may reveal, as the README's "What an anonymous vote's log
/// reveals" states it: each ballot's content, its day and its place in that day's order;
/// no voter, no time of day.
@Suite("Ballot secrecy")
struct BallotSecrecyTests {
    @Test("Anonymous ballots hold no identity and no time finer than the day")
    func anonymousBallotsRevealOnlyTheDay() throws {
        let sandbox = try Sandbox(withExample: false)
        let w = "Workshops/secret"
        #expect(sandbox.run("new", w, "--title", "Secret", "--language", "en", "--theme", "mobility=Mobility").status == 0)
        #expect(sandbox.run("add-participant", w, "--id", "R1", "--name", "Erika Mustermann", "--role", "AK").status == 0)
        #expect(sandbox.run("add-idea", w, "--title", "Bike sharing", "--theme", "mobility").status == 0)
        #expect(sandbox.run("add-idea", w, "--title", "Car sharing", "--theme", "mobility").status == 0)
        try sandbox.write(
            "{\"votes\": [{\"id\": \"dots\", \"title\": \"Dots\", \"method\": \"dots\", \"options\": [\"I-1\", \"I-2\"], \"dotsPerVoter\": 3, \"voters\": \"anonymous\"}]}",
            to: "\(w)/votes.json")
        for (seconds, ballot) in [(1_598_349_600, "I-1:2 I-2"), (1_598_350_033, "I-2:3")] {
            sandbox.environment["SOURCE_DATE_EPOCH"] = String(seconds)
            let outcome = sandbox.run(arguments: ["vote", w, "--vote", "dots"] + ballot.split(separator: " ").map(String.init))
            #expect(outcome.status == 0, "\(outcome.errors)")
        }
        // A voter cannot be named on an anonymous vote.
        let named = sandbox.run("vote", w, "--vote", "dots", "--voter", "R1", "I-1")
        #expect(named.status != 0)

        let log = try sandbox.read("\(w)/ballots.csv")
        let ballots = log.split(separator: "\n").filter { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst().first == "ballot" }
        #expect(ballots.count == 2, "\(log)")
        for line in ballots {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[4].isEmpty, "voter column: \(line)")
            #expect(fields[7] == "2020-08-25", "recorded_at keeps the day only: \(line)")
            #expect(!line.contains("R1") && !line.contains("Erika"))
        }
    }
}
