/// The words VADER's rules name, recognised once per word by the vocabulary.
enum WordRole: UInt8 {
    case other, no, kind, of, but, least, at, very, never, so, this, without, doubt, or, nor, like
    /// A contrast that, like `but`, weighs what follows it over what went before (tenor rules:
    /// ``ToneRules/onlyButContrasts`` off).
    case adversative
    /// A conjunction opening a clause that concedes a point the rest of the sentence outweighs
    /// (`although`, `though`, `whereas`; tenor rules).
    case concessive
    /// A modal auxiliary, whose clause says what is not (yet) so (tenor rules, ``IrrealisRule``).
    case modal
    /// `too`, "excessively" before another word (tenor rules, ``IrrealisRule``).
    case too

    /// The lower-case spelling of each role word.
    static let spellings: [(String, WordRole)] = [
        ("no", .no), ("kind", .kind), ("of", .of), ("but", .but), ("least", .least), ("at", .at),
        ("very", .very), ("never", .never), ("so", .so), ("this", .this), ("without", .without),
        ("doubt", .doubt), ("or", .or), ("nor", .nor), ("like", .like),
    ]

    /// The contrast words besides `but` (English adversative and concessive conjunctions and
    /// adverbs).
    static let contrasts: [(String, WordRole)] = [
        ("however", .adversative), ("nevertheless", .adversative), ("nonetheless", .adversative), ("yet", .adversative),
        ("although", .concessive), ("though", .concessive), ("whereas", .concessive),
    ]

    /// The English modal auxiliaries of what is wished, possible or due but not so (alone and
    /// contracted with `have`); not `must`, whose obligation or certainty asserts.
    static let modals = ["would", "could", "should", "might", "would've", "could've", "should've", "might've"]

    /// `so` or `this`, which intensify after `never`.
    var isSoOrThis: Bool { self == .so || self == .this }
}
