/// A small streaming JSON writer: appends UTF-8 bytes for objects, arrays, strings and numbers.
/// Much faster than building Foundation objects for JSONSerialization, which matters when
/// `extract` runs as the map step over millions of articles.
public struct JSONWriter {
    /// The JSON written so far (a copy: ``takeBytes()`` hands it over without one).
    public var bytes: [UInt8] { out.array }
    /// How many bytes of JSON are written.
    public var count: Int { out.count }
    private var out: JSONBytes
    /// Whether each open object or array has a value yet.
    private var needsComma = CommaStack()

    /// Creates an empty writer.
    public init(capacity: Int = 4096) {
        out = JSONBytes(capacity: capacity)
    }

    /// The JSON written, handed over without a copy; the writer is left empty.
    public mutating func takeBytes() -> [UInt8] { out.take() }

    /// Opens an object (`{`).
    mutating func beginObject() { separate(); out.append(0x7B); needsComma.push() }
    /// Closes the current object (`}`).
    mutating func endObject() { out.append(0x7D); needsComma.pop() }
    /// Opens an array (`[`).
    mutating func beginArray() { separate(); out.append(0x5B); needsComma.push() }
    /// Closes the current array (`]`).
    mutating func endArray() { out.append(0x5D); needsComma.pop() }

    /// Writes an object key; the value written next belongs to it.
    /// (Keys are literals of plain ASCII, which need no escapes: their bytes are copied whole,
    /// without the scan for escapes a string value gets, quotes and colon in one write.)
    /// The comma before the key, when the object has a member already, goes in the same write
    /// (``separate()`` and the key wrote twice, each write checking the storage's uniqueness).
    public mutating func key(_ k: StaticString) {
        let comma = !needsComma.isEmpty && needsComma.top
        k.withUTF8Buffer { utf8 in
            assert(utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }, "a key needs no escapes")
            let n = utf8.count
            let c = comma ? 1 : 0
            out.write(c + n + 3) { p in
                if comma { p[0] = 0x2C }
                let q = p + c
                q[0] = 0x22
                if let key = utf8.baseAddress { JSONBytes.copy(key, n, to: q + 1) }
                q[n + 1] = 0x22
                q[n + 2] = 0x3A
            }
        }
        if !needsComma.isEmpty { needsComma.top = false }
    }

    /// Writes a string value.
    public mutating func string(_ s: String) { separate(); writeString(s) }
    /// Writes a string value, or null.
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    /// Writes an integer value.
    mutating func int(_ n: Int) {
        separate()
        if n < 0 { out.append(0x2D) }
        appendDigits(n.magnitude)
    }
    /// Writes a number with `decimals` decimals at most (trailing zeros dropped); a NaN or an
    /// infinity, which JSON cannot hold, as `null`.
    public mutating func number(_ d: Double, decimals: Int = 2) {
        separate()
        guard d.isFinite, abs(d) < 1e15 else { appendNull(); return }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let units = Int((d * Double(scale)).rounded())
        if units < 0 { out.append(0x2D) }
        appendDigits(units.magnitude / UInt(scale))
        var fraction = Int(units.magnitude % UInt(scale))
        guard fraction != 0 else { return }
        var digits = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        out.append(0x2E)
        appendDigits(UInt(fraction), minimumCount: digits)
    }

    /// Appends the decimal digits of `m` (as `String(m)` writes them), zeros first up to
    /// `minimumCount` digits; without making a String for each number.
    private mutating func appendDigits(_ m: UInt, minimumCount: Int = 1) {
        var divisor: UInt = 1
        var count = 1
        while m / divisor >= 10 {
            divisor *= 10
            count += 1
        }
        let zeros = max(count, minimumCount) - count
        out.write(zeros + count) { p in
            for k in 0..<zeros { p[k] = 0x30 }
            var rest = m, at = zeros
            while divisor > 0 {
                p[at] = 0x30 + UInt8(truncatingIfNeeded: rest / divisor)
                rest %= divisor
                divisor /= 10
                at += 1
            }
        }
    }
    /// Writes `null`.
    mutating func null() { separate(); appendNull() }

    /// Appends the bytes of `null`.
    private mutating func appendNull() {
        out.write(4) { p in
            p[0] = 0x6E
            p[1] = 0x75
            p[2] = 0x6C
            p[3] = 0x6C
        }
    }
    /// Writes an array of strings.
    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }
    /// Writes an array of integers.
    mutating func ints(_ list: [Int]) {
        beginArray()
        for n in list { int(n) }
        endArray()
    }

    private mutating func separate() {
        guard !needsComma.isEmpty else { return }
        if needsComma.top { out.append(0x2C) } else { needsComma.top = true }
    }

    /// Writes `s` quoted, escaping quotes, backslashes, controls, DEL and the C1 controls.
    private mutating func writeString(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            // Most strings need no escape: quotes and bytes in one write, not three.
            guard Self.needsNoEscape(utf8) else {
                out.append(0x22)
                appendEscaped(utf8)
                out.append(0x22)
                return
            }
            let n = utf8.count
            out.write(n + 2) { p in
                p[0] = 0x22
                if let bytes = utf8.baseAddress { JSONBytes.copy(bytes, n, to: p + 1) }
                p[n + 1] = 0x22
            }
        }
    }

    /// Whether ``appendEscaped(_:)`` would copy `utf8` whole, escaping nothing.
    private static func needsNoEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < utf8.count {
            i = plainEnd(utf8, from: i)
            guard i < utf8.count else { break }
            let b = utf8[i]
            let isC1 = b == 0xC2 && i + 1 < utf8.count && (0x80...0x9F).contains(utf8[i + 1])
            guard b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && !isC1 else { return false }
            i += 1
        }
        return true
    }

    /// Appends `utf8` escaped as inside a JSON string; the runs between escapes are copied whole.
    /// `utf8` must not end between the two bytes of a C1 control.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var run = 0
        while i < utf8.count {
            i = Self.plainEnd(utf8, from: i)
            guard i < utf8.count else { break }
            let b = utf8[i]
            let isC1 = b == 0xC2 && i + 1 < utf8.count && (0x80...0x9F).contains(utf8[i + 1])
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && !isC1 {
                i += 1
                continue
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[run..<i]))
            switch b {
            case 0x22: appendPair(0x5C, 0x22)
            case 0x5C: appendPair(0x5C, 0x5C)
            case 0x0A: appendPair(0x5C, 0x6E)
            case 0x0D: appendPair(0x5C, 0x72)
            case 0x09: appendPair(0x5C, 0x74)
            case 0xC2:
                i += 1
                appendEscape(of: utf8[i])
            default: appendEscape(of: b)  // the other controls and DEL
            }
            i += 1
            run = i
        }
        out.append(UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
    }

    /// Appends the two bytes `a` and `b` (a short escape).
    private mutating func appendPair(_ a: UInt8, _ b: UInt8) {
        out.write(2) { p in
            p[0] = a
            p[1] = b
        }
    }

    /// Appends `\u00XX` for the code point `value` (below U+0100).
    private mutating func appendEscape(of value: UInt8) {
        let escape = Self.escape(of: value)
        out.write(escape.count) { p in
            for k in escape.indices { p[k] = escape[k] }
        }
    }

    /// The first offset from `start` of `utf8` that may need an escape (a control, quote,
    /// backslash, DEL, or 0xC2, which opens the C1 controls), eight bytes at a time; the offsets
    /// skipped need none. `utf8.count` when there is none.
    @inline(__always)
    static func plainEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var j = start
        guard let base = utf8.baseAddress else { return j }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        while j + 8 <= utf8.count {
            let x = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            let quote = x ^ (ones &* 0x22)
            let backslash = x ^ (ones &* 0x5C)
            let del = x ^ (ones &* 0x7F)
            let c2 = x ^ (ones &* 0xC2)
            // Zero-byte and below-0x20 tests: no byte they look for goes unmarked.
            let marked = ((x &- ones &* 0x20) & ~x | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash
                | (del &- ones) & ~del | (c2 &- ones) & ~c2) & 0x8080_8080_8080_8080
            if marked != 0 { break }
            j &+= 8
        }
        return j
    }
}

// MARK: Streaming

extension JSONWriter {
    /// Hands what is written so far to `sink` and forgets it, keeping the room it took: the JSON of
    /// a large document then goes out in pieces instead of being held whole.
    public mutating func drain(to sink: ([UInt8]) throws -> Void) rethrows {
        try out.drain(to: sink)
    }

    /// Writes a string value, handing the JSON to `sink` each time about `piece` bytes of it are
    /// written (``drain(to:)``): a document's whole text is not held a second time, escaped.
    public mutating func string(_ s: String, inPiecesOf piece: Int, to sink: ([UInt8]) throws -> Void) rethrows {
        separate()
        out.append(0x22)
        var s = s
        try s.withUTF8 { utf8 in
            var start = 0
            while start < utf8.count {
                // Cut only before a scalar's first byte, so that no escape is split.
                var end = utf8.count - start <= piece ? utf8.count : start + piece
                while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
                appendEscaped(UnsafeBufferPointer(rebasing: utf8[start..<end]))
                start = end
                if out.count >= piece { try drain(to: sink) }
            }
        }
        out.append(0x22)
    }

    /// Writes the scalars `range` of `scalars` as a string value, escaped straight from their
    /// UTF-8 runs: what ``string(_:)`` writes of ``TextScalars/string(_:)``, without the string
    /// (a statement's mention and antecedent were made strings only to be written).
    mutating func string(_ scalars: TextScalars, _ range: Range<Int>) {
        separate()
        out.append(0x22)
        scalars.forEachUTF8Run(range) { appendEscaped($0) }
        out.append(0x22)
    }

    /// Writes the text of `scalars` as a string value, as ``string(_:inPiecesOf:to:)`` writes it,
    /// escaped straight from their UTF-8 runs (``TextScalars/forEachUTF8Run(_:_:)``), `piece`
    /// scalars at a time: a document keeps its text only as scalars (``Document/text``), and no
    /// string of it is made to write it.
    mutating func string(_ scalars: TextScalars, inPiecesOf piece: Int, to sink: ([UInt8]) throws -> Void) rethrows {
        separate()
        out.append(0x22)
        var start = 0
        while start < scalars.count {
            let end = scalars.count - start <= piece ? scalars.count : start + piece
            scalars.forEachUTF8Run(start..<end) { appendEscaped($0) }
            start = end
            if out.count >= piece { try drain(to: sink) }
        }
        out.append(0x22)
    }
}

extension JSONWriter {
    /// `json`, UTF-8 JSON text such as `JSONEncoder` writes, with DEL and the C1 controls
    /// U+0080–U+009F written as `\u` escapes, as ``string(_:)`` writes them. JSON allows them raw,
    /// but a terminal showing the JSON may obey them (U+009B is CSI). Outside strings JSON holds
    /// neither, so the bytes can be replaced wherever they stand.
    public static func escapingDELAndC1(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        var i = 0
        while i < json.count {
            if json[i] == 0x7F {
                appendEscape(of: 0x7F, to: &out)
            } else if json[i] == 0xC2, i + 1 < json.count, (0x80...0x9F).contains(json[i + 1]) {
                i += 1
                appendEscape(of: json[i], to: &out)
            } else {
                out.append(json[i])
            }
            i += 1
        }
        return out
    }

    /// Appends `\u00XX` for the code point `value` (below U+0100).
    static func appendEscape(of value: UInt8, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: escape(of: value))
    }

    /// The bytes of `\u00XX` for the code point `value` (below U+0100).
    static func escape(of value: UInt8) -> [UInt8] {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        return [0x5C, 0x75, 0x30, 0x30, hex[Int(value >> 4)], hex[Int(value & 0xF)]]
    }
}
