/// A progress bar on standard error for long commands: what is being done, how far, the rate and
/// the time left. Only on a terminal and without `NO_COLOR` (the same condition as colour);
/// nothing when piped. Appears after half a second, so quick commands print nothing; redraws at
/// most ten times a second and clears itself when done.
final class ProgressLine {
    private let console: any Console
    private let enabled: Bool
    private let label: String
    /// Seconds before the bar first appears.
    private let delay: Double
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false

    /// A progress line for `invocation`: drawn when standard error is a terminal and colour is on.
    convenience init(_ label: String, invocation: Invocation) {
        self.init(label, console: invocation.console, enabled: invocation.errorStyle.colour, delay: 0.5)
    }

    init(_ label: String, console: any Console, enabled: Bool, delay: Double) {
        self.console = console
        self.enabled = enabled
        self.label = label
        self.delay = delay
        started = clock.now
    }

    /// Reports `done` of `total` units (bytes); a `total` of 0 means unknown: only `done` is shown.
    func update(_ done: Int, _ total: Int, unit: String = "MB") {
        guard enabled else { return }
        let now = clock.now
        let elapsed = seconds(now - started)
        guard elapsed >= delay else { return }
        if let lastDrawn, seconds(now - lastDrawn) < 0.1 { return }
        lastDrawn = now
        var line = "\r\u{1B}[K\(label) "
        if total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let cells = Int(fraction * 20 * 8)
            let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
            let bar = String(repeating: "█", count: cells / 8) + blocks[cells % 8]
            line += bar + String(repeating: " ", count: max(0, 20 - bar.count)) + " \(Int(fraction * 100))%"
            let rate = Double(done) / elapsed
            if unit == "MB" { line += "  \(Self.oneDecimal(rate / 1_000_000)) MB/s" }
            if rate > 0 { line += "  \(Self.oneDecimal(Double(total - done) / rate)) s left" }
        } else {
            line += "\(done) \(unit)  \(Self.oneDecimal(elapsed)) s"
        }
        console.err(line)
        drawn = true
    }

    /// Clears the line, if it was drawn.
    func finish() {
        if drawn { console.err("\r\u{1B}[K") }
        drawn = false
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
