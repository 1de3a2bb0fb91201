/// A criterion themes, ideas and projects are scored on, with the questions that guide raters.
public struct Criterion: Hashable, Sendable, Identifiable {
    public var id: CriterionID
    public var group: CriterionGroup
    public var name: String
    /// Guiding questions, as the moderator reads them out.
    public var questions: [String]
    /// Relative weight within its group, 0.01…1000; weights need not sum to anything.
    public var weight: Hundredths
    public var scale: Scale
    /// The changes of the weight made once the criterion had ratings, oldest first.
    public var weightChanges: [WeightChange]

    public init(
        id: CriterionID, group: CriterionGroup, name: String, questions: [String] = [], weight: Hundredths = Hundredths(1),
        scale: Scale, weightChanges: [WeightChange] = []
    ) {
        self.id = id
        self.group = group
        self.name = name
        self.questions = questions
        self.weight = weight
        self.scale = scale
        self.weightChanges = weightChanges
    }
}

/// The two groups of criteria: how relevant an idea is, and how much potential there is to realise it.
public enum CriterionGroup: String, Sendable, CaseIterable, JSONEnum {
    case relevance, potential
}

/// A closed range of whole-number scores, optionally with a label for each step.
public struct Scale: Hashable, Sendable {
    public var minimum: Int
    public var maximum: Int
    /// Labels from `minimum` to `maximum` ("sehr gering" … "sehr hoch"); empty or one per step.
    public var labels: [String]

    public init(minimum: Int, maximum: Int, labels: [String] = []) {
        self.minimum = minimum
        self.maximum = maximum
        self.labels = labels
    }

    public func contains(_ score: Int) -> Bool { (minimum...maximum).contains(score) }

    /// `1…5`, as in messages.
    public var rangeDescription: String { "\(minimum)…\(maximum)" }
}
