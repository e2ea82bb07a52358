import Testing
import TenorTone

@Suite struct LabelledTextReaderTests {
    let tsv = LabelledTextReader(format: .tsv)
    let jsonl = LabelledTextReader(format: .jsonl)

    @Test func tsvRowsAfterTheHeader() throws {
        // Line 3 is blank (skipped, still counted); "positive" is +2 on -4…4.
        let texts = try tsv.texts(in: "text\tscore\nThe film was fun\t2.5\n\n  \nA slow plot\tpositive\n")
        #expect(texts == [LabelledText(text: "The film was fun", rating: 2.5, line: 2),
                          LabelledText(text: "A slow plot", rating: 2, line: 5)])
        #expect(try tsv.texts(in: "") == [])
        #expect(try tsv.texts(in: "text\tscore\n\n") == [])
    }

    @Test func tsvColumnsByName() throws {
        let reader = LabelledTextReader(format: .tsv, textField: "review", labelField: "stars",
                                        scale: try #require(RatingScale(low: 1, high: 5)))
        let texts = try reader.texts(in: "id\tstars\treview\n7\t5\tLovely\n8\tnegative\tDull\n")
        // "negative" is 3 − (5 − 3) / 2 = 2 on 1…5.
        #expect(texts == [LabelledText(text: "Lovely", rating: 5, line: 2), LabelledText(text: "Dull", rating: 2, line: 3)])
        #expect(throws: LabelledTextError.noColumn(name: "review", columns: ["text", "score"], line: 1)) {
            try reader.texts(in: "text\tscore\nLovely\t5\n")
        }
    }

    @Test func jsonLinesWithFields() throws {
        let texts = try jsonl.texts(in: """
            {"text": "Lovely", "label": 3, "id": [1, {"a": null}]}

            {"label": "Negative", "text": "Dull \\"film\\""}
            """)
        #expect(texts == [LabelledText(text: "Lovely", rating: 3, line: 1), LabelledText(text: "Dull \"film\"", rating: -2, line: 3)])
        let named = LabelledTextReader(format: .jsonl, textField: "body", labelField: "mood")
        #expect(try named.texts(in: "{\"body\": \"Fine\", \"mood\": -1.5}\n") == [LabelledText(text: "Fine", rating: -1.5, line: 1)])
    }

    /// Windows line ends (CR LF) end lines as LF does; a leading byte-order mark is no part of
    /// the first line.
    @Test func crlfAndByteOrderMark() throws {
        let expected = [LabelledText(text: "The film was fun", rating: 2, line: 2), LabelledText(text: "Slow", rating: -1, line: 4)]
        #expect(try tsv.texts(in: "text\tscore\r\nThe film was fun\t2\r\n\r\nSlow\t-1\r\n") == expected)
        let named = LabelledTextReader(format: .tsv, textField: "text", labelField: "score")
        #expect(try named.texts(in: "\u{FEFF}text\tscore\nThe film was fun\t2\n\nSlow\t-1") == expected)
        let json = "\u{FEFF}{\"text\": \"A\", \"label\": 1}\r\n{\"text\": \"B\", \"label\": -1}\r\n"
        #expect(try jsonl.texts(in: json) == [LabelledText(text: "A", rating: 1, line: 1), LabelledText(text: "B", rating: -1, line: 2)])
    }

    @Test(arguments: [
        (LabelledTextReader.Format.tsv, "text\nThe film was fun\n", LabelledTextError.headerWithoutLabelColumn(line: 1)),
        (.tsv, "\ntext\tscore\nfun\t2\tmore\n", .columnCount(count: 3, expected: 2, line: 3)),
        (.tsv, "text\tscore\nfun\t2\nslow\tgreat\n", .label(.unknown(value: "great"), line: 3)),
        (.tsv, "text\tscore\nfun\t9\n", .label(.outOfScale(value: "9", scale: .vader), line: 2)),
        (.tsv, "text\tscore\nfun\t\n", .label(.unknown(value: ""), line: 2)),
        (.jsonl, "{\"text\": \"fun\", \"label\": 2}\n{\"text\": \"fun\", \"label\": 2\n", .notARecord(textField: "text", labelField: "label", line: 2)),
        (.jsonl, "{\"text\": \"fun\", \"rating\": 2}\n", .noField(name: "label", line: 1)),
        (.jsonl, "{\"label\": 2}\n", .noField(name: "text", line: 1)),
        (.jsonl, "{\"text\": 5, \"label\": 2}\n", .notARecord(textField: "text", labelField: "label", line: 1)),
        (.jsonl, "{\"text\": \"fun\", \"label\": null}\n", .notARecord(textField: "text", labelField: "label", line: 1)),
        (.jsonl, "[\"fun\", 2]\n", .notARecord(textField: "text", labelField: "label", line: 1)),
        (.jsonl, "{\"text\": \"fun\", \"label\": \"great\"}\n", .label(.unknown(value: "great"), line: 1)),
    ])
    func badLines(_ format: LabelledTextReader.Format, _ input: String, _ expected: LabelledTextError) {
        #expect(throws: expected) { try LabelledTextReader(format: format).texts(in: input) }
    }

    @Test func messages() {
        #expect(LabelledTextError.columnCount(count: 3, expected: 2, line: 4).description
                == "line 4: 3 tab-separated columns where the header has 2; write the text, a tab and its label (a text holds no tab)")
        #expect(LabelledTextError.noColumn(name: "x", columns: ["a", "b"], line: 1).description
                == "line 1: the header has no column 'x'; its columns are 'a', 'b'")
        #expect(LabelledTextError.noField(name: "label", line: 2).description == "line 2: no \"label\" field")
        #expect(LabelledTextError.label(.unknown(value: "great"), line: 3).line == 3)
    }
}
