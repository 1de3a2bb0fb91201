import WorkshopKit

/// Reading an import file named by `--from`, in the encoding named by `--encoding`.
enum ImportFile {
    static let options: [OptionSpec] = [
        .value("from", "FILE", "Import every row of a CSV file instead (all or nothing)."),
        .value("encoding", "NAME", "The file's encoding: utf-8 (default), windows-1252 (older Excel), iso-8859-1."),
    ]

    /// The file named by `--from` (or the option given), with a CSV reader in its encoding;
    /// `nil` when the option is not given.
    static func read(
        _ invocation: Invocation, option: String = "from"
    ) throws(CLIError) -> (bytes: [UInt8], path: String, reader: CSVReader, encoding: TextEncoding)? {
        guard let path = invocation.arguments.value(option) else { return nil }
        var encoding = TextEncoding.utf8
        if let name = invocation.arguments.value("encoding") {
            guard let parsed = TextEncoding(name: name) else {
                throw .usage("--encoding '\(name)' is not known; use \(TextEncoding.names)", command: invocation.command.name)
            }
            encoding = parsed
        }
        do {
            let bytes = try FileSystem.read(invocation.url(path), shownAs: path)
            return (bytes, path, CSVReader(encoding: encoding), encoding)
        } catch {
            throw .storage(error)
        }
    }
}
