import LedgerCalendar
import Projections
import TextFormats

extension ChildChronology {
    /// The timeline as inline SVG: one lane per agency (per event family when one agency recorded
    /// everything), a dot per event (red and larger for a breach, hollow and struck through when retracted,
    /// outlined when corrected), shaded gaps of more than `gapDaysMin` days without an event, red bars for
    /// clocks overdue on the judgement date, and dashed lines at the knowledge time and the as-of date.
    func timelineSVG(_ pseudonyms: Pseudonyms) -> String {
        let dates = entries.map(\.occurredOn) + [times.knownAt?.londonDate, times.asOf].compactMap { $0 }
        guard !entries.isEmpty, let first = dates.min(), let last = dates.max() else {
            return "<p class=\"note\">No events to draw.</p>"
        }
        let lanes = laneNames(pseudonyms)
        let scale = TimelineScale(first: first, last: max(last, first.adding(days: 1)))
        let height = Self.laneTop + lanes.count * Self.laneHeight + 34
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(TimelineScale.width) \(height)\" "
                + "role=\"img\" aria-label=\"Timeline of events by lane\" class=\"timeline\">"
        ]
        svg += gapRects(scale, height: height)
        for (index, lane) in lanes.enumerated() {
            let y = Self.laneTop + index * Self.laneHeight
            svg.append(
                "<rect class=\"lane\" x=\"\(TimelineScale.left)\" y=\"\(y + 3)\" width=\"\(scale.plotWidth)\" height=\"\(Self.laneHeight - 6)\"/>"
            )
            svg.append(
                "<text class=\"lane-name\" x=\"\(TimelineScale.left - 8)\" y=\"\(y + Self.laneHeight / 2 + 4)\">\(HTMLEscaping.escape(lane))</text>"
            )
        }
        svg += overdueBars(scale, lanes: lanes.count)
        svg += axis(scale, height: height)
        svg += markers(scale, height: height)
        let rows = rows(pseudonyms)
        for (entry, row) in zip(entries, rows) {
            svg.append(dot(entry, row, x: scale.x(entry.occurredOn), y: laneY(entry, lanes: lanes, pseudonyms)))
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    static let laneTop = 26
    static let laneHeight = 26
    /// Longest stretch without any event that is not shaded as a gap.
    static let gapDaysMin = 42

    private func laneNames(_ pseudonyms: Pseudonyms) -> [String] {
        var names: [String] = []
        for entry in entries {
            let name = lane(of: entry, pseudonyms)
            if !names.contains(name) { names.append(name) }
        }
        return names + (clocks.contains(where: \.isOverdue) ? ["Overdue clocks"] : [])
    }

    private var usesAgencyLanes: Bool { Set(entries.map { $0.envelope.actor.agency ?? "" }).count > 1 }

    private func lane(of entry: Entry, _ pseudonyms: Pseudonyms) -> String {
        usesAgencyLanes
            ? entry.envelope.actor.agency.map(pseudonyms.label) ?? "No agency" : Self.family(of: entry.typeName)
    }

    private func laneY(_ entry: Entry, lanes: [String], _ pseudonyms: Pseudonyms) -> Int {
        Self.laneTop + (lanes.firstIndex(of: lane(of: entry, pseudonyms)) ?? 0) * Self.laneHeight + Self.laneHeight / 2
    }

    /// An event family from the type name (for lanes when one agency recorded everything).
    static func family(of typeName: String) -> String {
        let families: [(String, [String])] = [
            ("Household", ["Household", "ChildRegistered"]), ("Early help", ["EarlyHelp"]),
            ("Contact & referral", ["Contact", "Referral"]), ("Strategy & s47", ["Strategy", "Section47", "Police"]),
            ("Conference & CP plan", ["Icpc", "Rcpc", "CpPlan", "CoreGroup", "Conference"]),
            ("Assessment", ["Assessment"]), ("Visits", ["Visit"]), ("CIN plan", ["Cin"]),
            ("Care & legal", ["LookedAfter", "Care", "Court", "Legal", "Placement"]),
        ]
        return families.first { $0.1.contains { typeName.contains($0) } }?.0 ?? "Other"
    }

    private func dot(_ entry: Entry, _ row: Row, x: Int, y: Int) -> String {
        let kind =
            entry.event.isRetracted ? "retracted" : row.isBreach ? "breach" : entry.isCorrected ? "corrected" : "event"
        let radius = row.isBreach ? 7 : 5
        let title =
            "<title>\(HTMLEscaping.escape("\(row.valid) \(row.event) @\(row.position) \(row.status) \(row.clocks)"))</title>"
        var shape = "<circle class=\"\(kind)\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(radius)\">\(title)</circle>"
        if entry.event.isRetracted {
            shape += "<line class=\"strike\" x1=\"\(x - 7)\" y1=\"\(y + 7)\" x2=\"\(x + 7)\" y2=\"\(y - 7)\"/>"
        }
        return shape
    }

    private func gapRects(_ scale: TimelineScale, height: Int) -> [String] {
        let dates = Array(Set(entries.map(\.occurredOn))).sorted()
        return zip(dates, dates.dropFirst()).filter { $0.0.days(until: $0.1) > Self.gapDaysMin }.map { start, end in
            let x = scale.x(start)
            return "<rect class=\"gap\" x=\"\(x)\" y=\"\(Self.laneTop - 4)\" width=\"\(scale.x(end) - x)\" "
                + "height=\"\(height - Self.laneTop - 30)\"><title>gap of \(start.days(until: end)) days, \(start) to \(end)</title></rect>"
        }
    }

    private func overdueBars(_ scale: TimelineScale, lanes: Int) -> [String] {
        let y = Self.laneTop + (lanes - 1) * Self.laneHeight + 8
        return clocks.filter(\.isOverdue).compactMap { clock in
            guard let dueTime = clock.due else { return nil }
            let due: CivilDate
            switch dueTime {
            case .date(let date): due = date
            case .instant(let instant): due = instant.londonDate
            }
            let x = scale.x(max(due, scale.first))
            let end = scale.x(min(clock.stop?.londonDate ?? judgedOn, scale.last))
            return "<rect class=\"overdue\" x=\"\(x)\" y=\"\(y)\" width=\"\(max(2, end - x))\" height=\"10\">"
                + "<title>\(HTMLEscaping.escape("\(clock.clockID) due \(due): \(clock.status)"))</title></rect>"
        }
    }

    private func axis(_ scale: TimelineScale, height: Int) -> [String] {
        let baseline = height - 22
        var parts = [
            "<line class=\"axis\" x1=\"\(TimelineScale.left)\" y1=\"\(baseline)\" x2=\"\(TimelineScale.left + scale.plotWidth)\" y2=\"\(baseline)\"/>"
        ]
        for tick in scale.ticks() {
            let x = scale.x(tick)
            parts.append(
                "<line class=\"tick-line\" x1=\"\(x)\" y1=\"\(Self.laneTop)\" x2=\"\(x)\" y2=\"\(baseline + 4)\"/>")
            let label = String(tick.description.prefix(7))
            parts.append("<text class=\"tick\" x=\"\(x)\" y=\"\(baseline + 16)\">\(label)</text>")
        }
        return parts
    }

    private func markers(_ scale: TimelineScale, height: Int) -> [String] {
        let marks = [("known at", times.knownAt?.londonDate), ("as of", times.asOf)]
        return marks.compactMap { name, date in
            guard let date, date >= scale.first, date <= scale.last else { return nil }
            let x = scale.x(date)
            let nearRight = x > TimelineScale.left + scale.plotWidth * 4 / 5
            return "<line class=\"known\" x1=\"\(x)\" y1=\"14\" x2=\"\(x)\" y2=\"\(height - 22)\"/>"
                + "<text class=\"known-label\" x=\"\(nearRight ? x - 3 : x + 3)\" y=\"12\""
                + "\(nearRight ? " text-anchor=\"end\"" : "")>\(name) \(date)</text>"
        }
    }
}

/// Dates to x coordinates on the timeline.
struct TimelineScale {
    static let width = 1000
    static let left = 230
    let first: CivilDate
    let last: CivilDate
    var plotWidth: Int { Self.width - Self.left - 20 }

    func x(_ date: CivilDate) -> Int {
        Self.left + Int(Double(first.days(until: date)) / Double(max(1, first.days(until: last))) * Double(plotWidth))
    }

    /// First days of months (every month up to two years, else every quarter, else every year).
    func ticks() -> [CivilDate] {
        let span = first.days(until: last)
        let step = span <= 730 ? 1 : span <= 2_200 ? 3 : 12
        var tick = CivilDate(year: first.year, month: first.month, day: 1)!.adding(months: 1)
        var ticks: [CivilDate] = []
        while tick <= last {
            if (tick.month - 1) % step == 0 { ticks.append(tick) }
            tick = tick.adding(months: 1)
        }
        return ticks
    }
}

extension Clock {
    /// Whether the clock ran past its due date (breached or open overdue).
    var isOverdue: Bool {
        switch status {
        case .breached, .openOverdue: true
        default: false
        }
    }
}
