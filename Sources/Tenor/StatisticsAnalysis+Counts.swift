import TenorSupport

extension StatisticsAnalysis {
    /// The counts of every paragraph of `document`, counted in parallel as ``report(_:)`` counts
    /// them, but handed over instead of kept: each chunk of consecutive paragraphs is folded into
    /// a value of its own (`start()`, then `add` for each of its paragraphs in order, on the
    /// thread that counted them), and the chunks' values come back in order.
    ///
    /// For a caller that writes rows as it goes (`tenor stats` in CSV or TSV): no
    /// ``TextStatistics`` is built, copied or freed, and nothing is totalled.
    ///
    ///     let lines = analysis.foldCounts(of: document, start: { "" }) { lines, paragraph, counts in
    ///         lines += "\(paragraph + 1)\t\(counts.words)\n"
    ///     }.joined()
    public func foldCounts<Part: Sendable>(
        of document: Document, start: @Sendable () -> Part,
        _ add: @Sendable (inout Part, _ paragraph: Int, _ counts: TextCounts) -> Void
    ) -> [Part] {
        let (counters, paragraphs, text) = (counters, document.paragraphs, document.text)
        let chunks = balancedChunks(of: [document].numberedParagraphs)
        return parallelMap(chunks.count) { chunk in
            counters.withCounter { counter in
                var part = start()
                for paragraph in chunks[chunk] {
                    add(&part, paragraph, counter.counts(paragraphs[paragraph], in: text))
                }
                return part
            }
        }
    }
}
