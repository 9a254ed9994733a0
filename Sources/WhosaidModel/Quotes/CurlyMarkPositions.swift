/// Where a document's curly double marks stand, so that the scanner can find the end of a nested
/// quote in logarithmic time instead of reading ahead to the end of the paragraph each time
/// (which made `« a « a …` and `“‘“‘…` quadratic).
struct CurlyMarkPositions {
    /// Offsets of the opening marks `“`, ascending.
    let opens: [Int]
    /// Offsets of the closing marks `”`, ascending.
    let closes: [Int]

    /// Records every curly double mark in `s`, among its quotation `marks`.
    init(_ s: some ScalarReader, marks: QuoteMarks) {
        var opens: [Int] = []
        var closes: [Int] = []
        for offset in marks.offsets {
            let k = Int(offset), c = s[k]
            if c == "\u{201C}" { opens.append(k) } else if c == "\u{201D}" { closes.append(k) }
        }
        self.opens = opens
        self.closes = closes
    }

    /// When the first two closing marks at or after `start` both come before the next opening mark
    /// and before `end`: the offset after the first of them.
    func nestedQuoteEnd(from start: Int, before end: Int) -> Int? {
        let c = Self.firstIndex(in: closes, atLeast: start)
        guard c + 1 < closes.count else { return nil }
        let o = Self.firstIndex(in: opens, atLeast: start)
        let bound = o < opens.count ? min(opens[o], end) : end
        return closes[c + 1] < bound ? closes[c] + 1 : nil
    }

    /// The index of the first element of the ascending `values` that is at least `value`
    /// (`values.count` when none is).
    static func firstIndex(in values: [Int], atLeast value: Int) -> Int {
        values.partitioningIndex { $0 >= value }
    }
}
