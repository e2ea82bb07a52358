import Testing
import Tenor
@testable import TenorHTML

/// Every byte of input renders as text: nothing in it becomes markup, a script, or a link.
@Suite struct PageEscapingTests {
    static let hostile = """
        Nice <script>alert("x")</script> and </style><b>bold</b> here.

        Quote " and ' in "onmouseover="alert(1)" x='y' javascript:alert(1) <!-- comment --> end.

        NUL\u{0} escape\u{1B}[31m bell\u{7} delete\u{7F} c1\u{85} kept\ttab.

        مرحبا بالعالم \u{202E}reversed\u{202C} שלום good.
        """

    @Test func markupInTheTextStaysText() throws {
        let fixture = try PageFixture(text: Self.hostile)
        let page = fixture.page
        #expect(fixture.otherScripts == 0)
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        // The one </style> is the page's own.
        #expect(page.components(separatedBy: "</style>").count == 2)
        #expect(page.contains("&lt;/style&gt;&lt;b&gt;bold&lt;/b&gt;"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("<!--"))
        #expect(page.contains("&lt;!-- comment --&gt;"))
    }

    @Test func quotesCannotLeaveAnAttribute() throws {
        let fixture = try PageFixture(text: Self.hostile)
        #expect(!fixture.page.contains("onmouseover=\"alert"))
        #expect(fixture.page.contains("&quot;onmouseover=&quot;alert(1)&quot; x=&#39;y&#39;"))
        // First words go into chart titles and attributes are only ever the page's own.
        #expect(fixture.values(of: "onmouseover").isEmpty)
        #expect(!fixture.page.contains("href=\"javascript"))
        #expect(fixture.values(of: "href").allSatisfy { $0.hasPrefix("#") })
    }

    @Test func aHostileFileNameIsTextAndNoId() throws {
        let fixture = try PageFixture([("a\"><script>x.txt", "Good day."), ("javascript:alert(1)", "Bad day.")])
        #expect(fixture.otherScripts == 0)
        #expect(fixture.page.contains("<title>Tenor report: 2 files</title>"))
        #expect(fixture.page.contains("<bdi>a&quot;&gt;&lt;script&gt;x.txt</bdi>"))
        // Ids keep ASCII letters and digits only.
        #expect(fixture.values(of: "id").contains("a-script-x-txt-p1"))
        #expect(fixture.values(of: "id").contains("javascript-alert-1-p1"))
        #expect(fixture.values(of: "id").allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } })
    }

    @Test func controlCharactersShowAsPictures() throws {
        let page = try PageFixture(text: Self.hostile).page
        for scalar in page.unicodeScalars {
            #expect(scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value) || [0x09, 0x0A].contains(scalar.value),
                    "U+\(String(scalar.value, radix: 16)) on the page")
        }
        #expect(page.contains("NUL\u{2400} escape\u{241B}[31m bell\u{2407} delete\u{2421} c1\u{FFFD} kept\ttab."))
    }

    @Test func rightToLeftTextIsKeptAndIsolated() throws {
        let page = try PageFixture(text: Self.hostile).page
        #expect(page.contains("<p class=\"text\" dir=\"auto\">مرحبا بالعالم \u{202E}reversed\u{202C} שלום <mark"))
    }

    @Test func displayableTextKeepsWhatHTMLShows() {
        #expect("a\u{0}b\u{1F}c\u{7F}d\u{9F}e\tf\ng\rh".displayable == "a\u{2400}b\u{241F}c\u{2421}d\u{FFFD}e\tf\ng\rh")
        #expect("plain <b> & é".displayable == "plain <b> & é")
    }
}
