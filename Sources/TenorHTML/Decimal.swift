import Foundation
import Tenor

/// Numbers as the page prints them.
enum Decimal {
    /// `value` with `places` decimals.
    static func text(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value)
    }

    /// `value` with `places` decimals and its sign always written, a true minus for a reader:
    /// `+0.4404`, `−0.1250`, `0.0000`.
    static func signed(_ value: Double, places: Int) -> String {
        let magnitude = text(abs(value), places: places)
        guard magnitude != text(0, places: places) else { return magnitude }
        return (value < 0 ? "\u{2212}" : "+") + magnitude
    }

    /// A reading grade with one decimal, or `none` when there is none.
    static func grade(_ score: Score) -> String {
        score.value.map { text($0, places: 1) } ?? "none"
    }

    /// A mean compound, signed with 4 decimals, or `none` without paragraphs.
    static func meanTone(_ mean: Double?) -> String {
        mean.map { signed($0, places: 4) } ?? "none"
    }
}
