import Foundation
import WorkshopKit

/// Writes the same approval ballots in the three formats `workshop count` reads, for timing the
/// readers against each other and against `sha256sum` on the same file:
///
///     workshop-bench write-approvals DIR --ballots 1000000 --options 200 --seed 1
///
/// - `approvals.pb`: a pabulib file (approval vote, costs and a budget, rule greedy);
/// - `approvals.csv`: a `ballot,choices` CSV in the ballot notation (`P3 P19`);
/// - `ballots.csv`: the toolkit's chained ballot log, one anonymous approval vote `zustimmung`,
///   imported 500 ballots at a time as paper ballots are.
///
/// Each ballot approves 1–8 options; popular options are more likely (option `below(below(n))`),
/// so the count has clear winners. The same seed gives the same bytes.
struct ApprovalFiles {
    var ballots = 1_000_000
    var options = 200
    var seed: UInt64 = 1
    var folder = ""

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var random = Generator.Random(state: seed)
        let optionIDs = (1...options).map { ItemID("P\($0)") }
        let costs = (0..<options).map { _ in 10_000 + random.below(490_000) }
        var pb = ChunkedFile(root.appendingPathComponent("approvals.pb"))
        var csv = ChunkedFile(root.appendingPathComponent("approvals.csv"))
        let vote = Vote(
            id: "zustimmung", title: "Zustimmung auf Papier", method: .approval(minimum: 1, maximum: 8), options: optionIDs, rule: .approval,
            voters: .anonymous)
        var log = try LogFile(root.appendingPathComponent("ballots.csv"), .ballots)
        let day = Timestamp(day: Day(year: 2024, month: 5, day: 12)!)

        pb.text("META\nkey;value\ndescription;Synthetic approval vote (workshop-bench write-approvals, seed \(seed))\n")
        pb.text("country;Germany\nunit;Synthetic\ninstance;\(ballots)\nnum_projects;\(options)\nnum_votes;\(ballots)\n")
        pb.text("budget;\(costs.reduce(0, +) / 4)\nvote_type;approval\nrule;greedy\nmax_length;8\n")
        pb.text("PROJECTS\nproject_id;cost;name\n")
        for (index, cost) in costs.enumerated() { pb.text("\(index + 1);\(cost);Projekt \(index + 1)\n") }
        pb.text("VOTES\nvoter_id;vote\n")
        csv.text("ballot,choices\n")

        var batch: [BallotRecord] = [.open(vote: vote.id, definition: vote.definitionHash, recordedAt: day)]
        for number in 1...ballots {
            let chosen = random.distinct(1 + random.below(8), below: options).map { random.below($0 + 1) }
            let approved = Array(Set(chosen)).sorted()
            pb.text("\(number);" + approved.map { String($0 + 1) }.joined(separator: ",") + "\n")
            csv.text("\(number)," + approved.map { "P\($0 + 1)" }.joined(separator: " ") + "\n")
            batch.append(.ballot(Ballot(vote: vote.id, id: log.nextID(batch.count), voter: nil, content: .approvals(approved.map { optionIDs[$0] }), recordedAt: day)))
            if batch.count == 500 || number == ballots {
                log.builder.append(batch)
                batch = []
                try log.flushIfLarge()
            }
            try pb.flushIfLarge()
            try csv.flushIfLarge()
        }
        try pb.close()
        try csv.close()
        try log.close()
    }
}
