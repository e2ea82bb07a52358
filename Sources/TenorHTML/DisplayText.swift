extension String {
    /// The text as a page shows it: control characters (NUL, escape, DEL, the C1 range), which
    /// HTML forbids or drops, become visible stand-ins (U+2400… "control pictures", else
    /// U+FFFD), so every byte of the input stays on the page as text. Tab, line feed and
    /// carriage return are kept. Markup characters are left to the template, which escapes them.
    var displayable: String {
        guard unicodeScalars.contains(where: Self.isHidden) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            guard Self.isHidden(scalar) else {
                result.append(scalar)
                continue
            }
            let picture: UInt32 = scalar.value < 0x20 ? 0x2400 + scalar.value : scalar.value == 0x7F ? 0x2421 : 0xFFFD
            result.append(Unicode.Scalar(picture)!)
        }
        return String(result)
    }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F..<0xA0: true
        default: false
        }
    }
}
