import CaseModel

extension ActionPlan {
    /// The review's lifecycle events (notification, decision, reviewer, report, publication…), live ones only.
    func lifecycleEvents() -> [ReplayedEvent] {
        events.filter { !$0.isRetracted && !Self.actionPlanTypes.contains($0.effective.typeName) }
    }

    /// Each recommendation (with the recommendations it refers to) and its actions, by number (then valid time).
    func recommendations() -> [(event: ReplayedEvent, recommendation: RecommendationRecorded, actions: [Action])] {
        let found = events.filter { !$0.isRetracted }.compactMap { event in
            event.effective.event.data(as: RecommendationRecorded.self).map { (event, $0) }
        }
        return found.enumerated().sorted { ($0.element.1.number, $0.offset) < ($1.element.1.number, $1.offset) }
            .map { _, pair in
                let parent = "Recommendation \(pair.1.number)"
                return (pair.0, pair.1, actions.filter { $0.parent == parent })
            }
    }

    /// `Review R1`, or the review's label alone under pseudonyms (`Review A`).
    func reviewTitle(_ pseudonyms: Pseudonyms) -> String {
        pseudonyms.isActive && subject != nil ? streamName(pseudonyms) : "Review \(streamName(pseudonyms))"
    }

    /// The review's status: its lifecycle events with their dates, then every recommendation with its actions
    /// and their RAG statuses.
    public func renderReviewStatus(_ pseudonyms: Pseudonyms = .none) -> String {
        var lines = [
            "\(reviewTitle(pseudonyms)), judged on \(judgedOn) (RAG from dates: docs/actions.md)", "Lifecycle",
        ]
        for event in lifecycleEvents() {
            lines.append("  \(event.effective.validDate)  \(event.effective.typeName)  @\(event.effective.position)")
        }
        let rows = Dictionary(
            zip(actions.map(\.id), rows(.status, pseudonyms)), uniquingKeysWith: { first, _ in first })
        for (event, recommendation, actions) in recommendations() {
            let related = recommendation.relatedRecommendations.map(String.init).joined(separator: ", ")
            lines.append(
                "Recommendation \(recommendation.number)  @\(event.effective.position)"
                    + (related.isEmpty ? "" : "  (see \(related))"))
            lines += actions.map { "  " + (rows[$0.id] ?? []).joined(separator: "  ") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `RETRACTED `, `corrected ` or nothing, as known at the knowledge time.
    static func mark(_ event: ReplayedEvent) -> String {
        event.isRetracted ? "RETRACTED " : event.corrections.isEmpty ? "" : "corrected "
    }

    /// Every event of the stream in valid-time order: date, type, position, record time, coded fields, and
    /// `RETRACTED` / `corrected` as known at the knowledge time.
    public func renderTimeline(_ pseudonyms: Pseudonyms = .none) -> String {
        var lines = ["Timeline of \(streamName(pseudonyms)) (valid-time order)"]
        lines += events.map { event in
            "  \(event.effective.validDate)  \(Self.mark(event))\(event.effective.typeName)  "
                + "@\(event.effective.position)  recorded \(event.original.event.envelope.recordedAt)  "
                + ChildChronology.fieldsText(event.effective.dataFields, pseudonyms, [:])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The action-plan event types (the rest of a review stream is its lifecycle).
    static let actionPlanTypes: Set<String> = [
        RecommendationRecorded.typeName, ActionDefined.typeName, ActionProgressUpdated.typeName,
        ActionTargetRevised.typeName, ActionClosed.typeName,
    ]
}
