/// The changes the project office makes over the strategy cycle, each one call on the
/// workspace value: status entries, milestones, decisions, posts, roles, the vision.
///
/// Each checks what it can see (known project, unique id) and leaves the workspace as it was
/// when it throws. Called inside `WorkspaceStore.change`, which checks the changed files and
/// the references into them again before anything is written.
extension Workspace {
    /// Records a dated status entry for a project; entries stay in the order recorded.
    /// - Throws: `WorkspaceError.refused` for an unknown project or an empty note.
    public mutating func recordStatus(_ entry: StatusEntry) throws(WorkspaceError) {
        try requireProject(entry.project)
        try requireText(entry.note, "the note")
        status.append(entry)
    }

    /// Adds a milestone.
    /// - Throws: `WorkspaceError.refused` when its id is taken or its project is unknown.
    public mutating func addMilestone(_ milestone: Milestone) throws(WorkspaceError) {
        if self.milestone(milestone.id) != nil { throw .refused("milestone \(milestone.id) exists already; choose another id") }
        if let project = milestone.project { try requireProject(project) }
        try requireText(milestone.title, "the title")
        milestones.append(milestone)
    }

    /// Marks a milestone done on `day`.
    /// - Throws: `WorkspaceError.refused` for an unknown milestone or one done already.
    public mutating func completeMilestone(_ id: MilestoneID, on day: Day) throws(WorkspaceError) {
        guard let index = milestones.firstIndex(where: { $0.id == id }) else {
            throw .unknown(id, among: milestones.map(\.id))
        }
        if let done = milestones[index].done { throw .refused("milestone \(id) was done on \(done) already") }
        milestones[index].done = day
    }

    /// Records a decision of a body.
    /// - Throws: `WorkspaceError.refused` when its id is taken.
    public mutating func addDecision(_ decision: Decision) throws(WorkspaceError) {
        if decisions.contains(where: { $0.id == decision.id }) {
            throw .refused("decision \(decision.id) exists already; choose another id")
        }
        try requireText(decision.body, "the body")
        try requireText(decision.subject, "the subject")
        decisions.append(decision)
    }

    /// Adds a post, or replaces the post with the same id (to record that it fell vacant or was filled).
    /// - Throws: `WorkspaceError.refused` for an unknown partner or project.
    public mutating func setPost(_ post: Post) throws(WorkspaceError) {
        if let partner = post.partner, self.partner(partner) == nil { throw .unknown(partner, among: process.partners.map(\.id)) }
        if let project = post.project { try requireProject(project) }
        try requireText(post.title, "the title")
        if let until = post.vacantUntil {
            guard let from = post.vacantFrom else { throw .refused("post \(post.id): give --vacant-from before --vacant-until") }
            if until < from { throw .refused("post \(post.id) would be filled (\(until)) before it falls vacant (\(from))") }
        }
        if let index = posts.firstIndex(where: { $0.id == post.id }) {
            posts[index] = post
        } else {
            posts.append(post)
        }
    }

    /// Adds a stakeholder role, or replaces the role with the same id.
    public mutating func setRole(_ role: Role) throws(WorkspaceError) {
        try requireText(role.name, "the name")
        if let index = process.roles.firstIndex(where: { $0.id == role.id }) {
            process.roles[index] = role
        } else {
            process.roles.append(role)
        }
    }

    /// Sets the process's vision.
    public mutating func setVision(_ vision: Vision) throws(WorkspaceError) {
        try requireText(vision.statement, "the statement")
        process.vision = vision
    }

    /// Sets the guiding image ("Leitbild") of a theme.
    /// - Throws: `WorkspaceError.refused` for an unknown theme.
    public mutating func setGuidingImage(_ text: String, for theme: ThemeID) throws(WorkspaceError) {
        guard let index = process.themes.firstIndex(where: { $0.id == theme }) else {
            throw .unknown(theme, among: process.themes.map(\.id))
        }
        try requireText(text, "the guiding image")
        process.themes[index].guidingImage = text
    }

    // MARK: Checks

    func requireProject(_ id: ProjectID) throws(WorkspaceError) {
        if project(id) == nil { throw .unknown(id, among: projects.map(\.id)) }
    }

    func requireText(_ text: String, _ what: String) throws(WorkspaceError) {
        if text.allSatisfy(\.isWhitespace) { throw .refused("\(what) is empty; write some text") }
    }
}

/// Where the data come from: a file's note and provenance, and the documents the process draws on.
extension Workspace {
    /// Sets what a file says about where its data come from. For the logs (`ratings.csv`,
    /// `ballots.csv`), which have no place for it, process.json keeps it.
    /// - Parameters:
    ///   - provenance: how far the file rests on the sources; `nil` leaves it as it is.
    ///   - note: the note; `nil` leaves it as it is, an empty text removes it.
    public mutating func describe(_ file: WorkspaceFile, provenance: Provenance?, note: String?) {
        if let provenance { self.provenance[file] = provenance }
        if let note { notes[file] = note.allSatisfy(\.isWhitespace) ? nil : note }
    }

    /// Adds a source document ("Sachstandsbericht 2023, SV-10-0968") unless it is listed already.
    public mutating func addSource(_ label: String) throws(WorkspaceError) {
        try requireText(label, "the source")
        if !process.sources.contains(label) { process.sources.append(label) }
    }
}

extension WorkspaceFile {
    /// The file that stores this file's note and provenance: itself, or process.json for the logs.
    public var describedIn: WorkspaceFile { isLog ? .process : self }
}
