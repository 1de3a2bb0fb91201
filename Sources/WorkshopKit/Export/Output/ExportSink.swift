/// Where the files of an export set go as they are made: into memory (`ExportSet.render`) or
/// into a folder (`ExportWriter.Session`), one file at a time.
protocol ExportSink {
    associatedtype Failure: Error

    /// A file made whole.
    mutating func put(_ file: ExportFile) throws(Failure)

    /// A large file, written as `render` makes it into the writer it is given.
    /// - Returns: the file's SHA-256, for the manifest.
    mutating func put(_ path: String, rendering render: (inout ByteWriter) -> Void) throws(Failure) -> String
}

/// The files kept in memory.
struct ExportFiles: ExportSink {
    typealias Failure = Never

    var files: [ExportFile] = []

    mutating func put(_ file: ExportFile) {
        files.append(file)
    }

    mutating func put(_ path: String, rendering render: (inout ByteWriter) -> Void) -> String {
        var output = ByteWriter()
        render(&output)
        files.append(ExportFile(path: path, bytes: output.bytes))
        return SHA256.hex(output.bytes)
    }
}
