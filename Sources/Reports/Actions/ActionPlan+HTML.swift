import TextFormats

extension ActionPlan {
    /// `caseledger actions … --format html`: one self-contained printable page with the actions of the listing
    /// (overdue in red, due within 30 days in amber) and, for `history`, every event about them.
    public func renderHTML(_ listing: Listing, _ pseudonyms: Pseudonyms = .none) -> String {
        var sections = [
            section(
                "Actions (\(shown(listing).count))",
                HTMLPage.table(
                    columns: Self.columnTitles, rows: rows(listing, pseudonyms),
                    rowClasses: shown(listing).map(\.status.rawValue)))
        ]
        if listing == .history {
            let rows = shown(listing).flatMap { action in
                action.history.map { [action.id] + Self.eventCells($0, pseudonyms) }
            }
            sections.append(
                section("History", HTMLPage.table(columns: ["action"] + Self.eventColumnTitles, rows: rows)))
        }
        return page(title: "Action plan \(streamName(pseudonyms)): \(listing.rawValue)", sections: sections)
    }

    /// `caseledger review status --format html`: the lifecycle, then each recommendation with its actions.
    public func renderReviewStatusHTML(_ pseudonyms: Pseudonyms = .none) -> String {
        let lifecycle = lifecycleEvents().map { Self.eventCells($0, pseudonyms) }
        var sections = [section("Lifecycle", HTMLPage.table(columns: Self.eventColumnTitles, rows: lifecycle))]
        let rowsByID = Dictionary(
            zip(actions.map(\.id), rows(.status, pseudonyms)), uniquingKeysWith: { first, _ in first })
        for (event, recommendation, actions) in recommendations() {
            let related = recommendation.relatedRecommendations.map(String.init).joined(separator: ", ")
            let heading =
                "Recommendation \(recommendation.number) (@\(event.effective.position))"
                + (related.isEmpty ? "" : ", see \(related)")
            sections.append(
                section(
                    heading,
                    HTMLPage.table(
                        columns: Self.columnTitles, rows: actions.map { rowsByID[$0.id] ?? [] },
                        rowClasses: actions.map(\.status.rawValue))))
        }
        return page(title: reviewTitle(pseudonyms), sections: sections)
    }

    /// `caseledger review timeline --format html`: every event in valid-time order, retracted ones struck.
    public func renderTimelineHTML(_ pseudonyms: Pseudonyms = .none) -> String {
        let rows = events.map { [Self.mark($0).trimmingSpaces()] + Self.eventCells($0, pseudonyms) }
        let classes = events.map { $0.isRetracted ? "retracted" : $0.corrections.isEmpty ? "" : "corrected" }
        let table = HTMLPage.table(columns: ["status"] + Self.eventColumnTitles, rows: rows, rowClasses: classes)
        return page(title: "Timeline of \(streamName(pseudonyms))", sections: [section("Events", table)])
    }

    /// Column titles of `eventCells`.
    static let eventColumnTitles = ["valid date", "event", "position", "recorded", "fields"]

    /// Valid date, type, position, record time and coded fields of an event.
    static func eventCells(_ event: ReplayedEvent, _ pseudonyms: Pseudonyms) -> [String] {
        [
            event.effective.validDate.description, event.effective.typeName, "@\(event.effective.position)",
            event.original.event.envelope.recordedAt.description,
            ChildChronology.fieldsText(event.effective.dataFields, pseudonyms, [:]),
        ]
    }

    private func section(_ heading: String, _ content: String) -> String {
        "<section>\n<h2>\(HTMLEscaping.escape(heading))</h2>\n\(content)\n</section>\n"
    }

    private func page(title: String, sections: [String]) -> String {
        let note =
            "Judged on \(judgedOn). RAG computed from dates (docs/actions.md): red overdue, amber due within 30 "
            + "days, complete / complete-late once closed; the RAG a lead reported is shown beside it, never used."
        let body =
            "<header>\n<h1>\(HTMLEscaping.escape(title))</h1>\n<p class=\"period\">\(HTMLEscaping.escape(note))</p>\n"
            + "</header>\n" + sections.joined()
        return HTMLPage.document(
            title: title, styleSheet: ChildChronology.chronologyStyleSheet + Self.ragStyle, body: body)
    }

    /// Row colours by status.
    static let ragStyle =
        "tr.red td{color:var(--red);font-weight:600}tr.amber td{color:#b2460a}"
        + "tr.complete td,tr.complete-late td{color:var(--muted)}tr.retracted td{text-decoration:line-through}"
}

extension String {
    /// Without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
