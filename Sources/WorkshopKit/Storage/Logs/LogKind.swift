/// The two append-only logs of a workspace and their format (version 2).
///
/// ```
/// # workshop ratings log, format 2
/// seq,rater,item,criterion,score,channel,comment,recorded_at,chain
/// 1,AK-01,I-VW-01,wachstum,3,import,,2020-08-18T09:01:00+02:00,9f2c…
/// ```
///
/// The first line names the log and its format version, the second is the column header.
/// Every record is one line (LF), numbered by `seq` from 1. Records are written in batches
/// (one ballot, or a whole import); only a batch's last record carries `chain`: the SHA-256
/// of the previous batch's chain value (64 hex digits; for the first batch, the SHA-256 of the
/// two header lines) followed by the batch's bytes up to and including the comma before the
/// chain value. Records after the last chain value were never committed and are not counted.
public enum LogKind: String, Sendable, CaseIterable {
    case ratings
    case ballots

    /// The log's format version; the first line names it.
    public static let version = 2

    /// The file that holds the log.
    public var file: WorkspaceFile { self == .ratings ? .ratings : .ballots }

    /// The first line, without its line end.
    public var title: String { "# workshop \(rawValue) log, format \(Self.version)" }

    /// The columns of the second line, in their fixed order; `chain` is always last.
    public var columns: [String] {
        switch self {
        case .ratings: ["seq", "rater", "item", "criterion", "score", "channel", "comment", "recorded_at", "chain"]
        case .ballots: ["seq", "kind", "vote", "ballot", "voter", "content", "note", "recorded_at", "chain"]
        }
    }

    /// Both header lines with their line ends: what a new log starts with.
    public var header: [UInt8] { Array((title + "\n" + columns.joined(separator: ",") + "\n").utf8) }

    /// The chain value before the first batch: the SHA-256 of the two header lines.
    public var genesisChain: [UInt8] { Array(SHA256.hex(header).utf8) }

    /// The columns of format 1 (no version line, no chain), which read-only commands still read
    /// and `workshop upgrade` rewrites.
    var legacyColumns: (required: [String], optional: [String]) {
        switch self {
        case .ratings: (["rater", "item", "criterion", "score"], ["recorded_at"])
        case .ballots: (["vote", "ballot", "choices"], ["voter", "recorded_at"])
        }
    }
}
