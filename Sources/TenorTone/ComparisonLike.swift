/// The words that tell `like` the preposition (`the road curved like a snake`, no tone) from
/// `like` the verb (`I like the plot`), for the tenor rules (``ToneRules/likeIsAlwaysAVerb``).
///
/// `like` compares when a determiner follows it and the word before it is none that a verb
/// `like` stands after: a subject, an auxiliary, a negation or an intensifier. These are
/// English grammar words, listed here by us.
enum ComparisonLike {
    /// Words that open the noun phrase a comparison names.
    static let determiners = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our",
        "their", "some", "any",
    ]

    /// Words after which `like` is the verb.
    static let verbContext = [
        "i", "you", "we", "they", "he", "she", "it", "who", "that", "people", "everyone", "everybody",
        "really", "truly", "just", "totally", "also", "still", "do", "does", "did", "don't", "doesn't",
        "didn't", "dont", "doesnt", "didnt", "would", "wouldn't", "will", "won't", "might", "may",
        "could", "should", "can", "to", "'d", "i'd", "we'd", "you'd", "they'd", "not", "never",
        "always", "so",
    ]
}
