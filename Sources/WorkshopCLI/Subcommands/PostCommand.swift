import WorkshopKit

/// `workshop post`: a post that carries the implementation, and when it is vacant.
enum PostCommand {
    static let command = Command(
        name: "post",
        summary: "Add or change a post (Stelle): who employs it, its size, when it is vacant.",
        usage: ["post WORKSPACE --id ID [--title TITLE] [--partner PARTNER] [--project PROJECT] [--fte N] [--vacant-from YYYY-MM-DD] [--vacant-until YYYY-MM-DD] [--note TEXT] [--source TEXT]"],
        discussion: """
            Writes a post to posts.json. A new post needs --title; for a post that exists, only the options \
            given change (record that it fell vacant with --vacant-from, that it was filled again with \
            --vacant-until). --fte is its size in full-time equivalents (1 = a full post). index.md lists the \
            posts; 'workshop report' the ones vacant at the end of its period.
            """,
        options: [
            .value("id", "ID", "The post's id."),
            .value("title", "TITLE", "The post, e.g. \"Smart Region Koordination\"."),
            .value("partner", "PARTNER", "The partner that employs it."),
            .value("project", "PROJECT", "The project it works for."),
            .value("fte", "N", "Its size in full-time equivalents, e.g. 0.5."),
            .value("vacant-from", "YYYY-MM-DD", "Since when it is vacant."),
            .value("vacant-until", "YYYY-MM-DD", "The day it was filled again."),
            .value("note", "TEXT", "A note."),
            .value("source", "TEXT", "The paper it comes from."),
        ],
        examples: [
            "workshop post Workshops/coesfeld-12 --id smart-region-koordination --title \"Smart Region Koordination\" --partner kreis-coesfeld --fte 1 --vacant-from 2023-06-01",
            "workshop post Workshops/coesfeld-12 --id smart-region-koordination --vacant-until 2024-02-01",
        ],
        run: { invocation throws(CLIError) in
            let id = try invocation.identifier("id", as: PostID.self)
            let title = try invocation.text("title")
            let partner = try invocation.optionalIdentifier("partner", as: PartnerID.self)
            let project = try invocation.optionalIdentifier("project", as: ProjectID.self)
            let fullTimeEquivalent = try invocation.hundredths("fte", range: 1...10_000)
            let vacantFrom = try invocation.day("vacant-from")
            let vacantUntil = try invocation.day("vacant-until")
            let note = try invocation.text("note")
            let source = try invocation.text("source")
            try WorkspaceChange.apply(invocation, files: [.posts]) { workspace throws(WorkspaceError) in
                let existing = workspace.post(id)
                guard let title = title ?? existing?.title else { throw .refused("post \(id) does not exist yet; give it a --title to add it") }
                var post = existing ?? Post(id: id, title: title)
                post.title = title
                post.partner = partner ?? post.partner
                post.project = project ?? post.project
                post.fullTimeEquivalent = fullTimeEquivalent ?? post.fullTimeEquivalent
                post.vacantFrom = vacantFrom ?? post.vacantFrom
                post.vacantUntil = vacantUntil ?? post.vacantUntil
                post.note = note ?? post.note
                post.source = source ?? post.source
                try workspace.setPost(post)
                return "\(existing == nil ? "added" : "changed") post \(id)"
            }
        })
}
