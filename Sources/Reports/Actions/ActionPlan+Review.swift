import CaseModel

extension ActionPlan {
    /// The review's status: its lifecycle events (notification, decision, reviewer, report, publication…) with
    /// their dates, then every recommendation with its actions and their RAG statuses.
    public func renderReviewStatus() -> String {
        var lines = ["Review \(stream), judged on \(judgedOn) (RAG from dates: docs/actions.md)", "Lifecycle"]
        let live = events.filter { !$0.isRetracted }
        for event in live where !Self.actionPlanTypes.contains(event.effective.typeName) {
            lines.append("  \(event.effective.validDate)  \(event.effective.typeName)  @\(event.effective.position)")
        }
        let rows = Dictionary(zip(actions.map(\.id), rows(.status)), uniquingKeysWith: { first, _ in first })
        for event in live {
            guard let recommendation = event.effective.event.data(as: RecommendationRecorded.self) else { continue }
            let related = recommendation.relatedRecommendations.map(String.init).joined(separator: ", ")
            lines.append(
                "Recommendation \(recommendation.number)  @\(event.effective.position)"
                    + (related.isEmpty ? "" : "  (see \(related))"))
            for action in actions where action.parent == "Recommendation \(recommendation.number)" {
                lines.append("  " + (rows[action.id] ?? []).joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every event of the stream in valid-time order: date, type, position, record time, coded fields, and
    /// `RETRACTED` / `corrected` as known at the knowledge time.
    public func renderTimeline() -> String {
        var lines = ["Timeline of \(stream) (valid-time order)"]
        for event in events {
            let mark = event.isRetracted ? "RETRACTED " : event.corrections.isEmpty ? "" : "corrected "
            let fields = ChildChronology.codedFields(event.effective.dataFields).map { "\($0.name)=\($0.value)" }
            lines.append(
                "  \(event.effective.validDate)  \(mark)\(event.effective.typeName)  @\(event.effective.position)  "
                    + "recorded \(event.original.event.envelope.recordedAt)  " + fields.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The action-plan event types (the rest of a review stream is its lifecycle).
    static let actionPlanTypes: Set<String> = [
        RecommendationRecorded.typeName, ActionDefined.typeName, ActionProgressUpdated.typeName,
        ActionTargetRevised.typeName, ActionClosed.typeName,
    ]
}
