import Tenor

// The library's errors say what is wrong in the library's terms ("the minimum document
// frequency"); the command names the option that sets it, so a user knows what to type.

extension VectorizerError {
    var commandLineMessage: String {
        switch self {
        case .emptyVocabulary: description
        case .noTermsAfterPruning:
            "no terms remain after the document-frequency limits: try a lower --min-df or a higher --max-df"
        case .documentFrequencyBoundsCross(let min, let max):
            "--max-df allows \(max) paragraphs but --min-df asks for \(min): make --max-df larger than --min-df"
        }
    }
}

extension SimilarityError {
    var commandLineMessage: String {
        switch self {
        case .invalidCount(let count): "--top \(count) is invalid: give 1 or more"
        case .minimumScoreOutOfRange(let score): "--min-score \(score) is outside [-1, 1]: cosine similarities lie there"
        case .invalidDimensions(let dimensions): "--dimensions \(dimensions) is invalid: give 1 or more"
        case .lsaFailed(let reason): "LSA failed: \(reason); try --method tfidf"
        case .vectorizer(let error): error.commandLineMessage
        case .queryHasNoKnownTerm, .nothingToSearch: description
        }
    }
}

extension LearningError {
    var commandLineMessage: String {
        switch self {
        case .tooFewTexts(let count, let folds):
            "\(count) labelled text\(count == 1 ? "" : "s") for \(folds) folds; give at least \(folds) texts (a few hundred learn well) or fewer --folds"
        case .noTerms(let minimumTexts):
            "no word occurs in \(minimumTexts) or more texts (stop words, rule words and words without letters are not learned); give more texts or a lower --min-count"
        case .oneRating: description
        }
    }
}

extension LabelledTextError {
    var commandLineMessage: String {
        switch self {
        case .label(.outOfScale(let value, let scale), let line):
            "line \(line): label \(value) is outside the scale \(scale); give the scale with --scale=LOW:HIGH"
        case .noField:
            description + "; name the fields with --text-field and --label-field"
        default: description
        }
    }
}
