/// How far the data of a workspace file rest on the sources.
///
/// Every file may say it beside its `"note"`: `"provenance": "illustrative"`. Exports use it
/// to mark what a reader must not take as recorded fact: a file that is not `sources` is
/// named under "Quellen und Annahmen", and each brief, project list and status report says
/// which of its parts come from such files.
public enum Provenance: String, Sendable, CaseIterable, JSONEnum {
    /// Taken from the sources as they are written.
    case sources
    /// Put together from the sources: a mapping they imply, a date made exact, a garbled line read.
    case reconstructed
    /// Made up for the example; the sources do not give it.
    case illustrative
}
