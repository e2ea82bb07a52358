import Foundation
import Testing
@testable import TenorHTML

/// The WCAG 2.x contrast ratio of every pair of colours the style sheet puts together, in the
/// light, dark and print schemes: at least 4.5:1 for text (success criterion 1.4.3, AA; the
/// page has no large text below it), at least 3:1 for the chart marks and lines a reader needs
/// (1.4.11). Separators and gridlines (`rule`) and the neutral band's fill are decoration; the
/// band's edge is drawn in `muted`. The similarity map's cells are faint by design, their
/// opacity is the data; its closest pair is drawn at full strength and is measured.
@Suite struct PageContrastTests {
    static let schemes: [(name: String, palette: Palette)] = [("light", .light), ("dark", .dark), ("print", .print)]

    /// Where the page writes text: `(what, foreground, background)`.
    static func textPairs(_ p: Palette) -> [(String, String, String)] {
        var pairs = [
            ("text", p.text, p.background), ("text in a card", p.text, p.card),
            ("labels, notes and chart text", p.muted, p.background), ("a note in a card", p.muted, p.card),
            ("a link", p.link, p.background), ("a link in a card", p.link, p.card),
            ("positive tone in the summary", p.positive, p.background), ("positive tone in a card", p.positive, p.card),
            ("negative tone in the summary", p.negative, p.background), ("negative tone in a card", p.negative, p.card),
            ("neutral tone in the summary", p.neutral, p.background), ("neutral tone in a card", p.neutral, p.card),
        ]
        // A marked word and its +/− sign are in the text colour on the word's tint.
        pairs += p.positiveTints.map { ("a positive word on \($0)", p.text, $0) }
        pairs += p.negativeTints.map { ("a negative word on \($0)", p.text, $0) }
        return pairs
    }

    /// Where the page draws marks and lines a reader needs.
    static func markPairs(_ p: Palette) -> [(String, String, String)] {
        var pairs = [
            ("the tone arc's positive marks", p.positive, p.background), ("positive marks in the neutral band", p.positive, p.band),
            ("the tone arc's negative marks", p.negative, p.background), ("negative marks in the neutral band", p.negative, p.band),
            ("the tone arc's neutral marks", p.neutral, p.background), ("neutral marks in the neutral band", p.neutral, p.band),
            ("axes, the arc and the band's edge", p.muted, p.background),
            ("the reading grade bars", p.neutral, p.background),
            ("the similarity map's closest pair", p.heat, p.background),
            ("the outline of a linked card", p.link, p.background), ("the outline on a card", p.link, p.card),
        ]
        // The underline of a marked word lies on its tint (a background reaches under the border).
        pairs += p.positiveTints.map { ("a positive word's underline on \($0)", p.positive, $0) }
        pairs += p.negativeTints.map { ("a negative word's underline on \($0)", p.negative, $0) }
        return pairs
    }

    /// WCAG 2.x relative luminance of `#rrggbb`: each sRGB channel linearised, then weighted.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [value >> 16, value >> 8 & 0xFF, value & 0xFF].map { channel in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    /// (lighter + 0.05) / (darker + 0.05), from 1 to 21.
    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test func theRatioIsWCAGs() {
        // Black on white is the largest ratio, 21:1; #777777 on white is 4.48:1 and #767676
        // 4.54:1, the lightest grey that passes AA (WebAIM's contrast checker gives the same).
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 1e-9)
        #expect(abs(Self.contrast("#ffffff", "#777777") - 4.478) < 0.001)
        #expect(abs(Self.contrast("#767676", "#ffffff") - 4.542) < 0.001)
    }

    /// The pairs of `pairs` below `minimum`, each with its ratio.
    static func below(_ minimum: Double, _ pairs: [(String, String, String)]) -> [String] {
        pairs.compactMap { what, foreground, background in
            let ratio = contrast(foreground, background)
            return ratio < minimum ? "\(what), \(foreground) on \(background): \(ratio)" : nil
        }
    }

    @Test(arguments: schemes.map(\.name))
    func textHas4_5To1AndMarks3To1(scheme: String) {
        let palette = Self.schemes.first { $0.name == scheme }!.palette
        #expect(Self.below(4.5, Self.textPairs(palette)) == [])
        #expect(Self.below(3, Self.markPairs(palette)) == [])
    }

    @Test func theStyleSheetUsesEachSchemeWhole() throws {
        let page = try PageFixture(text: "The food was good.").page
        #expect(page.contains(":root { color-scheme: light dark; \(Palette.light.declarations) }"))
        #expect(page.contains("@media (prefers-color-scheme: dark) {\n  :root { \(Palette.dark.declarations) }"))
        #expect(page.contains("@media print {\n  :root { color-scheme: light; \(Palette.print.declarations) }"))
        // Every custom property a rule reads is declared by each scheme, none is left over.
        let declared = Set(Palette.light.declarations.matches(of: /--([a-z0-9]+):/).map { String($0.output.1) })
        let read = Set(page.matches(of: /var\(--([a-z0-9]+)\)/).map { String($0.output.1) })
        #expect(read == declared)
        for palette in [Palette.dark, Palette.print] {
            #expect(Set(palette.declarations.matches(of: /--([a-z0-9]+):/).map { String($0.output.1) }) == declared)
        }
    }
}
