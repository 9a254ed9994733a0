/// Where a document's curly and straight double marks stand, so that the scanner can find the end
/// of a nested quote in logarithmic time instead of reading ahead to the end of the paragraph each time
/// (which made `« a « a …` and `“‘“‘…` quadratic).
struct CurlyMarkPositions {
    /// Offsets of the opening marks `“`, ascending.
    let opens: [Int]
    /// Offsets of the closing marks `”`, ascending.
    let closes: [Int]
    /// Offsets of the straight marks `"`, ascending: a quote in curly marks may nest in straight
    /// ones, and one in straight marks in curly ones.
    let straights: [Int]

    /// Records every curly double mark and straight double mark in `s`, among its quotation `marks`.
    init(_ s: some ScalarReader, marks: QuoteMarks) {
        var opens: [Int] = []
        var closes: [Int] = []
        var straights: [Int] = []
        for offset in marks.offsets {
            let k = Int(offset), c = s[k]
            if c == "\u{201C}" { opens.append(k) } else if c == "\u{201D}" { closes.append(k) } else if c == "\"" { straights.append(k) }
        }
        self.opens = opens
        self.closes = closes
        self.straights = straights
    }

    /// For a quote open in straight marks that meets a curly opening mark, `start` just after it:
    /// the offset after the curly closing mark that ends the inner quote, when that mark comes
    /// before the next curly opening mark and a straight mark still follows it before `end`
    /// (`"The poll asked: “Do you trust her?” Most said no."`). Nil for any other shape.
    func curlyQuoteInStraightEnd(from start: Int, before end: Int) -> Int? {
        let c = Self.firstIndex(in: closes, atLeast: start)
        guard c < closes.count, closes[c] < end else { return nil }
        let o = Self.firstIndex(in: opens, atLeast: start)
        if o < opens.count, opens[o] < closes[c] { return nil }
        let q = Self.firstIndex(in: straights, atLeast: closes[c])
        return q < straights.count && straights[q] < end ? closes[c] + 1 : nil
    }

    /// For a quote open in curly marks that meets a straight mark opening at `start - 1`: the
    /// offset after the next straight mark, when that one comes before the curly closing mark
    /// that still ends the outer quote before `end` (`“He said "no" to me.”`). Nil for any other shape.
    func straightQuoteInCurlyEnd(from start: Int, before end: Int) -> Int? {
        let q = Self.firstIndex(in: straights, atLeast: start)
        guard q < straights.count else { return nil }
        let c = Self.firstIndex(in: closes, atLeast: straights[q])
        guard c < closes.count, closes[c] < end else { return nil }
        let o = Self.firstIndex(in: opens, atLeast: start)
        if o < opens.count, opens[o] < straights[q] { return nil }
        return straights[q] + 1
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
