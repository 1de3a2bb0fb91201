import Testing

@testable import WorkshopCLI

/// The progress bar long commands draw on standard error.
@Suite("Progress line")
struct ProgressLineTests {
    @Test("draws bar, percentage and rate on a terminal, and clears itself when done")
    func draws() {
        let console = RecordingConsole(terminal: true)
        let progress = ProgressLine("reading x.pb", console: console, enabled: true, delay: 0)
        progress.update(500_000, 1_000_000)
        #expect(console.errors.hasPrefix("\r\u{1B}[Kreading x.pb ██████████"))
        #expect(console.errors.contains(" 50%"))
        #expect(console.errors.contains("MB/s"))
        progress.finish()
        #expect(console.errors.hasSuffix("\r\u{1B}[K"))
        #expect(console.output.isEmpty)
    }

    @Test("counts steps when the total is unknown")
    func steps() {
        let console = RecordingConsole(terminal: true)
        let progress = ProgressLine("counting", console: console, enabled: true, delay: 0)
        progress.update(12, 0, unit: "steps")
        #expect(console.errors.contains("counting 12 steps"))
    }

    @Test("draws nothing when disabled (piped, NO_COLOR), nor before its delay")
    func silent() {
        let console = RecordingConsole(terminal: true)
        ProgressLine("reading", console: console, enabled: false, delay: 0).update(1, 2)
        let late = ProgressLine("reading", console: console, enabled: true, delay: 60)
        late.update(1, 2)
        late.finish()
        #expect(console.errors.isEmpty)
    }
}
