/// Chooses and orders the questions a live programme can answer. Deterministic: the same
/// candidates give the same rundown. Each question's priority is fixed before choosing (its base
/// priority, plus a bonus for the best question of each topic, so every topic gets a hearing);
/// questions are then taken in priority order while they fit the time left after the reserve.
/// So the rundown never overruns, the reserve is kept, and no question is left out while a
/// lower-priority one of the same length or longer is in.
public struct RundownBuilder: Sendable {
    /// Priority added to the best question of each topic.
    public var topicBonus: Int

    /// A builder; `topicBonus` weighs topic coverage against supporters and urgency.
    public init(topicBonus: Int = 40) {
        self.topicBonus = topicBonus
    }

    /// The rundown for `candidates` in `airSeconds`, keeping `reserveSeconds` for call-ins.
    public func build(_ candidates: [RundownCandidate], airSeconds: Int, reserveSeconds: Int) -> Rundown {
        let budget = max(0, airSeconds - reserveSeconds)
        // The best of each topic, by base priority, then shortness, then id: a total order.
        var leaders: [String: RundownCandidate] = [:]
        for candidate in candidates {
            if let current = leaders[candidate.topic], !Self.before(candidate.basePriority, candidate, current.basePriority, current) { continue }
            leaders[candidate.topic] = candidate
        }
        let weighed = candidates.map { candidate -> (RundownCandidate, Int, Bool) in
            let leads = leaders[candidate.topic]?.id == candidate.id
            return (candidate, candidate.basePriority + (leads ? topicBonus : 0), leads)
        }.sorted { Self.before($0.1, $0.0, $1.1, $1.0) }

        var left = budget
        var chosen: [(RundownCandidate, Int, String)] = []
        var leftOut: [RundownEntry] = []
        for (candidate, priority, leads) in weighed {
            let seconds = candidate.estimatedSeconds
            let why = Self.explain(candidate, priority: priority, leads: leads)
            if seconds <= left {
                left -= seconds
                chosen.append((candidate, priority, "Chọn: " + why))
            } else {
                leftOut.append(
                    RundownEntry(
                        id: candidate.id,
                        topic: candidate.topic,
                        seconds: seconds,
                        priority: priority,
                        selected: false,
                        startsAtSecond: nil,
                        reason: "Không đủ giờ: cần \(seconds) giây, còn \(left) giây (\(why))"
                    )
                )
            }
        }
        // On air, topics follow one another (in the order of their best question) and each
        // topic's questions go in priority order, so a department head answers in one stretch.
        var topicRank: [String: Int] = [:]
        for (index, item) in chosen.enumerated() where topicRank[item.0.topic] == nil { topicRank[item.0.topic] = index }
        let ordered = chosen.enumerated().sorted { a, b in
            let ra = topicRank[a.element.0.topic]!
            let rb = topicRank[b.element.0.topic]!
            return ra != rb ? ra < rb : a.offset < b.offset
        }
        var clock = 0
        let selected = ordered.map { _, item -> RundownEntry in
            defer { clock += item.0.estimatedSeconds }
            return RundownEntry(
                id: item.0.id,
                topic: item.0.topic,
                seconds: item.0.estimatedSeconds,
                priority: item.1,
                selected: true,
                startsAtSecond: clock,
                reason: item.2
            )
        }
        return Rundown(selected: selected, leftOut: leftOut, airSeconds: airSeconds, reserveSeconds: reserveSeconds, usedSeconds: budget - left)
    }

    /// Higher priority first; then the shorter; then by id, so the order is total.
    static func before(_ p1: Int, _ a: RundownCandidate, _ p2: Int, _ b: RundownCandidate) -> Bool {
        if p1 != p2 { return p1 > p2 }
        if a.estimatedSeconds != b.estimatedSeconds { return a.estimatedSeconds < b.estimatedSeconds }
        return a.id < b.id
    }

    static func explain(_ candidate: RundownCandidate, priority: Int, leads: Bool) -> String {
        var parts = ["ưu tiên \(priority)", "\(candidate.supporters) người cùng hỏi"]
        if candidate.urgent { parts.append("khẩn") }
        parts.append("chờ \(candidate.ageDays) ngày")
        if leads { parts.append("đại diện chủ đề \(candidate.topic)") }
        return parts.joined(separator: ", ")
    }
}
