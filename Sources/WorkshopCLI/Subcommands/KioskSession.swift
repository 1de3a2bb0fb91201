import Foundation
import WorkshopKit

/// One kiosk session: the screens, the answers, the ballots recorded.
struct KioskSession {
    let invocation: Invocation
    let store: WorkspaceStore
    let workspace: Workspace
    let vote: Vote
    let interactive: Bool
    let labels: Labels
    let currency: String
    private(set) var recorded = 0

    init(invocation: Invocation, store: WorkspaceStore, workspace: Workspace, vote: Vote, interactive: Bool) {
        self.invocation = invocation
        self.store = store
        self.workspace = workspace
        self.vote = vote
        self.interactive = interactive
        labels = Labels(workspace.process.language)
        currency = workspace.process.currency
    }

    /// Takes voters until the input ends.
    mutating func serve() {
        while true {
            guard let voter = askVoter() else { return }
            guard let ballot = fillIn(voter: voter) else { return }
            clear()
            if let problem = record(ballot) {
                invocation.out(labels.kioskNotRecorded(problem) + "\n\n" + labels.kioskNext + "\n")
            } else {
                recorded += 1
                invocation.out(labels.kioskThanks + "\n\n" + labels.kioskNext + "\n")
            }
            guard readLine() != nil else { return }
        }
    }

    /// The voter's code or id; `.some(nil)` for an anonymous vote, `nil` when the input ended.
    private func askVoter() -> VoterID?? {
        guard let prompt = labels.kioskVoterPrompt(vote.voters) else { return .some(nil) }
        var message: String?
        while true {
            clear()
            invocation.out(labels.kioskHeading(vote.title) + "\n\n" + (message.map { $0 + "\n\n" } ?? "") + prompt + "\n> ")
            guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return nil }
            if line.isEmpty { continue }
            if vote.voters == .tokens {
                switch VoterToken.parse(line) {
                case .success(let token): return .some(token)
                case .failure(.check):
                    message = labels.kioskNotACode(.check)
                    continue
                case .failure(let problem):
                    // A list written by hand may hold codes of another shape: the log checks them.
                    if case .success(let token) = VoterID.validated(line) { return .some(token) }
                    message = labels.kioskNotACode(problem)
                    continue
                }
            }
            switch VoterID.validated(line) {
            case .success(let id): return .some(id)
            case .failure(let error): message = error.message
            }
        }
    }

    /// The ballot, filled in and confirmed; `nil` when the input ended.
    private func fillIn(voter: VoterID?) -> Ballot? {
        var draft = BallotDraft(vote: vote, costs: workspace.costs(of: vote))
        var message: String?
        while true {
            show(draft, message: message)
            guard let line = readLine() else { return nil }
            let answer = line.trimmingCharacters(in: .whitespaces)
            message = nil
            if answer.lowercased() == labels.kioskRestartWord {
                draft.clear()
                continue
            }
            if !answer.isEmpty {
                let problems = draft.enter(answer)
                if !problems.isEmpty { message = problems.map { labels.kioskProblem($0, currency: currency) }.joined(separator: "\n") }
                continue
            }
            if let problem = draft.finishProblems.first {
                message = labels.kioskProblem(problem, currency: currency)
                continue
            }
            clear()
            invocation.out(labels.kioskHeading(vote.title) + "\n\n" + labels.kioskYourBallot + "\n" + summary(draft) + "\n" + labels.kioskConfirm + "\n> ")
            var confirmed: Bool?
            while confirmed == nil {
                guard let reply = readLine() else { return nil }
                confirmed = labels.kioskAnswer(reply)
                if confirmed == nil { invocation.out(labels.kioskConfirm + "\n> ") }
            }
            if confirmed == true {
                return Ballot(vote: vote.id, id: .unassigned, voter: voter, content: draft.content)
            }
        }
    }

    /// Records the ballot; the reason when it was not recorded.
    private func record(_ ballot: Ballot) -> String? {
        var ballot = ballot
        do {
            ballot.recordedAt = try Clock(environment: invocation.environment).timestamp
            let fields = ["vote": SourceLocation(file: "kiosk"), "voter": SourceLocation(file: "kiosk"), "content": SourceLocation(file: "kiosk")]
            try store.record(ballots: [Located(ballot, at: SourceLocation(file: "kiosk"), fields: fields)])
            return nil
        } catch let error as WorkspaceError {
            switch error {
            case .refused(let reason): return reason
            // What the log refuses for a reason of its own is said in the workspace's language.
            case .invalid(let diagnostics): return diagnostics.sorted.map { $0.refusal.map(labels.kioskRefusal) ?? $0.message }.joined(separator: "; ")
            case .storage(let problem): return problem.description
            }
        } catch {
            return "\(error)"
        }
    }

    /// The ballot screen: options with the voter's marks, the instructions, what is left.
    private func show(_ draft: BallotDraft, message: String?) {
        var text = labels.kioskHeading(vote.title) + "\n\n"
        let marks = Dictionary(draft.marks.map { ($0.option, $0.value) }, uniquingKeysWith: { first, _ in first })
        var places: [ItemID: Int] = [:]
        for (place, group) in draft.ranking.enumerated() { for option in group { places[option] = place + 1 } }
        let costs = workspace.costs(of: vote)
        let width = String(vote.options.count).count
        for (number, option) in vote.options.enumerated() {
            var mark = "   "
            switch vote.ballotKind {
            case .points: mark = marks[option].map { String(repeating: "●", count: min($0, 10)) + ($0 > 10 ? "…\($0)" : "") } ?? ""
            case .approvals: mark = marks[option] != nil ? "✓" : ""
            case .scores: mark = marks[option].map(String.init) ?? ""
            case .ranking: mark = places[option].map { "#\($0)" } ?? ""
            }
            var line = "\(String(number + 1).leftPadded(width))  \(option.rawValue.rightPadded(4))  \((workspace.title(of: option) ?? option.rawValue))"
            if vote.method.name == .budget, let cost = costs[option] { line += " (\(NumberStyle(labels.language).money(cost, currency: currency)))" }
            text += "\(mark.rightPadded(5)) \(line)\n"
        }
        text += "\n" + labels.kioskInstructions(vote.method, currency: currency) + "\n" + labels.kioskFinishHint + "\n"
        if let left = draft.pointsLeft { text += labels.kioskPointsLeft(left) + "\n" }
        if let spent = draft.spent { text += labels.kioskBudgetLeft(spent: spent.cost, limit: spent.limit, currency: currency) + "\n" }
        if let message { text += "\n" + message + "\n" }
        clear()
        invocation.out(text + "> ")
    }

    /// The ballot in words, one line per option marked.
    private func summary(_ draft: BallotDraft) -> String {
        switch draft.content {
        case .abstain: return "  " + labels.kioskEmptyBallot + "\n"
        case .points(let values), .scores(let values):
            return values.map { "  \($0.option) \((workspace.title(of: $0.option) ?? $0.option.rawValue)): \($0.value)\n" }.joined()
        case .approvals(let options): return options.map { "  \($0) \((workspace.title(of: $0) ?? $0.rawValue))\n" }.joined()
        case .ranking(let groups):
            return groups.enumerated().map { place, group in group.map { "  \(place + 1). \($0) \((workspace.title(of: $0) ?? $0.rawValue))\n" }.joined() }.joined()
        }
    }

    /// Clears the screen and its scrollback on a terminal, so no trace of a voter's choices
    /// stays; a scripted session gets a blank line.
    private func clear() {
        if interactive { invocation.screen("\u{1B}[H\u{1B}[2J\u{1B}[3J") } else { invocation.out("\n") }
    }
}
