import TextFormats

extension ActionPlan {
    /// Which actions a listing shows.
    public enum Listing: String, Sendable, CaseIterable {
        /// Every action with its status.
        case status
        /// Open actions past their due date (`red`).
        case overdue
        /// Every action with every event recorded about it.
        case history
    }

    /// Column titles of `rows`.
    public static let columnTitles = [
        "action", "parent", "lead", "targets", "due", "closed", "reported_rag", "status", "updates", "position",
    ]

    /// The actions a listing shows.
    func shown(_ listing: Listing) -> [Action] { actions.filter { listing != .overdue || $0.status == .red } }

    /// One row per action the listing shows; the lead role through `pseudonyms`.
    public func rows(_ listing: Listing, _ pseudonyms: Pseudonyms = .none) -> [[String]] {
        shown(listing).map { action in
            [
                action.id, action.parent, pseudonyms.label(action.leadRole),
                action.targets.map(\.description).joined(separator: " "),
                action.due?.description ?? "-", action.closedOn?.description ?? "-",
                action.reportedRAG?.rawValue ?? "-", action.status.rawValue,
                String(action.history.filter { $0.effective.typeName == "ActionProgressUpdated" }.count),
                action.history.first.map { String($0.effective.position) } ?? "-",
            ]
        }
    }

    /// `listing of scr-R1, judged on 2017-07-01 (RAG from dates: docs/actions.md)`.
    func headline(_ listing: Listing, _ pseudonyms: Pseudonyms) -> String {
        "\(listing.rawValue) of \(streamName(pseudonyms)), judged on \(judgedOn) (RAG from dates: docs/actions.md)"
    }

    /// One line about an event: valid date, type, position, record time and coded fields (identifiers through
    /// `pseudonyms`).
    static func eventLine(_ event: ReplayedEvent, _ pseudonyms: Pseudonyms) -> String {
        "\(event.effective.validDate)  \(event.effective.typeName)  @\(event.effective.position)  "
            + "recorded \(event.original.event.envelope.recordedAt)  "
            + ChildChronology.fieldsText(event.effective.dataFields, pseudonyms, [:])
    }

    /// Plain text: a header line, then one line per action; `history` adds one line per event.
    public func renderText(_ listing: Listing, _ pseudonyms: Pseudonyms = .none) -> String {
        var lines = [headline(listing, pseudonyms), Self.columnTitles.joined(separator: "  ")]
        for (action, row) in zip(shown(listing), rows(listing, pseudonyms)) {
            lines.append(row.joined(separator: "  "))
            guard listing == .history else { continue }
            lines += action.history.map { "    " + Self.eventLine($0, pseudonyms) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180) of `rows`.
    public func renderCSV(_ listing: Listing, _ pseudonyms: Pseudonyms = .none) -> String {
        CSVWriter().encode([Self.columnTitles] + rows(listing, pseudonyms))
    }

    /// JSON: `{"format":"caseledger.actions/1","stream":…,"judgedOn":…,"listing":…,"actions":[…]}`.
    public func renderJSON(_ listing: Listing, _ pseudonyms: Pseudonyms = .none) -> String {
        let actions = rows(listing, pseudonyms).map { row in
            JSONValue.object(Dictionary(uniqueKeysWithValues: zip(Self.columnTitles, row.map(JSONValue.string))))
        }
        return PrettyJSON.encode(
            .object([
                "format": .string("caseledger.actions/1"), "stream": .string(streamName(pseudonyms)),
                "judgedOn": .string(judgedOn.description), "listing": .string(listing.rawValue),
                "actions": .array(actions),
            ])) + "\n"
    }
}
