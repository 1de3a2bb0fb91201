/// Why a change to a workspace was refused; the message names the value and says what is allowed.
public struct ChangeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    /// "unknown project 'P99'; did you mean 'P9'?; projects: P1, P2, …".
    public static func unknown<ID: Identifier>(_ id: ID, among known: [ID]) -> ChangeError {
        let names = known.sorted().map(\.rawValue)
        return ChangeError(
            "unknown \(ID.noun) '\(id)'\(Suggestion.didYouMean(id.rawValue, among: names)); \(ID.pluralNoun): \(Suggestion.list(names))")
    }
}
