/// A ballot file read for counting: its ballots as a profile, what it says about itself, and the
/// SHA-256 of its bytes, so a result names exactly the input it counted.
public struct BallotFile: Sendable {
    public var profile: BallotProfile
    public var format: BallotFileFormat
    /// The file's name as the user gave it.
    public var file: String
    /// SHA-256 of the file's bytes, 64 lowercase hexadecimal digits.
    public var sha256: String
    public var byteCount: Int
    /// What the file says about itself, in its order: a pabulib META section, a PrefLib header.
    public var metadata: [Entry]
    /// The projects a pabulib file marks as officially selected (`selected` = 1), in file order;
    /// `nil` when it has no `selected` column.
    public var officialSelection: [Int]?
    /// The support a pabulib file declares per project (its `score` column, else `votes`).
    public var declaredSupport: [Rational?]

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: String
    }

    /// The value of a metadata key, if the file gives it.
    public func metadata(_ key: String) -> String? { metadata.first { $0.key == key }?.value }
}

/// The ballot file formats `workshop count` reads.
public enum BallotFileFormat: String, Sendable, CaseIterable {
    /// pabulib's `.pb`: META, PROJECTS and VOTES sections (pabulib.org).
    case pabulib
    /// PrefLib's `.soc`, `.soi`, `.toc`, `.toi`: `# KEY: value` header lines, then `count: a,b,{c,d}`.
    case preflib
    /// The toolkit's ballot log `ballots.csv`: `vote,ballot,voter,choices,recorded_at`.
    case ballotLog = "ballots-csv"
    /// A plain CSV of ballots in the toolkit's notation: `ballot,choices`.
    case notation = "notation-csv"

    /// The format a file's name suggests (`.pb`, `.soc`/`.soi`/`.toc`/`.toi`, `.csv`), if any.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".pb") {
            self = .pabulib
        } else if [".soc", ".soi", ".toc", ".toi"].contains(where: lowered.hasSuffix) {
            self = .preflib
        } else {
            return nil
        }
    }
}
