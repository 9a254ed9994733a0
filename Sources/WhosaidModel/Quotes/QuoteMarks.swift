/// Where a document's quotation-mark scalars stand, found in one tight pass over its text, so
/// that the quote scanners jump from one to the next instead of testing every scalar in turn
/// (reading each scalar through the scanners' loops was about 2% of the engine on real news).
///
/// The marks are every scalar either scanner looks at: `"` `'` `` ` `` `«` `»` `‘` `’` `“` `”` `„`.
/// Most of them are apostrophes; a scanner still tells what each one is.
struct QuoteMarks {
    /// Offsets of the marks, ascending.
    let offsets: [Int32]

    /// Records every mark in `s`.
    init(_ s: some ScalarReader) {
        var offsets: [Int32] = []
        if let narrow = s as? NarrowScalars {
            // The common case (one byte per scalar): which of the 256 codes are marks is settled
            // once, and the codes read straight from their storage, eight at a time past those
            // that cannot be marks (ASCII other than the three marks; testing every code was
            // 0.2% of the engine on news).
            let markCodes = narrow.table.map(Self.isMark)
            narrow.codes.withUnsafeBufferPointer { codes in
                let (quote, apostrophe, backtick) = (UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"))
                var k = CodeScan.next(in: codes, from: 0, to: codes.count, quote, apostrophe, backtick)
                while k < codes.count {
                    if markCodes[Int(codes[k])] { offsets.append(Int32(truncatingIfNeeded: k)) }
                    k = CodeScan.next(in: codes, from: k + 1, to: codes.count, quote, apostrophe, backtick)
                }
            }
        } else {
            for k in 0..<s.count where Self.isMark(s[k].value) { offsets.append(Int32(truncatingIfNeeded: k)) }
        }
        self.offsets = offsets
    }

    /// Whether the scalar of value `v` is one of the marks. ASCII, most of the text, is tested
    /// against a bit mask.
    @inline(__always) static func isMark(_ v: UInt32) -> Bool {
        if v < 0x80 {
            let lowMarks: UInt64 = 1 << 0x22 | 1 << 0x27   // " '
            let highMarks: UInt64 = 1 << (0x60 - 64)        // `
            return ((v < 64 ? lowMarks : highMarks) >> UInt64(v & 63)) & 1 != 0
        }
        if v == 0xAB || v == 0xBB { return true }
        // ‘ ’ (U+2018, U+2019) and “ ” „ (U+201C–U+201E).
        let curlyMarks: UInt32 = 0b111_0011
        return v &- 0x2018 <= 6 && (curlyMarks >> (v &- 0x2018)) & 1 != 0
    }

    /// The offset of the first mark at or after `i` and before `end`, or `end` when there is
    /// none. `k` is the caller's place in ``offsets``, kept from one call to the next: calls that
    /// move forward, as a scan does, cost one step per mark passed.
    @inline(__always) func next(atLeast i: Int, before end: Int, from k: inout Int) -> Int {
        while k > 0, Int(offsets[k - 1]) >= i { k -= 1 }
        while k < offsets.count, Int(offsets[k]) < i { k += 1 }
        return k < offsets.count ? min(Int(offsets[k]), end) : end
    }
}
