import Foundation
import Testing
import WorkshopCLI

@Suite("Criteria and themes as commands")
struct CriterionThemeTests {
    let w = "Workshops/coesfeld-12"

    @Test("A new criterion with scale, labels and questions; it is asked last in a session")
    func addCriterion() throws {
        let sandbox = try Sandbox()
        let added = sandbox.run(
            "criterion", w, "--id", "tourismus", "--name", "Bedeutung für den Tourismus", "--group", "relevance", "--weight", "0.5",
            "--scale", "1-3", "--label", "1=gering", "--label", "2=mittel", "--label", "3=hoch", "--question", "Wie wichtig ist der Tourismus?")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output == "added criterion tourismus (\(w)/criteria.json)\n")
        let json = try sandbox.read("\(w)/criteria.json")
        #expect(json.contains("\"id\": \"tourismus\""))
        #expect(json.contains("\"labels\": [\n          \"gering\",\n          \"mittel\",\n          \"hoch\"\n        ],\n        \"maximum\": 3,"))
        #expect(sandbox.run("check", w).status == 0)
        // Catalogue order: the new criterion is the 13th.
        let session = sandbox.run(arguments: ["rate", w, "--rater", "AK-01", "--interactive", "--item", "P1"], input: Array(repeating: "3", count: 12) + ["q"])
        #expect(session.output.contains("Kriterium 13 von 13 · Relevanz · Bedeutung für den Tourismus\n  Wie wichtig ist der Tourismus?\n  1 = gering, 2 = mittel, 3 = hoch\n"))
        for (arguments, message) in [
            (["--id", "neu", "--name", "Neu"], "criterion neu is new: give --name and --group"),
            (["--id", "neu", "--name", "Neu", "--group", "relevance", "--scale", "1-3", "--label", "1=a"], "needs a label for each of its steps"),
            (["--id", "neu", "--name", "Neu", "--group", "wichtig"], "--group 'wichtig' is not known; use relevance, potential"),
            (["--id", "neu", "--name", "Neu", "--group", "relevance", "--scale", "5-1"], "--scale '5-1' must be MIN-MAX"),
        ] {
            let outcome = sandbox.run(arguments: ["criterion", w] + arguments)
            #expect(outcome.status != 0)
            #expect(outcome.errors.contains(message), "\(outcome.errors)")
        }
    }

    @Test("A weight changed after ratings exist is logged with date, old and new weight and reason, and shown in index.md")
    func weightChange() throws {
        let sandbox = try Sandbox()
        let snapshot = try sandbox.snapshot(w)
        let noReason = sandbox.run("criterion", w, "--id", "wachstum", "--weight", "2")
        #expect(noReason.status == 65)
        #expect(noReason.errors.contains("criterion wachstum has 198 ratings: a new weight changes every score computed with it, so it is logged; give --reason"))
        #expect(try sandbox.snapshot(w) == snapshot)
        let changed = sandbox.run("criterion", w, "--id", "wachstum", "--weight", "2", "--reason", "AG-Beschluss vom 25.08.2020", "--date", "2020-08-25")
        #expect(changed.output == "changed criterion wachstum: weight 1.5 → 2 (logged) (\(w)/criteria.json)\n")
        let json = try sandbox.read("\(w)/criteria.json")
        #expect(json.contains("\"weight\": 2,\n      \"weightChanges\": [\n        {\n          \"date\": \"2020-08-25\",\n          \"from\": 1.5,\n          \"reason\": \"AG-Beschluss vom 25.08.2020\",\n          \"to\": 2\n        }\n      ]"))
        #expect(sandbox.run("export", w, "--out", "out").status == 0)
        let index = try sandbox.read("out/index.md")
        #expect(index.contains("### Gewichtsänderungen nach Beginn der Bewertung\n\n- 25.08.2020: Wachstumspotenzial 1,5 → 2 – AG-Beschluss vom 25.08.2020\n"))
        // A criterion without ratings changes weight without a log.
        #expect(sandbox.run("criterion", w, "--id", "neu", "--name", "Neu", "--group", "potential").status == 0)
        #expect(sandbox.run("criterion", w, "--id", "neu", "--weight", "3").output.contains("weight 3"))
    }

    @Test("A scale or group change is refused once the criterion has ratings, with their number and what to do")
    func scaleRefused() throws {
        let sandbox = try Sandbox()
        let snapshot = try sandbox.snapshot(w)
        let scale = sandbox.run("criterion", w, "--id", "netzwerke", "--scale", "0-10")
        #expect(scale.status == 65)
        #expect(scale.errors.contains("criterion netzwerke has 198 ratings on the scale 1…5; they cannot be counted on 0…10. Add a new criterion with that scale (e.g. --id netzwerke-neu) and stop rating this one"))
        let group = sandbox.run("criterion", w, "--id", "netzwerke", "--group", "relevance")
        #expect(group.status == 65)
        #expect(group.errors.contains("criterion netzwerke has 198 ratings in potential"))
        #expect(try sandbox.snapshot(w) == snapshot)
        // Labels may be reworded.
        let labels = sandbox.run("criterion", w, "--id", "netzwerke", "--label", "1=keine", "--label", "2=wenige", "--label", "3=einige", "--label", "4=viele", "--label", "5=sehr viele")
        #expect(labels.status == 0, "\(labels.errors)")
    }

    @Test("A theme added with its guiding image; an id an idea or project has is refused")
    func theme() throws {
        let sandbox = try Sandbox()
        let added = sandbox.run("theme", w, "--id", "tourismus", "--name", "Tourismus", "--guiding-image", "Gäste finden alle Angebote digital.")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output == "added theme tourismus (\(w)/process.json)\n")
        #expect(sandbox.run("theme", w, "--id", "tourismus", "--guiding-image", "Neu.").output == "changed theme tourismus (\(w)/process.json)\n")
        let taken = sandbox.run("theme", w, "--id", "P1", "--name", "X")
        #expect(taken.status == 65)
        #expect(taken.errors.contains("'P1' is the id of an idea or project"))
        // Rated like an idea at once.
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--item", "tourismus", "--score", "wachstum=4").status == 0)
        #expect(sandbox.run("export", w, "--out", "out").status == 0)
        let index = try sandbox.read("out/index.md")
        #expect(index.contains("| Tourismus | Neu. | 0 |"))
        // One relevance criterion of five rated: partial (*); no potential; one rater, no don't-know.
        let row = try #require(index.split(separator: "\n").first { $0.hasPrefix("| Tourismus | 4,00") })
        #expect(row.hasSuffix("0,00\u{00A0}\\* | – | 1 | 0 |"))
    }
}
