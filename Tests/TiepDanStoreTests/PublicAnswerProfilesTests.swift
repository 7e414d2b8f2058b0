import Testing
import TiepDanCore

@testable import TiepDanStore

/// The published answers kept in memory for citizens' suggestions: bounded in all, the organisations used longest ago
/// leaving first, and never served once their stamp moved or their lifetime passed.
@Suite("Public answer profiles")
struct PublicAnswerProfilesTests {
    static func answers(_ organisation: Int) -> PublicAnswerProfiles.Answers {
        let references = (0..<PublicAnswerProfiles.perOrganisation).map { "Q-\(organisation)-\($0)" }
        return PublicAnswerProfiles.Answers(
            shown: Dictionary(
                uniqueKeysWithValues: references.map { ($0, SuggestedAnswer(reference: $0, subject: "Đường", showUnmasked: false, redactions: [])) }
            ),
            profiles: references.map { ($0, SimilarityProfile(folded: "duong ap \($0)")) }
        )
    }

    @Test("past the total, the organisations used longest ago leave until three quarters are kept; the one just read stays")
    func eviction() {
        let profiles = PublicAnswerProfiles()
        let stamp = PublicAnswerProfiles.Stamp(version: 1)
        let now = ContinuousClock.now
        let full = PublicAnswerProfiles.total / PublicAnswerProfiles.perOrganisation
        for organisation in 0..<full {
            profiles.keep(Self.answers(organisation), of: "org-\(organisation)", stamp: stamp, now: now)
        }
        // All kept while within the total; organisation 0 used again, so it is now the most recent but for the next.
        #expect((0..<full).allSatisfy { profiles.answers(of: "org-\($0)", stamp: stamp, now: now) != nil })
        #expect(profiles.answers(of: "org-0", stamp: stamp, now: now)?.profiles.count == PublicAnswerProfiles.perOrganisation)
        profiles.keep(Self.answers(full), of: "org-\(full)", stamp: stamp, now: now)
        let kept = (0...full).filter { profiles.answers(of: "org-\($0)", stamp: stamp, now: now) != nil }
        #expect(kept.count * PublicAnswerProfiles.perOrganisation <= PublicAnswerProfiles.total * 3 / 4)
        #expect(kept.contains(full) && kept.contains(0), "the one just kept and the one used last stay: \(kept)")
        #expect(kept.last == full && kept.dropFirst().first.map { $0 > 1 } == true, "the longest unused left first: \(kept)")
    }

    @Test("an organisation's answers are not served once its version moved or after their lifetime")
    func staleAnswersAreNotServed() {
        let profiles = PublicAnswerProfiles(lifetime: .seconds(60))
        let now = ContinuousClock.now
        profiles.keep(Self.answers(1), of: "org", stamp: .init(version: 3), now: now)
        #expect(profiles.answers(of: "org", stamp: .init(version: 3), now: now + .seconds(59)) != nil)
        #expect(profiles.answers(of: "org", stamp: .init(version: 4), now: now) == nil)
        #expect(profiles.answers(of: "other", stamp: .init(version: 3), now: now) == nil)
        #expect(profiles.answers(of: "org", stamp: .init(version: 3), now: now + .seconds(60)) == nil)
    }
}
