/// The colours of one scheme of the page (light, dark, print), each the value of a CSS custom
/// property the style sheet uses. They are data so that a test can measure the contrast of
/// every pair the page puts together.
///
/// Tone colours are ColorBrewer's purple–orange diverging scheme (PuOr), which readers with
/// red–green colour blindness tell apart: `#542788` and `#7f3b08` are its ends.
struct Palette: Sendable {
    /// The page, and the text on it.
    var background: String
    var text: String
    /// Labels, notes, chart text and axes.
    var muted: String
    /// Separators and gridlines: decoration, not information.
    var rule: String
    var card: String
    var link: String
    /// Tone: text, chart marks and the underline of a marked word.
    var positive: String
    var negative: String
    var neutral: String
    /// The tints behind marked words, weakest first.
    var positiveTints: [String]
    var negativeTints: [String]
    /// The neutral band of the tone arc (its edge is drawn in `muted`).
    var band: String
    /// The similarity map's closest pair; weaker pairs are this at lower opacity.
    var heat: String

    static let light = Palette(
        background: "#ffffff", text: "#1b1b1b", muted: "#555555", rule: "#d0d0d0", card: "#f7f7f7",
        link: "#3a2a80", positive: "#542788", negative: "#7f3b08", neutral: "#5a5a5a",
        positiveTints: ["#ece7f4", "#d8cdea", "#bfaedb"], negativeTints: ["#fdebd3", "#fbd3a0", "#f6b56a"],
        band: "#ececec", heat: "#542788")

    static let dark = Palette(
        background: "#161616", text: "#ececec", muted: "#b4b4b4", rule: "#3c3c3c", card: "#202020",
        link: "#c9bdf0", positive: "#b9a8e6", negative: "#f3a556", neutral: "#a8a8a8",
        positiveTints: ["#342a4a", "#45375f", "#584877"], negativeTints: ["#43301a", "#5a3d1c", "#724c1e"],
        band: "#2a2a2a", heat: "#c9bdf0")

    /// On paper: the light colours, black text, white cards, whatever scheme the screen uses.
    static let print: Palette = {
        var print = light
        print.text = "#000000"
        print.card = "#ffffff"
        return print
    }()

    /// The custom properties, `--bg: #ffffff; …`, every one of them, so that a scheme replaces
    /// another whole.
    var declarations: String {
        var names: [(String, String)] = [
            ("bg", background), ("fg", text), ("muted", muted), ("rule", rule), ("card", card), ("link", link),
            ("pos", positive), ("neg", negative), ("neu", neutral), ("band", band), ("heat", heat),
        ]
        names += positiveTints.enumerated().map { ("pos\($0.offset + 1)", $0.element) }
        names += negativeTints.enumerated().map { ("neg\($0.offset + 1)", $0.element) }
        return names.map { "--\($0.0): \($0.1);" }.joined(separator: " ")
    }
}
