/// Finds where CSV or TSV rows end in text read piece by piece: at a line feed outside quoted
/// fields, by the grammar ``DelimitedRowReader`` reads (a quote opens a quoted field only at the
/// start of a field; inside one, a doubled quote stands for a quote). A quote count alone would
/// be fooled by a quote inside an unquoted field (`5" screen`), which is text.
struct RowEndScanner {
    let separator: UInt8
    /// Inside a quoted field.
    private var quoted = false
    /// Inside a quoted field, just after a quote: it closes the field unless another follows.
    private var afterQuote = false
    /// At the start of a field, where a quote opens a quoted field.
    private var fieldStart = true

    init(separator: UInt8) {
        self.separator = separator
    }

    /// The offset just past the last row end in `bytes[start...]`, nil if none; the scan goes
    /// on from the state the bytes before `start` left.
    mutating func lastRowEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var last: Int?
        for index in start..<bytes.count {
            let byte = bytes[index]
            if quoted {
                if afterQuote {
                    afterQuote = false
                    if byte == 0x22 { continue }
                    quoted = false
                } else {
                    if byte == 0x22 { afterQuote = true }
                    continue
                }
            }
            if byte == 0x0A {
                last = index + 1
                fieldStart = true
            } else if byte == separator {
                fieldStart = true
            } else {
                quoted = byte == 0x22 && fieldStart
                fieldStart = false
            }
        }
        return last
    }
}
