/// What the first lines of a log file say it is.
enum LogHeader: Equatable {
    /// No bytes yet: the header is written with the first batch.
    case empty
    /// Format 2; records start at byte `recordsStart` (line 3).
    case current(recordsStart: Int)
    /// Format 1 (a CSV header of known columns, no version line, no chain): read-only commands
    /// read it, appends refuse it and name `workshop upgrade`.
    case legacy
    /// Not a log this version can read or append to: why, and what to do.
    case foreign(String)

    /// Reads the first lines of `source`.
    static func identify(_ kind: LogKind, _ source: LogSource) -> LogHeader {
        guard source.length > 0 else { return .empty }
        let start = source.read(0..<min(source.length, 8192))
        let lines = start.split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false)
        let first = lines[0]
        let firstText = String(decoding: first, as: UTF8.self)
        let columns = kind.columns.joined(separator: ",")
        let restore = "restore the file from a backup or version control (git checkout -- \(kind.file.rawValue)); a log is only ever appended to by workshop"
        if start.starts(with: [0xEF, 0xBB, 0xBF]) {
            return .foreign("starts with a byte order mark, so a spreadsheet or editor re-saved it; \(restore)")
        }
        if first.last == 0x0D {
            return .foreign("has CRLF line ends, so a spreadsheet or editor re-saved it (a log ends its lines with LF only); \(restore)")
        }
        if firstText == kind.title {
            guard lines.count > 1, lines.count > 2 || start.count < 8192 else {
                return .foreign("has no column header after '\(kind.title)'; the second line must be \(columns); \(restore)")
            }
            let second = String(decoding: lines[1], as: UTF8.self)
            guard second == columns else {
                let found = second.split(separator: second.contains(";") ? ";" : ",", omittingEmptySubsequences: false).map(String.init)
                let what: String
                if second.contains(";") && !second.contains(",") {
                    what = "its column header is separated by ';' (a spreadsheet re-saved it)"
                } else if Set(found) == Set(kind.columns) {
                    what = "its columns are in another order (\(second)); format 2 keeps them in a fixed order"
                } else {
                    what = "its column header is '\(second)'"
                }
                return .foreign("\(what); the header of format \(LogKind.version) is \(columns); \(restore)")
            }
            guard lines.count > 2 || source.length == start.count else {
                return .foreign("its header lines are longer than a log's; \(restore)")
            }
            return .current(recordsStart: lines[0].count + lines[1].count + 2)
        }
        if firstText.hasPrefix("# workshop ") {
            if let other = LogKind.allCases.first(where: { firstText == $0.title }) {
                return .foreign("holds the \(other.rawValue) log ('\(firstText)'), not the \(kind.rawValue) log; the files were swapped or copied over")
            }
            return .foreign("is '\(firstText)', a format this version of workshop does not know (it writes format \(LogKind.version)); use the version that wrote it")
        }
        if firstText.contains(";") && !firstText.contains(",") {
            return .foreign("is separated by ';', not ',': a spreadsheet re-saved it (German Excel does this); \(restore)")
        }
        let names = firstText.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        let legacy = kind.legacyColumns
        if Set(legacy.required).isSubset(of: names), Set(names).isSubset(of: legacy.required + legacy.optional) {
            return .legacy
        }
        return .foreign("does not start with '\(kind.title)' (or the header of format 1, \((legacy.required + legacy.optional).joined(separator: ","))); \(restore)")
    }
}
