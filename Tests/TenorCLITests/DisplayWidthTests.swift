import Testing
@testable import TenorCLI

@Suite struct DisplayWidthTests {
    /// Expected widths from Python's wcwidth 0.7.0 (`wcwidth.wcswidth`), which follows Unicode's
    /// EastAsianWidth.txt and emoji data.
    @Test(arguments: [
        ("abc", 3), ("日本語", 6), ("e\u{301}", 1), ("한국어", 6), ("👍🏽", 2), ("❤\u{FE0F}", 2), ("❤", 1),
        ("Ａ", 2), ("🇫🇷", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("\u{200B}", 0), ("Ω", 1), ("ｶﾀｶﾅ", 4), ("。", 2),
        ("e\u{301}\u{302}x", 2), ("\u{301}", 0),
    ])
    func widthsAgreeWithWcwidth(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test func truncationKeepsWholeClustersAndFitsTheWidth() {
        #expect("日本語のテキスト".truncated(toWidth: 6) == "日本…")        // 4 + 1: a third wide letter would make 7
        #expect("cafe\u{301} au lait".truncated(toWidth: 5) == "cafe\u{301}…")   // the accent takes no column
        #expect("dir/sub/name.txt".truncated(toWidth: 9, keepingEnd: true) == "…name.txt")
        #expect("short".truncated(toWidth: 9) == "short")
        #expect("日本".truncated(toWidth: 1) == "…")
    }

    /// C0 (ESC), C1 (NEL, CSI) and the line and paragraph separators all become spaces; CSV
    /// keeps the line breaks (NEL is one too) and quotes them.
    @Test func controlCharactersOfEveryKindBecomeSpaces() {
        let text = "a\u{1B}b\u{85}c\u{9B}d\u{2028}e\r\nf\u{7F}g"
        #expect(text.onOneLine == "a b c d e f g")
        #expect(text.replacingControlCharacters(keepingLineBreaks: true) == "a b\u{85}c d\u{2028}e\r\nf g")
        #expect("café — “quoted” • ok".onOneLine == "café — “quoted” • ok")
    }
}
