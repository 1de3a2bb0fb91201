import WorkshopKit

/// `workshop funding-call`: the rules of a funding call.
enum FundingCallCommand {
    static let command = Command(
        name: "funding-call",
        summary: "Add or replace a funding call: subsidy rate, cap, deadline, third-party limit, funding period.",
        usage: [
            "funding-call WORKSPACE --id ID --name NAME --rate PERCENT [--funder NAME] [--cap EUROS] [--deadline YYYY-MM-DD] [--third-party-limit PERCENT] [--max-years N] [--source TEXT]"
        ],
        discussion: """
            Writes a call to funding.json (a call with the same id is replaced). --rate is the share of \
            the eligible cost it pays; --cap the most one application may total; --deadline the last day \
            (until 24:00); --third-party-limit how much of the own share third-party funds may replace, in \
            percent of it; --max-years the longest funded running time. budget.md checks every application \
            against each of these, shown as met, not met or not checkable.
            """,
        options: [
            .value("id", "ID", "The call's id."),
            .value("name", "NAME", "Its name, e.g. \"Modellprojekte Smart Cities\"."),
            .value("rate", "PERCENT", "Subsidy rate in percent, e.g. 65."),
            .value("funder", "NAME", "Who funds it."),
            .value("cap", "EUROS", "The most one application may total."),
            .value("deadline", "YYYY-MM-DD", "The last day to apply."),
            .value("third-party-limit", "PERCENT", "How much of the own share third-party funds may replace."),
            .value("max-years", "N", "The longest funded running time in years."),
            .value("source", "TEXT", "The paper it comes from."),
        ],
        examples: [
            "workshop funding-call Workshops/my-process --id msc-2021 --name \"Modellprojekte Smart Cities\" --rate 65 --cap 15000000 --deadline 2021-03-14 --third-party-limit 50 --max-years 4"
        ],
        run: { invocation throws(CLIError) in
            let call = FundingCall(
                id: try invocation.identifier("id", as: FundingCallID.self), name: try invocation.required("name"),
                funder: try invocation.text("funder"),
                subsidyRate: try invocation.require("rate") { name throws(CLIError) in try invocation.hundredths(name) },
                capPerApplication: try invocation.money("cap"), deadline: try invocation.day("deadline"),
                thirdPartyReductionLimit: try invocation.hundredths("third-party-limit"),
                maximumYears: try invocation.integer("max-years", range: 1...50), source: try invocation.text("source"))
            try WorkspaceChange.apply(invocation, files: [.funding]) { workspace throws(WorkspaceError) in
                let replaced = workspace.fundingCall(call.id) != nil
                try workspace.setFundingCall(call)
                return "\(replaced ? "replaced" : "added") funding call \(call.id)"
            }
        })
}
