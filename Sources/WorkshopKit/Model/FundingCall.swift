/// A funding call: the rules an application must meet.
///
/// "Modellprojekte Smart Cities" (BMI, 2021): 65 % of eligible cost, 35 % own share, at most
/// 15 Mio € per application, own share reducible by up to 50 % through third-party funds.
public struct FundingCall: Hashable, Sendable, Identifiable {
    public var id: FundingCallID
    public var name: String
    public var funder: String?
    /// Share of the eligible cost the call pays, in percent.
    public var subsidyRate: Hundredths
    /// The most one application may ask for in total eligible cost, if capped.
    public var capPerApplication: Money?
    /// The last day applications are accepted (until 24:00 that day).
    public var deadline: Day?
    /// How much of the own share third-party funds may replace, in percent of the own share.
    public var thirdPartyReductionLimit: Hundredths?
    /// The longest running time of a funded project, in years.
    public var maximumYears: Int?
    public var source: String?

    public init(
        id: FundingCallID, name: String, funder: String? = nil, subsidyRate: Hundredths, capPerApplication: Money? = nil,
        deadline: Day? = nil, thirdPartyReductionLimit: Hundredths? = nil, maximumYears: Int? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.name = name
        self.funder = funder
        self.subsidyRate = subsidyRate
        self.capPerApplication = capPerApplication
        self.deadline = deadline
        self.thirdPartyReductionLimit = thirdPartyReductionLimit
        self.maximumYears = maximumYears
        self.source = source
    }

    /// The own share rate: 100 % minus the subsidy rate.
    public var ownShareRate: Hundredths { Hundredths(hundredths: 10_000 - subsidyRate.value) }
}

/// An application to a funding call: a bundle of projects, each under the title the application gives it.
public struct FundingApplication: Hashable, Sendable, Identifiable {
    public var id: ApplicationID
    public var call: FundingCallID
    public var title: String
    public var items: [Item]
    /// Funds from third parties that reduce the own share, if any.
    public var thirdPartyFunds: Money?
    /// The day the application was handed in, if it was.
    public var submitted: Day?
    /// How the own share is split between the partners, if stated.
    public var ownShareSplit: OwnShareSplit?
    public var source: String?

    /// A project as it appears in the application ("Raum für smarte Arbeit" for P14).
    public struct Item: Hashable, Sendable {
        public var project: ProjectID
        public var title: String
        public var summary: String?

        public init(project: ProjectID, title: String, summary: String? = nil) {
            self.project = project
            self.title = title
            self.summary = summary
        }
    }

    public init(
        id: ApplicationID, call: FundingCallID, title: String, items: [Item], thirdPartyFunds: Money? = nil,
        submitted: Day? = nil, ownShareSplit: OwnShareSplit? = nil, source: String? = nil
    ) {
        self.id = id
        self.call = call
        self.title = title
        self.items = items
        self.thirdPartyFunds = thirdPartyFunds
        self.submitted = submitted
        self.ownShareSplit = ownShareSplit
        self.source = source
    }
}
