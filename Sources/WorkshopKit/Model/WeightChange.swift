/// A change of a criterion's weight made after it had ratings: logged in criteria.json, since
/// it moves every score computed with it.
public struct WeightChange: Hashable, Sendable {
    public var date: Day
    public var from: Hundredths
    public var to: Hundredths
    public var reason: String

    public init(date: Day, from: Hundredths, to: Hundredths, reason: String) {
        self.date = date
        self.from = from
        self.to = to
        self.reason = reason
    }
}
