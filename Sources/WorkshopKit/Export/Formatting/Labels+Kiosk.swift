/// What the kiosk says to a voter, in the workspace's language. Each text is an exhaustive
/// switch over the languages, so a missing translation does not compile.
extension Labels {
    /// The amounts a kiosk shows, in the language's style.
    func kioskMoney(_ amount: Money, currency: String) -> String { NumberStyle(language).money(amount, currency: currency) }

    public func kioskHeading(_ title: String) -> String {
        switch language {
        case .german: "Abstimmung: \(title)"
        case .english: "Vote: \(title)"
        }
    }

    /// The prompt for who votes; `nil` when the vote is anonymous.
    public func kioskVoterPrompt(_ mode: VoterMode) -> String? {
        switch (language, mode) {
        case (_, .anonymous): nil
        case (.german, .tokens): "Bitte geben Sie Ihren Code ein (z. B. T-7KQ2M-9XD4P):"
        case (.english, .tokens): "Please type your code (e.g. T-7KQ2M-9XD4P):"
        case (.german, .named): "Bitte geben Sie Ihre Teilnehmer-Kennung ein (z. B. AK-01):"
        case (.english, .named): "Please type your participant id (e.g. AK-01):"
        }
    }

    public func kioskNotACode(_ problem: VoterTokenError) -> String {
        switch (language, problem) {
        case (.german, .check): "Dieser Code stimmt nicht: ein Zeichen ist vertippt. Bitte noch einmal."
        case (.english, .check): "This code is not right: a character is mistyped. Please try again."
        case (.german, .length), (.german, .character): "Das ist kein Code. Ein Code sieht so aus: T-7KQ2M-9XD4P."
        case (.english, .length), (.english, .character): "That is not a code. A code looks like T-7KQ2M-9XD4P."
        }
    }

    /// How to fill in the ballot, for the vote's method.
    public func kioskInstructions(_ method: VotingMethod, currency: String) -> String {
        switch (language, method) {
        case (.german, .dots(let total, let perOption)), (.german, .cumulative(let total, let perOption, _)):
            "Sie haben \(total) Punkte" + (perOption.map { ", höchstens \($0) für eine Option" } ?? "")
                + ". Geben Sie Nummern ein, z. B. „3 3 7“ oder „3:2 7“; „-3“ nimmt die Punkte von 3 zurück."
        case (.english, .dots(let total, let perOption)), (.english, .cumulative(let total, let perOption, _)):
            "You have \(total) points" + (perOption.map { ", at most \($0) for one option" } ?? "")
                + ". Type numbers, e.g. \"3 3 7\" or \"3:2 7\"; \"-3\" takes back the points on 3."
        case (.german, .approval(_, let maximum)):
            "Wählen Sie, was Sie unterstützen" + (maximum.map { " (höchstens \($0))" } ?? "") + ": Nummern, z. B. „3 7“; „-3“ nimmt 3 zurück."
        case (.english, .approval(_, let maximum)):
            "Choose what you support" + (maximum.map { " (at most \($0))" } ?? "") + ": numbers, e.g. \"3 7\"; \"-3\" takes 3 back."
        case (.german, .score(let minimum, let maximum)):
            "Bewerten Sie Optionen von \(minimum) bis \(maximum): z. B. „3:4 7:0“; „-3“ nimmt die Bewertung von 3 zurück."
        case (.english, .score(let minimum, let maximum)):
            "Score options from \(minimum) to \(maximum): e.g. \"3:4 7:0\"; \"-3\" takes the score of 3 back."
        case (.german, .ranked(let length, let ties)):
            "Geben Sie Ihre Rangfolge ein, die beste zuerst: z. B. „3,1,7“" + (ties ? "; „=“ für gleichen Rang: „3,1=7“" : "")
                + (length.map { "; höchstens \($0) Optionen" } ?? "") + ". Eine neue Zeile ersetzt die Rangfolge."
        case (.english, .ranked(let length, let ties)):
            "Type your ranking, best first: e.g. \"3,1,7\"" + (ties ? "; \"=\" for equal rank: \"3,1=7\"" : "")
                + (length.map { "; at most \($0) options" } ?? "") + ". A new line replaces the ranking."
        case (.german, .budget(let limit, _)):
            "Wählen Sie Projekte für zusammen höchstens \(kioskMoney(limit, currency: currency)): Nummern, z. B. „3 7“; „-3“ nimmt 3 zurück."
        case (.english, .budget(let limit, _)):
            "Choose projects costing at most \(kioskMoney(limit, currency: currency)) together: numbers, e.g. \"3 7\"; \"-3\" takes 3 back."
        }
    }

    public var kioskFinishHint: String {
        switch language {
        case .german: "Leere Zeile: fertig. „neu“: von vorn."
        case .english: "Empty line: done. \"new\": start again."
        }
    }

    /// The word that starts a ballot again.
    public var kioskRestartWord: String {
        switch language {
        case .german: "neu"
        case .english: "new"
        }
    }

    public var kioskYourBallot: String {
        switch language {
        case .german: "Ihr Stimmzettel:"
        case .english: "Your ballot:"
        }
    }

    public var kioskEmptyBallot: String {
        switch language {
        case .german: "(leer: Enthaltung)"
        case .english: "(empty: abstention)"
        }
    }

    public func kioskPointsLeft(_ left: Int) -> String {
        switch language {
        case .german: left == 1 ? "Noch 1 Punkt zu vergeben." : "Noch \(left) Punkte zu vergeben."
        case .english: left == 1 ? "1 point left." : "\(left) points left."
        }
    }

    public func kioskBudgetLeft(spent: Money, limit: Money, currency: String) -> String {
        switch language {
        case .german: "Ausgewählt: \(kioskMoney(spent, currency: currency)); übrig: \(kioskMoney(limit - spent, currency: currency))."
        case .english: "Chosen: \(kioskMoney(spent, currency: currency)); left: \(kioskMoney(limit - spent, currency: currency))."
        }
    }

    public var kioskConfirm: String {
        switch language {
        case .german: "Stimmzettel so abgeben? j = ja, n = nein, zurück zum Ausfüllen"
        case .english: "Cast this ballot? y = yes, n = no, back to filling it in"
        }
    }

    /// Whether an answer to `kioskConfirm` says yes (`true`), no (`false`) or neither (`nil`).
    public func kioskAnswer(_ text: String) -> Bool? {
        let answer = text.trimmingSpaces.lowercased()
        switch language {
        case .german: return ["j", "ja"].contains(answer) ? true : ["n", "nein"].contains(answer) ? false : nil
        case .english: return ["y", "yes"].contains(answer) ? true : ["n", "no"].contains(answer) ? false : nil
        }
    }

    public var kioskThanks: String {
        switch language {
        case .german: "Danke! Ihre Stimme ist gespeichert."
        case .english: "Thank you! Your vote is recorded."
        }
    }

    public var kioskNext: String {
        switch language {
        case .german: "Bitte geben Sie das Gerät weiter. Nächste Person: Enter drücken."
        case .english: "Please pass the device on. Next person: press Enter."
        }
    }

    /// Why the log refused a ballot, in the voter's words.
    public func kioskRefusal(_ refusal: BallotRefusal) -> String {
        switch (language, refusal) {
        case (.german, .alreadyVoted(let voter)): "\(voter) hat in dieser Abstimmung schon abgestimmt; jede Person hat einen Stimmzettel."
        case (.english, .alreadyVoted(let voter)): "\(voter) has voted in this vote already; each person has one ballot."
        case (.german, .closed): "Die Abstimmung ist beendet; sie nimmt keine Stimmzettel mehr an."
        case (.english, .closed): "The vote is closed; it takes no more ballots."
        case (.german, .definitionChanged):
            "Die Abstimmung wurde nach dem ersten Stimmzettel in votes.json geändert; bitte wenden Sie sich an die Moderation."
        case (.english, .definitionChanged): "The vote was changed in votes.json after its first ballot; please ask the moderator."
        case (.german, .notAToken(let voter)): "Der Code \(voter) gehört nicht zu dieser Abstimmung."
        case (.english, .notAToken(let voter)): "The code \(voter) does not belong to this vote."
        }
    }

    public func kioskNotRecorded(_ reason: String) -> String {
        switch language {
        case .german: "Nicht gespeichert: \(reason)"
        case .english: "Not recorded: \(reason)"
        }
    }

    public func kioskClosing(_ count: Int) -> String {
        switch language {
        case .german: "Kiosk beendet; \(count) Stimmzettel in dieser Sitzung gespeichert."
        case .english: "Kiosk ended; \(count) ballots recorded in this session."
        }
    }

    /// Why a line was not taken, for the voter.
    public func kioskProblem(_ problem: BallotDraft.Problem, currency: String) -> String {
        switch (language, problem) {
        case (.german, .unknownOption(let word)): "„\(word)“ ist keine Option auf diesem Stimmzettel."
        case (.english, .unknownOption(let word)): "\"\(word)\" is not an option on this ballot."
        case (.german, .unreadable(let word)): "„\(word)“ verstehe ich nicht; schreiben Sie z. B. „3:2“."
        case (.english, .unreadable(let word)): "I cannot read \"\(word)\"; write e.g. \"3:2\"."
        case (.german, .tooManyPoints(let placed, let allowed)): "Das wären \(placed) Punkte; Sie haben \(allowed)."
        case (.english, .tooManyPoints(let placed, let allowed)): "That would be \(placed) points; you have \(allowed)."
        case (.german, .tooManyOnOption(let option, let placed, let allowed)): "\(placed) Punkte für \(option); höchstens \(allowed) für eine Option."
        case (.english, .tooManyOnOption(let option, let placed, let allowed)): "\(placed) points on \(option); at most \(allowed) for one option."
        case (.german, .pointsLeft(let left)): "Bitte vergeben Sie alle Punkte; noch \(left) übrig."
        case (.english, .pointsLeft(let left)): "Please give away every point; \(left) left."
        case (.german, .tooManyApprovals(let marked, let allowed)): "\(marked) ausgewählt; höchstens \(allowed) möglich."
        case (.english, .tooManyApprovals(let marked, let allowed)): "\(marked) chosen; at most \(allowed) allowed."
        case (.german, .tooFewApprovals(let marked, let needed)): "\(marked) ausgewählt; mindestens \(needed) nötig."
        case (.english, .tooFewApprovals(let marked, let needed)): "\(marked) chosen; at least \(needed) needed."
        case (.german, .overBudget(let cost, let limit)):
            "Das kostet zusammen \(kioskMoney(cost, currency: currency)), mehr als \(kioskMoney(limit, currency: currency))."
        case (.english, .overBudget(let cost, let limit)):
            "That costs \(kioskMoney(cost, currency: currency)) together, more than \(kioskMoney(limit, currency: currency))."
        case (.german, .scoreOutOfRange(let option, let score, let minimum, let maximum)): "\(option): \(score) liegt nicht zwischen \(minimum) und \(maximum)."
        case (.english, .scoreOutOfRange(let option, let score, let minimum, let maximum)): "\(option): \(score) is not between \(minimum) and \(maximum)."
        case (.german, .tiesNotAllowed): "Gleiche Ränge („=“) sind in dieser Abstimmung nicht möglich."
        case (.english, .tiesNotAllowed): "Equal ranks (\"=\") are not allowed in this vote."
        case (.german, .rankingTooLong(let ranked, let allowed)): "\(ranked) Optionen gereiht; höchstens \(allowed)."
        case (.english, .rankingTooLong(let ranked, let allowed)): "\(ranked) options ranked; at most \(allowed)."
        case (.german, .repeated(let option)): "\(option) steht zweimal in der Rangfolge."
        case (.english, .repeated(let option)): "\(option) appears twice in the ranking."
        }
    }
}
