/// The words VADER's rules name, recognised once per word by the vocabulary.
enum WordRole: UInt8 {
    case other, no, kind, of, but, least, at, very, never, so, this, without, doubt, or, nor, like

    /// The lower-case spelling of each role word.
    static let spellings: [(String, WordRole)] = [
        ("no", .no), ("kind", .kind), ("of", .of), ("but", .but), ("least", .least), ("at", .at),
        ("very", .very), ("never", .never), ("so", .so), ("this", .this), ("without", .without),
        ("doubt", .doubt), ("or", .or), ("nor", .nor), ("like", .like),
    ]

    /// `so` or `this`, which intensify after `never`.
    var isSoOrThis: Bool { self == .so || self == .this }
}
