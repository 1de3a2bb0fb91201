import Foundation

/// Reads ideas from what the project office is handed: a folder of filled idea sheets, one
/// sheet, a CSV list, or a platform's proposals export (Decidim CSV or JSON, CONSUL CSV).
///
/// ```swift
/// let drafts = try IdeaImport.read(URL(fileURLWithPath: "sheets"), shownAs: "sheets", language: .german)
/// let ids = try workspace.addIdeas(drafts)
/// ```
public enum IdeaImport {
    /// What a file holds.
    public enum Format: String, Sendable, CaseIterable {
        /// Filled idea sheets (`.md`, `.txt`): one file, or a folder of them.
        case sheets
        /// A CSV list with the columns of `IdeaList`.
        case list
        /// Decidim's proposals export, CSV or JSON.
        case decidim
        /// CONSUL Democracy's proposals export, CSV.
        case consul
    }

    static let sheetExtensions: Set<String> = ["md", "txt"]

    /// Reads every idea from `url`: a folder of sheets, or one file whose kind is `format` or,
    /// without it, told from its extension and (for CSV) its header.
    /// - Parameters:
    ///   - encoding: the encoding of sheets and CSV files (JSON is UTF-8).
    ///   - language: the language origins of platform proposals are written in.
    /// - Throws: `InputFailure` with every problem in every file; nothing is returned then.
    public static func read(
        _ url: URL, shownAs path: String, format: Format? = nil, encoding: TextEncoding = .utf8, language: Language
    ) throws(InputFailure) -> [Located<IdeaDraft>] {
        guard FileSystem.exists(url) else { throw .storage(StorageError(.missing, path: path, reason: "no such file or folder")) }
        if FileSystem.isDirectory(url) {
            if let format, format != .sheets {
                throw .invalid(InvalidInput("is a folder; a folder holds idea sheets, not a \(format.rawValue) export", at: SourceLocation(file: path)))
            }
            return try folder(url, shownAs: path, encoding: encoding)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(url, shownAs: path)
        } catch {
            throw .storage(error)
        }
        let reader = CSVReader(encoding: encoding)
        let ext = url.pathExtension.lowercased()
        do {
            switch format ?? (sheetExtensions.contains(ext) ? .sheets : nil) {
            case .sheets: return [try sheet(bytes, file: path, encoding: encoding)]
            case .list: return try IdeaList.read(bytes, file: path, reader: reader)
            case .decidim:
                return ext == "json"
                    ? try DecidimProposals.read(json: bytes, file: path, language: language)
                    : try DecidimProposals.read(csv: bytes, file: path, reader: reader, language: language)
            case .consul: return try ConsulProposals.read(csv: bytes, file: path, reader: reader, language: language)
            case nil:
                if ext == "json" { return try DecidimProposals.read(json: bytes, file: path, language: language) }
                return try csv(bytes, file: path, reader: reader, language: language)
            }
        } catch {
            throw .invalid(error)
        }
    }

    /// A CSV file of unknown kind: the header tells.
    static func csv(_ bytes: [UInt8], file: String, reader: CSVReader, language: Language) throws(InvalidInput) -> [Located<IdeaDraft>] {
        let header = try FlatRecord.csv(bytes, file: file, reader: reader).header
        let names = Set(header.map { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }).lowercased() })
        if names.isSuperset(of: IdeaList.requiredColumns) { return try IdeaList.read(bytes, file: file, reader: reader) }
        if DecidimProposals.recognises(header) { return try DecidimProposals.read(csv: bytes, file: file, reader: reader, language: language) }
        if ConsulProposals.recognises(header) { return try ConsulProposals.read(csv: bytes, file: file, reader: reader, language: language) }
        throw InvalidInput(
            "cannot tell what this list is from its header (\(header.joined(separator: ", "))); an idea list has the columns "
                + (IdeaList.requiredColumns + IdeaList.optionalColumns).joined(separator: ", ")
                + ", or name the kind with --format list, decidim or consul",
            at: SourceLocation(file: file, line: 1))
    }

    static func sheet(_ bytes: [UInt8], file: String, encoding: TextEncoding) throws(InvalidInput) -> Located<IdeaDraft> {
        let text: String
        do {
            text = try TextDecoder.string(bytes, encoding: encoding)
        } catch {
            throw InvalidInput(error.description, at: SourceLocation(file: file, line: error.line, column: error.column))
        }
        return try IdeaSheet.parse(text, file: file).get()
    }

    /// Every sheet in a folder, in natural file-name order. Files of other kinds are reported,
    /// never skipped in silence; hidden files (`.DS_Store`) are left alone.
    static func folder(_ url: URL, shownAs path: String, encoding: TextEncoding) throws(InputFailure) -> [Located<IdeaDraft>] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") }
                .sorted { NaturalOrder.precedes($0, $1) }
        } catch {
            throw .storage(StorageError(.unreadable, path: path, reason: "cannot be listed (\(FileSystem.reason(error)))"))
        }
        var diagnostics = Diagnostics()
        var drafts: [Located<IdeaDraft>] = []
        for name in names {
            let file = url.appendingPathComponent(name)
            let shown = (path.hasSuffix("/") ? path : path + "/") + name
            guard !FileSystem.isDirectory(file), sheetExtensions.contains(file.pathExtension.lowercased()) else {
                diagnostics.error("not an idea sheet: only .md and .txt files are read from a folder; move it out", at: SourceLocation(file: shown))
                continue
            }
            do {
                drafts.append(try sheet(try FileSystem.read(file, shownAs: shown), file: shown, encoding: encoding))
            } catch let error as InvalidInput {
                diagnostics.append(contentsOf: error.diagnostics)
            } catch let error as StorageError {
                throw .storage(error)
            } catch {
                throw .storage(StorageError(.unreadable, path: shown, reason: "\(error)"))
            }
        }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        if drafts.isEmpty { throw .invalid(InvalidInput("the folder holds no idea sheets (.md or .txt)", at: SourceLocation(file: path))) }
        return drafts
    }
}
