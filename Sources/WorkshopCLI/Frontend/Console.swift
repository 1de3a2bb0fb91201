import Foundation

/// Where the command line writes. The real one is the process's standard streams; tests
/// pass one that records.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
    /// Whether standard output is a terminal (colour and bars only then).
    var outputIsTerminal: Bool { get }
    /// Whether standard error is a terminal.
    var errorIsTerminal: Bool { get }
    /// The next line of standard input without its line end, or `nil` at its end.
    func readLine() -> String?
    /// Whether standard input is a terminal (a person answering, not a script).
    var inputIsTerminal: Bool { get }
}

/// The process's standard output and error.
public final class StandardConsole: Console {
    public init() {}

    public func out(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    public func err(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
    public var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    public var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
    public var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}

/// A console that passes everything bound for a terminal through `TerminalText.sanitised`;
/// output to a file or pipe is left as it is.
final class SafeConsole: Console {
    let base: any Console

    init(_ base: any Console) { self.base = base }

    func out(_ text: String) { base.out(base.outputIsTerminal ? TerminalText.sanitised(text) : text) }
    func err(_ text: String) { base.err(base.errorIsTerminal ? TerminalText.sanitised(text) : text) }
    var outputIsTerminal: Bool { base.outputIsTerminal }
    var errorIsTerminal: Bool { base.errorIsTerminal }
    func readLine() -> String? { base.readLine() }
    var inputIsTerminal: Bool { base.inputIsTerminal }
}
