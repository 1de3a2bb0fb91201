import WorkshopKit

/// `workshop application`: a bundle of projects applied for under a funding call.
enum ApplicationCommand {
    static let command = Command(
        name: "application",
        summary: "Add or replace a funding application: bundled projects, third-party funds, own share split; record its submission.",
        usage: [
            "application WORKSPACE --id ID --call CALL --title TITLE --item PROJECT=TITLE ... [--third-party EUROS] [--submitted YYYY-MM-DD] [--split equal|inhabitants|fixed --share PARTNER[=N] ...] [--source TEXT]",
            "application WORKSPACE --submit ID [--date YYYY-MM-DD]",
        ],
        discussion: """
            Writes an application to funding.json (one with the same id is replaced): the call it answers, \
            the projects it bundles, each under the title the application gives it (--item P14="Raum für \
            smarte Arbeit", in the application's order), third-party funds that reduce the own share, and the \
            day it was submitted. --split states how the partners carry the own share: equal (--share \
            PARTNER for each), inhabitants (--share PARTNER=INHABITANTS) or fixed (--share PARTNER=PERCENT, \
            adding up to 100); budget.md then shows each partner's part, exact to the cent, the cents left over \
            by rounding going to the largest remainders. --submit records the submission day (default today), \
            so the deadline can be checked.
            """,
        options: [
            .value("id", "ID", "The application's id."),
            .value("call", "CALL", "The funding call it answers."),
            .value("title", "TITLE", "Its title."),
            .repeated("item", "PROJECT=TITLE", "A bundled project and its title in the application; repeatable, in order."),
            .value("third-party", "EUROS", "Third-party funds that reduce the own share."),
            .value("submitted", "YYYY-MM-DD", "The day it was handed in."),
            .value("split", "RULE", "How the own share is split: equal, inhabitants or fixed."),
            .repeated("share", "PARTNER[=N]", "A partner carrying the own share, with its inhabitants or percent; repeatable."),
            .value("source", "TEXT", "The paper it comes from."),
            .value("submit", "ID", "Record that this application was submitted."),
            .value("date", "YYYY-MM-DD", "With --submit: the day (default today)."),
        ],
        examples: [
            "workshop application Workshops/my-process --id raum-fuer-zukunft --call msc-2021 --title \"Raum für Zukunft\" --item P14=\"Raum für smarte Arbeit\" --item P22=\"Raum für nachhaltige Mobilität\" --split equal --share kreis --share ahaus",
            "workshop application Workshops/coesfeld-12 --submit raum-fuer-zukunft --date 2021-03-14",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        if invocation.arguments.has("submit") {
            let id = try invocation.identifier("submit", as: ApplicationID.self)
            let day = try invocation.dayOrToday()
            return try WorkspaceChange.apply(invocation, files: [.funding]) { workspace throws(WorkspaceError) in
                try workspace.submitApplication(id, on: day)
                return "application \(id) submitted on \(day)"
            }
        }
        var items: [FundingApplication.Item] = []
        for text in invocation.arguments.all("item") {
            let (project, title) = try pair(text, option: "item", invocation)
            guard let title, !title.allSatisfy(\.isWhitespace) else {
                throw .usage("--item '\(text)' must be PROJECT=TITLE, e.g. P14=\"Raum für smarte Arbeit\"", command: "application")
            }
            items.append(FundingApplication.Item(project: ProjectID(project), title: title))
        }
        if items.isEmpty { throw .usage("name the bundled projects with --item PROJECT=TITLE", command: "application") }
        let application = FundingApplication(
            id: try invocation.identifier("id", as: ApplicationID.self), call: try invocation.identifier("call", as: FundingCallID.self),
            title: try invocation.required("title"), items: items, thirdPartyFunds: try invocation.money("third-party"),
            submitted: try invocation.day("submitted"), ownShareSplit: try split(invocation), source: try invocation.text("source"))
        try WorkspaceChange.apply(invocation, files: [.funding]) { workspace throws(WorkspaceError) in
            let replaced = workspace.application(application.id) != nil
            try workspace.setApplication(application)
            return "\(replaced ? "replaced" : "added") application \(application.id) bundling \(items.map(\.project.rawValue).joined(separator: ", "))"
        }
    }

    /// `--split RULE` with its `--share` options.
    static func split(_ invocation: Invocation) throws(CLIError) -> OwnShareSplit? {
        let shares = invocation.arguments.all("share")
        guard let rule = try invocation.choice("split", as: OwnShareSplit.Rule.self) else {
            if !shares.isEmpty { throw .usage("--share needs --split equal|inhabitants|fixed", command: "application") }
            return nil
        }
        if shares.isEmpty { throw .usage("--split \(rule.rawValue) needs the partners: --share PARTNER[=N] for each", command: "application") }
        var weights: [OwnShareSplit.PartnerWeight] = []
        for text in shares {
            let (partner, number) = try pair(text, option: "share", invocation)
            let id = PartnerID(partner)
            switch rule {
            case .equal:
                if number != nil { throw .usage("--share '\(text)': with --split equal give the partner only", command: "application") }
                weights.append(.init(partner: id, weight: 1))
            case .inhabitants:
                guard let number, let inhabitants = Int(number), (1...1_000_000_000).contains(inhabitants) else {
                    throw .usage("--share '\(text)' must be PARTNER=INHABITANTS, e.g. coesfeld=36000", command: "application")
                }
                weights.append(.init(partner: id, weight: inhabitants))
            case .fixed:
                guard let number, let percent = Hundredths(number), (1...10_000).contains(percent.value) else {
                    throw .usage("--share '\(text)' must be PARTNER=PERCENT, e.g. kreis=50", command: "application")
                }
                weights.append(.init(partner: id, weight: percent.value))
            }
        }
        switch rule {
        case .equal: return .equal(weights.map(\.partner))
        case .inhabitants: return .inhabitants(weights)
        case .fixed: return .fixed(weights)
        }
    }

    /// `ID=VALUE` or `ID`, with a checked id.
    static func pair(_ text: String, option: String, _ invocation: Invocation) throws(CLIError) -> (String, String?) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if let problem = ProjectID.problem(with: parts[0]) {
            throw .usage("--\(option) '\(text)': \(problem.replacingOccurrences(of: "project ", with: ""))", command: invocation.command.name)
        }
        return (parts[0], parts.count == 2 ? parts[1] : nil)
    }
}
