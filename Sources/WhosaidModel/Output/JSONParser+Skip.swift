/// A fast check of a value that is not kept (a JSONL line's `quotes`, `title`, …: most of a
/// line's bytes on annotated news), without the parser's frames and values.
///
/// The check is strict RFC 8259 JSON and only says where a valid value ends: anything it does
/// not take (a comma before a closing bracket, nesting deeper than ``maxDepth``, any error) is
/// left to ``JSONParser``'s own reading from the same place, which accepts what it is lenient
/// about and words the error when there is one. So it never accepts what the parser refuses, and
/// a line reads and fails exactly as before, only faster.
extension JSONParser {
    /// The deepest nesting the check follows (one bit a level); deeper values go the slow way.
    static let maxSkippedDepth = 64

    /// The end of the valid JSON value that starts at `start` (white space before it allowed),
    /// or nil when it is not plain JSON there (see above). Read as two loops, a value (after its
    /// key in an object) and what follows one, a plain string's run and a lone space stepped over
    /// inline, positions passed by value (a nested function capturing one was not always inlined,
    /// and the captured position was then checked for exclusive access at run time): a state
    /// switched on at every token, with each byte of white space tested four ways, took 72.8 M
    /// instructions for PolNeAR train's `quotes`, 64.1 M now.
    static func skippedValueEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = p.count
        var i = start
        // Open containers as bits, the innermost lowest: 1 for an object, 0 for an array.
        var objects: UInt64 = 0
        var depth = 0
        // Whether an object's `"key" :` comes before the next value.
        var keyFirst = false
        while true {
            if keyFirst {
                i = spaceEnd(p, from: i)
                guard i < n, p[i] == UInt8(ascii: "\""), let end = plainStringEnd(p, from: i) else { return nil }
                i = spaceEnd(p, from: end)
                guard i < n, p[i] == UInt8(ascii: ":") else { return nil }
                i &+= 1
            }
            // A value.
            i = spaceEnd(p, from: i)
            guard i < n else { return nil }
            let c = p[i]
            switch c {
            case UInt8(ascii: "\""):
                guard let end = plainStringEnd(p, from: i) else { return nil }
                i = end
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard depth < maxSkippedDepth else { return nil }
                let isObject = c == UInt8(ascii: "{")
                i = spaceEnd(p, from: i &+ 1)
                guard i < n else { return nil }
                if p[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    i &+= 1
                } else {
                    objects = objects << 1 | (isObject ? 1 : 0)
                    depth += 1
                    keyFirst = isObject
                    continue
                }
            case UInt8(ascii: "t"):
                guard matches(p, i, "true") else { return nil }
                i &+= 4
            case UInt8(ascii: "f"):
                guard matches(p, i, "false") else { return nil }
                i &+= 5
            case UInt8(ascii: "n"):
                guard matches(p, i, "null") else { return nil }
                i &+= 4
            default:
                guard let end = numberEnd(p, from: i) else { return nil }
                i = end
            }
            // What follows a value: closers, then a comma before the next value (or nil).
            while true {
                if depth == 0 { return i }
                i = spaceEnd(p, from: i)
                guard i < n else { return nil }
                let c = p[i]
                i &+= 1
                let isObject = objects & 1 == 1
                if c == UInt8(ascii: ",") {
                    keyFirst = isObject
                    break
                }
                guard c == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { return nil }
                objects >>= 1
                depth -= 1
            }
        }
    }

    /// The end of the white space from `start` (`p.count` when it runs to the end).
    @inline(__always)
    private static func spaceEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = p.count
        var i = start
        // Most often one space (after a comma or a colon), or none; white space is at most
        // 0x20, so one test passes any other byte.
        if i < n, p[i] == 0x20 { i &+= 1 }
        while i < n {
            let b = p[i]
            guard b <= 0x20, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return i }
            i &+= 1
        }
        return i
    }

    /// The end of the string whose opening quote is `p[start]`, or nil when it is not valid:
    /// a plain run up to the closing quote (most strings) is read here, anything else by
    /// ``stringEnd``.
    @inline(__always)
    private static func plainStringEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let j = plainRunEnd(p, from: start &+ 1)
        if j < p.count, p[j] == UInt8(ascii: "\"") { return j &+ 1 }
        return stringEnd(p, from: start)
    }

    /// Whether `word` (ASCII) is written at `p[i...]`.
    @inline(__always)
    private static func matches(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= p.count else { return false }
        for k in 0..<count where p[i + k] != word.utf8Start[k] { return false }
        return true
    }

    /// The end of the number at `p[start]` (`-? int frac? exp?`), or nil when none is there.
    private static func numberEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = p.count
        var i = start
        @inline(__always) func digits() -> Int {
            let s = i
            while i < n, p[i] &- 0x30 < 10 { i += 1 }
            return i - s
        }
        if i < n, p[i] == UInt8(ascii: "-") { i += 1 }
        guard i < n, p[i] &- 0x30 < 10 else { return nil }
        if p[i] == 0x30 { i += 1 } else { _ = digits() }
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return nil }
        }
        if i < n, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        return i
    }

    /// The end of the string whose opening quote is `p[start]` (one past its closing quote), or
    /// nil when it is unterminated or holds a control character, an unknown or bad escape, or
    /// bytes that are no UTF-8.
    private static func stringEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = p.count
        var i = start + 1
        while true {
            i = plainRunEnd(p, from: i)
            guard i < n else { return nil }
            let b = p[i]
            if b == UInt8(ascii: "\"") { return i + 1 }
            if b < 0x20 { return nil }
            if b >= 0x80 {
                let length = validUTF8Length(p, at: i)
                guard length > 0 else { return nil }
                i += length
                continue
            }
            // A backslash.
            guard i + 1 < n else { return nil }
            switch p[i + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                i += 2
            case UInt8(ascii: "u"):
                guard i + 6 <= n else { return nil }
                for k in (i + 2)..<(i + 6) {
                    let h = p[k]
                    guard h &- 0x30 < 10 || h &- 0x41 < 6 || h &- 0x61 < 6 else { return nil }
                }
                i += 6
            default:
                return nil
            }
        }
    }

    /// The end of the run of plain ASCII bytes (no quote, backslash or control) from `start`:
    /// eight bytes at a time, the first that stands out found from the eight's marks, and the
    /// last few bytes one by one.
    @inline(__always)
    static func plainRunEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = p.count
        var j = start
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while j + 8 <= n {
                // Byte j in the lowest bits on any machine.
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                let quote = x ^ (ones &* 0x22)
                let backslash = x ^ (ones &* 0x5C)
                // A byte's high bit is set here when it is non-ASCII, below 0x20, a quote or a
                // backslash (zero-byte tests: no byte that is one goes unmarked, and a byte is
                // marked wrongly only above one marked rightly, by a borrow, so the lowest mark
                // is always right). Stepping to it, not byte by byte, was 0.3% of the engine.
                let marked = (x | (x &- ones &* 0x20) & ~x | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
                if marked != 0 { return j &+ marked.trailingZeroBitCount >> 3 }
                j &+= 8
            }
        }
        while j < n, p[j] >= 0x20, p[j] < 0x80, p[j] != UInt8(ascii: "\""), p[j] != UInt8(ascii: "\\") { j &+= 1 }
        return j
    }

    /// The length of the valid UTF-8 sequence at `p[i]`, or 0.
    @inline(__always)
    static func validUTF8Length(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let end = min(p.count, i + 4)
        let window = UnsafeBufferPointer(rebasing: p[i..<end])
        let n: Int
        switch window[0] {
        case 0xC2...0xDF: n = 2
        case 0xE0...0xEF: n = 3
        case 0xF0...0xF4: n = 4
        default: return 0
        }
        guard n <= window.count else { return 0 }
        return DocumentLoader.firstInvalidUTF8Byte(UnsafeBufferPointer(rebasing: window[0..<n])) == nil ? n : 0
    }
}
