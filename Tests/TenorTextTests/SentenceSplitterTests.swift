import Testing
import TenorText

private func split(_ input: String) -> [String] {
    let bytes = Array(input.utf8)
    return SentenceSplitter().sentences(in: bytes, range: 0..<bytes.count).map {
        String(decoding: bytes[$0], as: UTF8.self)
    }
}

private let sentenceCases: [(String, [String])] = [
    // Plain cases and edges.
    ("Hello world. How are you?", ["Hello world.", "How are you?"]),
    ("The last sentence has no period", ["The last sentence has no period"]),
    ("  Leading and trailing spaces.  ", ["Leading and trailing spaces."]),
    ("", []),
    ("   \n\t  ", []),
    ("Why? Because.", ["Why?", "Because."]),
    ("Ok.Bye.", ["Ok.Bye."]),
    ("Wow!That is odd.", ["Wow!That is odd."]),
    // Abbreviations that never end a sentence.
    ("Mr. Smith went to Washington. He liked it.", ["Mr. Smith went to Washington.", "He liked it."]),
    ("Mrs. Jones and Dr. Brown met Prof. Lee.", ["Mrs. Jones and Dr. Brown met Prof. Lee."]),
    ("Mr. and Mrs. Smith arrived.", ["Mr. and Mrs. Smith arrived."]),
    ("I know Ms. Patel. She is kind.", ["I know Ms. Patel.", "She is kind."]),
    ("Bring fruit, e.g. apples. Or bread.", ["Bring fruit, e.g. apples.", "Or bread."]),
    ("Bring fruit, e.g. Apples from Spain.", ["Bring fruit, e.g. Apples from Spain."]),
    ("Use a tool, i.e. a hammer.", ["Use a tool, i.e. a hammer."]),
    ("It was Roe vs. Wade again.", ["It was Roe vs. Wade again."]),
    // Abbreviations that may end a sentence.
    ("She lives in the U.S. He lives in the U.K.", ["She lives in the U.S.", "He lives in the U.K."]),
    ("The U.S. Army is large.", ["The U.S. Army is large."]),
    ("We bought apples, pears, etc. Then we went home.", ["We bought apples, pears, etc.", "Then we went home."]),
    ("Meet at 5 p.m. tomorrow.", ["Meet at 5 p.m. tomorrow."]),
    ("We met at 5 p.m. The room was full.", ["We met at 5 p.m.", "The room was full."]),
    ("Apple Inc. The company grew.", ["Apple Inc.", "The company grew."]),
    ("Apple Inc. Cupertino is its home.", ["Apple Inc. Cupertino is its home."]),
    ("He lives on Main St. The house is red.", ["He lives on Main St.", "The house is red."]),
    ("St. Louis is a city.", ["St. Louis is a city."]),
    ("He earned a Ph.D. in physics.", ["He earned a Ph.D. in physics."]),
    ("She has a Ph.D. She teaches.", ["She has a Ph.D.", "She teaches."]),
    ("Go to Washington, D.C. It is nice.", ["Go to Washington, D.C.", "It is nice."]),
    ("He was born in Jan. 1990 in Kyiv.", ["He was born in Jan. 1990 in Kyiv."]),
    ("See No. 5 on the list.", ["See No. 5 on the list."]),
    ("Read p. 12 first.", ["Read p. 12 first."]),
    ("Then I said No. Nobody argued.", ["Then I said No.", "Nobody argued."]),
    // Initials.
    ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
    ("George W. Bush spoke.", ["George W. Bush spoke."]),
    ("Smith, J. A. Jones and others.", ["Smith, J. A. Jones and others."]),
    ("Plan B. Then we ran.", ["Plan B.", "Then we ran."]),
    ("Vitamin C. It helps.", ["Vitamin C.", "It helps."]),
    // Numbers, versions, URLs, emails.
    ("It grew 1.5 million units. Sales rose.", ["It grew 1.5 million units.", "Sales rose."]),
    ("It costs $3.50 today. Cheap!", ["It costs $3.50 today.", "Cheap!"]),
    ("Pi is about 3.14. Everyone knows.", ["Pi is about 3.14.", "Everyone knows."]),
    ("Items cost $5. 10 people came.", ["Items cost $5.", "10 people came."]),
    ("Price is €3,50. Cheap.", ["Price is €3,50.", "Cheap."]),
    ("He was born in 1990. In 2000 he moved.", ["He was born in 1990.", "In 2000 he moved."]),
    ("The score was 3-2. Fans cheered.", ["The score was 3-2.", "Fans cheered."]),
    ("Version v1.2.3 is out. Update now.", ["Version v1.2.3 is out.", "Update now."]),
    ("Visit example.com for more. It is free.", ["Visit example.com for more.", "It is free."]),
    ("Email john.doe@example.com today.", ["Email john.doe@example.com today."]),
    ("The file report.final.pdf is big.", ["The file report.final.pdf is big."]),
    // Ellipses.
    ("Wait... what happened?", ["Wait... what happened?"]),
    ("Wait... Then it stopped.", ["Wait...", "Then it stopped."]),
    ("He paused… and continued.", ["He paused… and continued."]),
    ("He paused… Nobody moved.", ["He paused…", "Nobody moved."]),
    ("It was 5... 6 maybe.", ["It was 5... 6 maybe."]),
    // Runs of ! and ?.
    ("Really?! I can't believe it.", ["Really?!", "I can't believe it."]),
    ("No!!! Stop that.", ["No!!!", "Stop that."]),
    ("What?! No way.", ["What?!", "No way."]),
    ("Dr. Who? Never heard of him.", ["Dr. Who?", "Never heard of him."]),
    // Quotes and brackets, straight and curly.
    ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
    ("\"Yes!\" he shouted.", ["\"Yes!\" he shouted."]),
    ("\"Yes!\" He shouted.", ["\"Yes!\"", "He shouted."]),
    ("It was clear (see above.) We moved on.", ["It was clear (see above.)", "We moved on."]),
    ("She wrote 'quoted.' Then stopped.", ["She wrote 'quoted.'", "Then stopped."]),
    ("He left. “Why?” she asked.", ["He left.", "“Why?” she asked."]),
    ("She said \"Hi.\" \"Bye,\" he replied.", ["She said \"Hi.\"", "\"Bye,\" he replied."]),
    ("She called it “fine”. Then left.", ["She called it “fine”.", "Then left."]),
    ("Ask her (she knows). Then decide.", ["Ask her (she knows).", "Then decide."]),
    ("He said: 'It’s fine.' She nodded.", ["He said: 'It’s fine.'", "She nodded."]),
    ("« Non. » Puis il partit.", ["« Non. »", "Puis il partit."]),
    ("¿Dónde está? ¡Aquí!", ["¿Dónde está?", "¡Aquí!"]),
    // Lists.
    ("See the list. 1. Buy milk. 2. Call Bob.", ["See the list.", "1. Buy milk.", "2. Call Bob."]),
    ("Steps: 1. Mix flour. 2. Bake it.", ["Steps: 1. Mix flour.", "2. Bake it."]),
    ("II. Methods and results", ["II. Methods and results"]),
    ("Chapter IV. The End.", ["Chapter IV.", "The End."]),
    // Line breaks inside a paragraph.
    // A single line break is hard-wrapped prose unless list items are involved.
    ("Title line\nThe body starts here.", ["Title line\nThe body starts here."]),
    ("She met with\nJohn Smith on Monday. He\nagreed.", ["She met with\nJohn Smith on Monday.", "He\nagreed."]),
    ("Title line\n\nThe body starts here.", ["Title line", "The body starts here."]),
    ("a line that wraps\nand continues here.", ["a line that wraps\nand continues here."]),
    ("First part,\nSecond part.", ["First part,\nSecond part."]),
    ("Done.\n\nnext part", ["Done.", "next part"]),
    ("Hello world.\nhow are you", ["Hello world.\nhow are you"]),
    ("Shopping:\n- eggs\n- milk", ["Shopping:", "- eggs", "- milk"]),
    ("Plan:\n1. Mix flour\n2. Bake it\nThen eat", ["Plan:", "1. Mix flour", "2. Bake it", "Then eat"]),
    ("Line one\r\nLine two", ["Line one\r\nLine two"]),
    ("Line one\r\n\r\nLine two", ["Line one", "Line two"]),
    ("Test 1.\nTest 2.", ["Test 1.", "Test 2."]),
    // Line breaks found past the first eight bytes, in the last few, and beyond ASCII.
    ("Groceries for this week:\n- eggs", ["Groceries for this week:", "- eggs"]),
    ("A long enough first line\u{2028}\u{2028}Next one.", ["A long enough first line", "Next one."]),
    ("A long enough first line\u{85}\u{85}Next one.", ["A long enough first line", "Next one."]),
    ("A long enough first line\u{0B}\u{0B}Next one.", ["A long enough first line", "Next one."]),
    // Non-ASCII letters, CJK, emoji.
    ("C'est la vie. Été arrive.", ["C'est la vie.", "Été arrive."]),
    ("Er sagte: Über alles. Müller kam.", ["Er sagte: Über alles.", "Müller kam."]),
    ("The café’s owner, Zoë, smiled. Nobody knew.", ["The café’s owner, Zoë, smiled.", "Nobody knew."]),
    ("Привет. Как дела?", ["Привет.", "Как дела?"]),
    ("你好。我很好！谢谢？", ["你好。", "我很好！", "谢谢？"]),
    ("他说：「好。」然后走了。", ["他说：「好。」", "然后走了。"]),
    ("東京は大きい。 Tokyo is big.", ["東京は大きい。", "Tokyo is big."]),
    ("I passed! 🎉 Now what?", ["I passed! 🎉", "Now what?"]),
    ("Hi!!! 😀😀 Bye.", ["Hi!!! 😀😀", "Bye."]),
    ("Great job 👍🏽. Keep going!", ["Great job 👍🏽.", "Keep going!"]),
    ("I love it ❤️ really", ["I love it ❤️ really"]),
    ("😀😀😀", ["😀😀😀"]),
]

@Test(arguments: sentenceCases)
func splitsSentences(_ input: String, _ expected: [String]) {
    #expect(split(input) == expected)
}

@Test(arguments: sentenceCases.map(\.0))
func sentencesCoverEveryNonSpaceCharacter(_ input: String) {
    let bytes = Array(input.utf8)
    let ranges = SentenceSplitter().sentences(in: bytes, range: 0..<bytes.count)
    var covered = [Bool](repeating: false, count: bytes.count)
    var previousEnd = 0
    for range in ranges {
        #expect(!range.isEmpty)
        #expect(range.lowerBound >= previousEnd)
        previousEnd = range.upperBound
        for i in range { covered[i] = true }
    }
    let left = String(decoding: bytes.indices.filter { !covered[$0] }.map { bytes[$0] }, as: UTF8.self)
    #expect(left.allSatisfy { $0.isWhitespace })
}

@Test func sentenceRangesPointIntoTheOriginalBuffer() {
    let text = "Before. Mr. Smith left. He waved! After."
    let bytes = Array(text.utf8)
    let start = Array("Before. ".utf8).count
    let end = bytes.count - Array(" After.".utf8).count
    let ranges = SentenceSplitter().sentences(in: bytes, range: start..<end)
    #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Mr. Smith left.", "He waved!"])
    #expect(ranges.first?.lowerBound == start)
    #expect(ranges.last?.upperBound == end)
}

/// Found by the sentence fuzzer (Fuzz/Corpus/sentences/trailing-format-character): an
/// invisible format character after the last full stop (left-to-right mark U+200E, byte-order
/// mark U+FEFF, Arabic number mark U+0605) is no token, so it is no sentence of its own.
@Test(arguments: ["\u{200E}", "\u{FEFF}", "\u{0605}", "\n\u{3000}\n\u{00AD}"])
func anInvisibleCharacterAfterTheLastSentenceIsNoSentence(tail: String) {
    #expect(split("Hello there. It works." + tail) == ["Hello there.", "It works."])
}
