import Tenor

/// How the page names a tone.
enum Tone {
    /// The compound scores within this of zero are neutral (VADER's threshold).
    static let neutralBand = 0.05

    /// `pos`, `neg` or `neu`: the class that colours it.
    static func sign(_ label: ToneLabel) -> String {
        switch label {
        case .positive: "pos"
        case .negative: "neg"
        case .neutral: "neu"
        }
    }

    /// ▲, ▼ or ◆: the sign as a shape, beside the colour.
    static func symbol(_ label: ToneLabel) -> String {
        switch label {
        case .positive: "\u{25B2}"
        case .negative: "\u{25BC}"
        case .neutral: "\u{25C6}"
        }
    }
}
