/// Two or three words as vocabulary ids, the key of a phrase table (`third` is -1 for two words; entry 0 is the unknown word).
struct PhraseKey: Hashable {
    var first: Int32
    var second: Int32
    var third: Int32 = -1
}
