extension ProfileDimension {
    /// The users' lexicons among `lexicons` (those that are no built-in), as extra profile
    /// dimensions named after the file (`My-Words.tsv` → `my_words`): the key each gets in a
    /// report's `lexicon_profile`. A name already taken (a built-in's, or another file's) gets
    /// a number (`vader_2`).
    public static func dimensions(ofUserLexicons lexicons: [ToneLexicon]) -> [ProfileDimension] {
        var taken = Set(builtIn.map(\.name))
        return lexicons.filter { ToneLexicon.builtIn(named: $0.name) == nil }.map { lexicon in
            let file = lexicon.name.split(separator: "/").last.map(String.init) ?? lexicon.name
            let stem = file.split(separator: ".", maxSplits: 1).first.map(String.init) ?? file
            let base = String(stem.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
            var name = base
            var number = 1
            while taken.contains(name) {
                number += 1
                name = "\(base)_\(number)"
            }
            taken.insert(name)
            return ProfileDimension(valencesOf: lexicon, name: name)
        }
    }
}
