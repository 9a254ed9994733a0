/// Finds the next scalar a scanner must look at in a text's one-byte scalar codes
/// (``TextScalars``), eight codes at a time (the last few of a range one by one): the line-break, paragraph and sentence scanners
/// otherwise test every scalar of an article against the few they stop at.
enum CodeScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The first offset in `from..<to` whose code is `a`, `b` or `c` (ASCII), or any code of 0x80
    /// and up (a non-ASCII scalar, which the caller reads to tell); `to` when there is none.
    /// Every offset skipped holds an ASCII scalar other than the three.
    @inline(__always)
    static func next(in codes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        var j = from
        if let base = codes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ma = ones &* UInt64(a)
            let mb = ones &* UInt64(b)
            let mc = ones &* UInt64(c)
            while j + 8 <= to {
                // Code j in the lowest bits on any machine.
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                let xa = x ^ ma
                let xb = x ^ mb
                let xc = x ^ mc
                // A zero byte of xa, xb or xc (no such byte goes unmarked), or a high bit of x. A
                // byte is marked wrongly only above one marked rightly (a borrow), so the lowest
                // mark is the code sought: stepping to it, not code by code, saved 0.15% on news.
                let marked = (x | (xa &- ones) & ~xa | (xb &- ones) & ~xb | (xc &- ones) & ~xc) & highs
                if marked != 0 { return j &+ marked.trailingZeroBitCount >> 3 }
                j &+= 8
            }
        }
        while j < to {
            let code = codes[j]
            if code == a || code == b || code == c || code >= 0x80 { return j }
            j &+= 1
        }
        return to
    }

    /// The first offset in `from..<to` (within the codes) whose code is no ASCII letter or digit
    /// (punctuation, a space, or a non-ASCII scalar's code, 0x80 and up); `to` when all are.
    /// A word's ASCII run is skipped so, eight codes a step (the last few of the range one by
    /// one), not a scalar read and tested.
    @inline(__always)
    static func asciiAlphanumericEnd(in codes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var j = from
        if let base = codes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while j + 8 <= to {
                // Code j in the lowest bits on any machine.
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                let other = notAlphanumeric(x)
                if other != 0 { return j &+ other.trailingZeroBitCount >> 3 }
                j &+= 8
            }
        }
        while j < to {
            let code = codes[j]
            // A letter of either case is 0..<26 once set small; a digit 0..<10 from "0"; every
            // other code, 0x80 and up among them, is neither.
            if (code | 0x20) &- 0x61 >= 26 && code &- 0x30 >= 10 { return j }
            j &+= 1
        }
        return to
    }

    /// The high bit of each byte of `x` that is no ASCII letter or digit (0x80 and up among them).
    /// Each test adds a constant to every byte's low seven bits, which never carries into the next
    /// byte: `v + (0x80 - lo)` sets the high bit when `v >= lo`, `v + (0x7F - hi)` when `v > hi`.
    @inline(__always)
    static func notAlphanumeric(_ x: UInt64) -> UInt64 {
        let low = x & ~highs
        let folded = low | ones &* 0x20  // a capital as its small letter
        let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))
        let digit = (low &+ ones &* (0x80 - 0x30)) & ~(low &+ ones &* (0x7F - 0x39))
        return ~((letter | digit) & ~x) & highs
    }
}
