extension RecurrenceRule {
    /// Parses `FREQ=WEEKLY;BYDAY=TH` (an `RRULE:` prefix is allowed).
    public init(parsing text: String) throws(RecurrenceRuleError) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.uppercased().hasPrefix("RRULE:") {
            body = body.dropFirst(6)
        }
        var parts: [String: String] = [:]
        for part in body.split(separator: ";", omittingEmptySubsequences: true) {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, !pair[1].isEmpty else {
                throw RecurrenceRuleError("'\(part)' is not NAME=VALUE")
            }
            let name = pair[0].uppercased()
            guard parts[name] == nil else { throw RecurrenceRuleError("\(name) is given twice") }
            parts[name] = pair[1].uppercased()
        }
        guard let frequencyText = parts.removeValue(forKey: "FREQ") else {
            throw RecurrenceRuleError("FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY)")
        }
        guard let frequency = RecurrenceFrequency(rawValue: frequencyText) else {
            throw RecurrenceRuleError("FREQ=\(frequencyText) is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY")
        }
        self.init(frequency: frequency)
        for (name, value) in parts.sorted(by: { $0.key < $1.key }) {
            switch name {
            case "INTERVAL":
                interval = try Self.integer(name, value, 1...1000)
            case "COUNT":
                count = try Self.integer(name, value, 1...100_000)
            case "UNTIL":
                guard value.count >= 8, let date = CivilDate(iso: Self.isoDate(value.prefix(8))),
                    value.count == 8 || value.dropFirst(8).first == "T"
                else {
                    throw RecurrenceRuleError("UNTIL=\(value) is not a date like 20261231")
                }
                until = date
            case "BYDAY":
                byDay = try value.split(separator: ",").map(Self.weekdayOrdinal)
            case "BYMONTHDAY":
                byMonthDay = try Self.integers(name, value, -31...31)
            case "BYMONTH":
                byMonth = try Self.integers(name, value, 1...12)
            case "BYSETPOS":
                bySetPosition = try Self.integers(name, value, -366...366)
            case "WKST":
                guard let weekday = WeekdayOrdinal.weekday(code: value) else {
                    throw RecurrenceRuleError("WKST=\(value) is not a weekday (MO ... SU)")
                }
                weekStart = weekday
            default:
                throw RecurrenceRuleError("\(name) is not supported here (times come from the schedule's `time`)")
            }
        }
        if count != nil && until != nil {
            throw RecurrenceRuleError("COUNT and UNTIL cannot both be given")
        }
        if !bySetPosition.isEmpty && byDay.isEmpty && byMonthDay.isEmpty && byMonth.isEmpty {
            throw RecurrenceRuleError("BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to pick from")
        }
    }

    private static func isoDate(_ compact: Substring) -> String {
        "\(compact.prefix(4))-\(compact.dropFirst(4).prefix(2))-\(compact.dropFirst(6))"
    }

    private static func integer(_ name: String, _ value: String, _ range: ClosedRange<Int>) throws(RecurrenceRuleError) -> Int {
        guard let number = Int(value), range.contains(number), number != 0 else {
            throw RecurrenceRuleError("\(name)=\(value) must be a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    private static func integers(_ name: String, _ value: String, _ range: ClosedRange<Int>) throws(RecurrenceRuleError) -> [Int] {
        var numbers: [Int] = []
        for item in value.split(separator: ",", omittingEmptySubsequences: false) {
            guard let number = Int(item), range.contains(number), number != 0 else {
                throw RecurrenceRuleError("\(name)=\(value): '\(item)' must be a non-zero whole number in \(range.lowerBound)...\(range.upperBound)")
            }
            numbers.append(number)
        }
        return numbers
    }

    private static func weekdayOrdinal(_ item: Substring) throws(RecurrenceRuleError) -> WeekdayOrdinal {
        guard item.count >= 2, let weekday = WeekdayOrdinal.weekday(code: item.suffix(2)) else {
            throw RecurrenceRuleError("BYDAY entry '\(item)' is not a weekday like TH, 2TU or -1FR")
        }
        let prefix = item.dropLast(2)
        guard !prefix.isEmpty else { return WeekdayOrdinal(weekday: weekday) }
        guard let ordinal = Int(prefix.hasPrefix("+") ? prefix.dropFirst() : prefix), ordinal != 0, (-53...53).contains(ordinal) else {
            throw RecurrenceRuleError("BYDAY entry '\(item)' has an ordinal outside -53...53")
        }
        return WeekdayOrdinal(weekday: weekday, ordinal: ordinal)
    }
}
