/// One fact of the area's profile ("Einwohner: 220.712"), with where it comes from.
public struct ProfileFact: Hashable, Sendable {
    /// What the fact is about: "Regierungsbezirk", "Fläche".
    public var label: String
    /// The value as the source writes it: "1.112,04 km²".
    public var value: String
    public var source: String?

    public init(label: String, value: String, source: String? = nil) {
        self.label = label
        self.value = value
        self.source = source
    }
}
