/// Phrases that negate what follows them as `not` does (`far from perfect`, `anything but
/// boring`, `a far cry from his best`), for the tenor rules (``ToneRules/multiWordEntriesIgnored``
/// off). English expressions of negation, listed here by us; ``PhraseJoiner`` makes each one
/// word that negates.
enum NegatingPhrases {
    static let phrases = ["far from", "far cry from", "anything but", "by no means", "nowhere near", "no longer"]
}
