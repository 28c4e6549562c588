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

    /// One row per action the listing shows.
    public func rows(_ listing: Listing) -> [[String]] {
        actions.filter { listing != .overdue || $0.status == .red }.map { action in
            [
                action.id, action.parent, action.leadRole, action.targets.map(\.description).joined(separator: " "),
                action.due?.description ?? "-", action.closedOn?.description ?? "-",
                action.reportedRAG?.rawValue ?? "-", action.status.rawValue,
                String(action.history.filter { $0.effective.typeName == "ActionProgressUpdated" }.count),
                action.history.first.map { String($0.effective.position) } ?? "-",
            ]
        }
    }

    /// Plain text: a header line, then one line per action; `history` adds one line per event.
    public func renderText(_ listing: Listing) -> String {
        var lines = [
            "\(listing.rawValue) of \(stream), judged on \(judgedOn) (RAG from dates: docs/actions.md)",
            Self.columnTitles.joined(separator: "  "),
        ]
        for (action, row) in zip(actions.filter { listing != .overdue || $0.status == .red }, rows(listing)) {
            lines.append(row.joined(separator: "  "))
            guard listing == .history else { continue }
            for event in action.history {
                lines.append(
                    "    \(event.effective.validDate)  \(event.effective.typeName)  @\(event.effective.position)  "
                        + "recorded \(event.original.event.envelope.recordedAt)  "
                        + ChildChronology.codedFields(event.effective.dataFields).map { "\($0.name)=\($0.value)" }
                        .joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180) of `rows`.
    public func renderCSV(_ listing: Listing) -> String {
        CSVWriter().encode([Self.columnTitles] + rows(listing))
    }

    /// JSON: `{"format":"caseledger.actions/1","stream":…,"judgedOn":…,"listing":…,"actions":[…]}`.
    public func renderJSON(_ listing: Listing) -> String {
        let actions = rows(listing).map { row in
            JSONValue.object(Dictionary(uniqueKeysWithValues: zip(Self.columnTitles, row.map(JSONValue.string))))
        }
        return PrettyJSON.encode(
            .object([
                "format": .string("caseledger.actions/1"), "stream": .string(stream),
                "judgedOn": .string(judgedOn.description), "listing": .string(listing.rawValue),
                "actions": .array(actions),
            ])) + "\n"
    }
}
