import WorkshopKit

/// `workshop tokens`: issue one-time voter codes for a token vote.
enum TokensCommand {
    static let command = Command(
        name: "tokens",
        summary: "Issue one-time voter codes for a token vote, as a printable list.",
        usage: ["tokens WORKSPACE --vote ID --count N [--format text|md|csv]"],
        discussion: """
            Draws N new codes such as T-7KQ2M-9XD4P from the system's random source (45 random bits each, an \
            alphabet without I, L, O and U, a check character so a mistyped code is caught), appends them to \
            tokens/<vote>.txt (hashed as sha256:… when the list already holds hashes) and prints them: one a \
            line (text), a table to print and cut into cards (md), or a CSV for a mail merge (csv). A code is \
            never issued twice; a code is spent by its ballot: the ballot log takes one ballot per code. Keep \
            the printed list away from the ballot log: whoever holds both can match codes to voters.
            """,
        options: [
            .value("vote", "ID", "A vote with \"voters\": \"tokens\"."),
            .value("count", "N", "How many codes to issue."),
            .value("format", "text|md|csv", "How to print them (default text)."),
        ],
        examples: [
            "workshop tokens Workshops/my-process --vote rangfolge --count 40 --format md > codes.md",
            "workshop tokens Workshops/my-process --vote rangfolge --count 200 --format csv > serienbrief.csv",
        ],
        run: run)

    enum Format: String, CaseIterable {
        case text, md, csv
    }

    static func run(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let vote = try invocation.identifier("vote", as: VoteID.self)
        let count = try invocation.require("count") { name throws(CLIError) in try invocation.integer(name, range: 1...100_000) }
        let format = try invocation.choice("format", as: Format.self) ?? .text
        var random = SystemRandomNumberGenerator()
        let tokens = try invocation.transaction { () throws(WorkspaceError) in try store.issueTokens(for: vote, count: count, using: &random) }
        switch format {
        case .text: invocation.out(tokens.map { $0.rawValue + "\n" }.joined())
        case .md:
            var text = "# \(vote)\n\n| # | Code |\n|---:|---|\n"
            for (number, token) in tokens.enumerated() { text += "| \(number + 1) | `\(token)` |\n" }
            invocation.out(text)
        case .csv:
            let rows = tokens.enumerated().map { [CSVCell.text(vote.rawValue), .integer($0.offset + 1), .text($0.element.rawValue)] }
            invocation.out(CSVWriter(profile: .standard, lineEnding: "\n").document(header: ["vote", "number", "token"], rows: rows))
        }
        invocation.console.err("issued \(tokens.count) codes for \(vote) in \(store.path(TokenList.path(for: vote)))\n")
    }
}
