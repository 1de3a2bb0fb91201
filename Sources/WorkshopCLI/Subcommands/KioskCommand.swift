import Foundation
import WorkshopKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `workshop kiosk`: a terminal session for a laptop passed round the room, one voter at a time.
enum KioskCommand {
    static let command = Command(
        name: "kiosk",
        summary: "Take ballots one voter at a time on a laptop passed round the room.",
        usage: ["kiosk WORKSPACE --vote ID"],
        discussion: """
            Shows the vote's options, numbered, and takes one voter's ballot: first their code (token votes) \
            or participant id (named votes), then the ballot as the method asks (dots: option numbers with \
            counts, showing the dots left; approval and budget: the options chosen, showing the budget left; \
            score: option:score; ranked: an order such as 3,1=7). Every line is checked against the vote's \
            limits as it is typed; a line that breaks them is refused with the reason. The voter confirms; the \
            ballot is recorded like workshop vote records it (flushed to disk before the thanks are shown), \
            the screen and its scrollback are cleared, and the kiosk waits for the next voter. It speaks the \
            workspace's language. Ctrl-C or Ctrl-D between voters ends the session; Ctrl-C while a ballot is \
            written waits until it is on disk. When standard input is not a terminal, it reads one answer per \
            line, so a session can be scripted.
            """,
        options: [.value("vote", "ID", "The vote, as defined in votes.json.")],
        examples: [
            "workshop kiosk Workshops/my-process --vote punkte",
            "printf '3:2 7 9:2\\n\\nj\\n' | workshop kiosk Workshops/my-process --vote punkte   # a scripted session",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let workspace = try invocation.loadWorkspace(store, files: [.process, .votes, .workshops, .ideas, .projects, .budget])
        let vote = try VoteCommand.vote(invocation, workspace.votes)
        let interactive = isatty(STDIN_FILENO) == 1 && invocation.console.outputIsTerminal
        var kiosk = KioskSession(invocation: invocation, store: store, workspace: workspace, vote: vote, interactive: interactive)
        if interactive {
            invocation.screen("\u{1B}[?1049h")
            installInterruptHandler()
        }
        kiosk.serve()
        if interactive { invocation.screen("\u{1B}[?1049l") }
        invocation.console.err(kiosk.labels.kioskClosing(kiosk.recorded) + "\n")
    }

    /// Ctrl-C between voters: leave the alternate screen and end. While a ballot is written the
    /// log blocks the signal, so it arrives only once the ballot is on disk.
    private static func installInterruptHandler() {
        signal(SIGINT) { _ in
            let leave: StaticString = "\u{1B}[?1049l\n"
            leave.withUTF8Buffer { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            _exit(0)
        }
    }
}
