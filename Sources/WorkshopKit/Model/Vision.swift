/// The process's shared vision: where all partners want to be, with its source.
public struct Vision: Hashable, Sendable {
    /// The vision in a sentence or two.
    public var statement: String
    /// A short motto, if the process has one ("Gemeinsam die digitale Zukunft gestalten").
    public var motto: String?
    public var source: String?

    public init(statement: String, motto: String? = nil, source: String? = nil) {
        self.statement = statement
        self.motto = motto
        self.source = source
    }
}
