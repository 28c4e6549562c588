import CaseModel

extension Pseudonyms {
    /// Gives a label to every identifier `plan` shows that has none yet: the review ("Review A") or board
    /// ("Board A"), lead roles ("Lead A"), the people who recorded, decided, authorised or accepted anything
    /// ("Worker A") and agencies. Evidence references and other ids get no label, so they are withheld.
    public mutating func assign(for plan: ActionPlan) {
        guard isActive else { return }
        if let subject = plan.subject {
            give(subject.id) { $0.nextLettered(subject.isReview ? "Review " : "Board ") }
        }
        for action in plan.actions { give(action.leadRole) { $0.nextLettered("Lead ") } }
        for event in plan.events {
            let envelope = event.original.event.envelope
            let closure = event.effective.event.data(as: ActionClosed.self)
            let people =
                [
                    envelope.actor.recordedBy, envelope.actor.decidedBy, envelope.actor.authorisedBy,
                    closure?.acceptedBy,
                ].compactMap { $0 } + (event.corrections + [event.retraction].compactMap { $0 }).map(\.recordedBy)
            for person in people { give(person) { $0.nextLettered("Worker ") } }
            if let agency = envelope.actor.agency { give(agency) { $0.agencyLabel(agency) } }
        }
    }
}

extension ActionPlan {
    /// The review or board the stream belongs to (`scr-R1` → review `R1`), nil for another stream name.
    public var subject: (id: String, isReview: Bool)? {
        if stream.hasPrefix("scr-") { return (String(stream.dropFirst(4)), true) }
        if stream.hasPrefix("board-") { return (String(stream.dropFirst(6)), false) }
        return nil
    }

    /// The stream as shown: as it is, or the label of its review or board under pseudonyms.
    public func streamName(_ pseudonyms: Pseudonyms) -> String {
        guard pseudonyms.isActive, let subject else { return stream }
        return pseudonyms.label(subject.id)
    }
}
