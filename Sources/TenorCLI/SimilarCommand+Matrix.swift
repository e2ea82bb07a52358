import ArgumentParser
import Tenor

/// `tenor similar --matrix FOLDER [--rows FIRST:LAST]`: the search of a matrix fitted elsewhere,
/// a block of rows at a time (Integrations/spark runs one block per task).
extension SimilarCommand {
    /// Rows `first...last`, 1-based as paragraphs are numbered.
    struct RowBlock: ExpressibleByArgument {
        let first: Int
        let last: Int

        init?(argument: String) {
            let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), 1 <= first, first <= last else { return nil }
            (self.first, self.last) = (first, last)
        }

        /// The 0-based rows, checked against the matrix's `rows`.
        func range(within rows: Int) throws(CLIError) -> Range<Int> {
            guard last <= rows else {
                throw .usage("--rows \(first):\(last) reaches past the matrix's \(rows) rows: give a last row of at most \(rows)")
            }
            return first - 1..<last
        }
    }

    /// Options that a matrix search leaves no room for.
    func validateMatrix() throws {
        guard let matrix else {
            if rows != nil { throw ValidationError("--rows picks rows of a --matrix: give the matrix folder too") }
            return
        }
        guard !matrix.isEmpty else { throw ValidationError("--matrix is empty: name the folder tenor vectorize --format npz wrote") }
        guard input.files.isEmpty, against.isEmpty, query == nil, queryFile == nil else {
            throw ValidationError("--matrix is the corpus: leave out the input files, --against, --query and --query-file")
        }
        guard method == .tfidf else { throw ValidationError("--matrix holds TF-IDF rows: leave out --method lsa") }
    }

    /// Searches the rows of `--matrix` and prints the neighbours or the near-duplicate groups.
    func runMatrix(_ folder: String, analysis: SimilarityAnalysis, reporter: ProgressReporter) throws {
        let (matrix, ids) = try Self.readMatrix(BytePath(argument: folder))
        let block = try rows?.range(within: matrix.rows) ?? 0..<matrix.rows
        let lines: [String]
        if duplicates {
            let report = analysis.nearDuplicates(ofRows: block, in: matrix, ids: ids, threshold: minScore ?? 0.9)
            reporter.finish()
            lines = try DuplicateView(report: report, labelsFiles: false).lines(formatting.chosen)
        } else {
            let report = analysis.neighbors(ofRows: block, in: matrix, ids: ids)
            reporter.finish()
            lines = try SimilarityView(report: report, pairsOfFiles: false).lines(formatting.chosen)
        }
        let output = StandardOutput()
        for line in lines { output.line(line) }
    }

    /// FOLDER/matrix.npz and, when present, FOLDER/ids.txt (one id a line, a row each).
    static func readMatrix(_ folder: BytePath) throws(CLIError) -> (SparseMatrix<Double>, [String]?) {
        let path = folder.appending(Array("matrix.npz".utf8))
        guard !POSIXFile.isMissing(path) else {
            throw .usage("--matrix \(folder.quoted) holds no matrix.npz: write it with tenor vectorize --format npz --output \(folder)")
        }
        let bytes = try POSIXFile.readAll(path, limit: try InputLimit.text())
        let matrix: SparseMatrix<Double>
        do {
            matrix = try NPZMatrixReader.matrix(bytes)
        } catch {
            throw .usage("\(path.quoted) \(error)")
        }
        let idsPath = folder.appending(Array("ids.txt".utf8))
        guard !POSIXFile.isMissing(idsPath) else { return (matrix, nil) }
        var ids = try DistributedVectorizeArguments.read(idsPath).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if ids.last == "" { ids.removeLast() }
        guard ids.count == matrix.rows else {
            throw .usage("\(idsPath.quoted) has \(ids.count) ids for the matrix's \(matrix.rows) rows: use the ids.txt written with the matrix")
        }
        return (matrix, ids)
    }
}
