/// A text's Unicode scalars, in one byte each: all offsets of the engine index them.
///
/// An ASCII scalar is stored as its value. The other scalars of a text are few and of few kinds
/// (curly quotes, dashes, accented letters): the first ``pageSize`` distinct ones get the codes
/// 0x80 and up, in the order they first appear, and each reads its value from that page. A scalar
/// past a full page is stored as ``escape`` and its value kept aside by offset: reading it takes a
/// search of those. The document's text was held as 4-byte scalars, then 2-byte ones (issue 12:
/// bytes of resident memory a byte of news, through every stage of a large document).
public struct TextScalars: RandomAccessCollection, ScalarReader, Sendable {
    public typealias Index = Int
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<TextScalars>

    /// How many distinct non-ASCII scalars get a code of their own.
    static let pageSize = 127
    /// The code of a scalar past a full page, whose value is kept aside by offset.
    static let escape: UInt8 = 0xFF

    /// Each scalar's code: its value when ASCII, else 0x80 plus its place in the page, or ``escape``.
    private var codes: [UInt8]
    /// The value of each code (``Page/ascii`` for an all-ASCII text): one reference besides the
    /// codes, so that handing the scalars to a function costs little.
    private var page: Page

    /// The value of each code, and the escaped scalars' offsets (ascending) and values.
    private final class Page: Sendable {
        /// Values by code, 256 of them: an ASCII code is its value, ``escape`` reads U+FFFD.
        let table: [UInt32]
        let escapedOffsets: [Int32]
        let escapedValues: [UInt32]

        /// The page of a text whose non-ASCII scalars, in order of first appearance, are `values`
        /// (at most ``TextScalars/pageSize``).
        init(values: [UInt32], escapedOffsets: [Int32], escapedValues: [UInt32]) {
            table = (0..<0x80).map { UInt32($0) } + values
                + [UInt32](repeating: 0xFFFD, count: TextScalars.pageSize + 1 - values.count)
            self.escapedOffsets = escapedOffsets
            self.escapedValues = escapedValues
        }

        /// The page of every all-ASCII text.
        static let ascii = Page(values: [], escapedOffsets: [], escapedValues: [])

        /// The value of the escaped scalar at offset `i`.
        func escapedValue(at i: Int) -> UInt32 {
            let k = escapedOffsets.partitioningIndex { Int($0) >= i }
            precondition(k < escapedOffsets.count && Int(escapedOffsets[k]) == i, "no escaped scalar at \(i)")
            return escapedValues[k]
        }
    }

    /// Gives codes to the scalars of a text in order, building its page.
    private struct Coder {
        var codeOf: [UInt32: UInt8] = [:]
        var values: [UInt32] = []
        var escapedOffsets: [Int32] = []
        var escapedValues: [UInt32] = []

        /// The code of the scalar of value `v` (a scalar's value) at offset `offset`.
        @inline(__always) mutating func code(_ v: UInt32, at offset: Int) -> UInt8 {
            if v < 0x80 { return UInt8(truncatingIfNeeded: v) }
            return nonASCIICode(v, at: offset)
        }

        private mutating func nonASCIICode(_ v: UInt32, at offset: Int) -> UInt8 {
            if let code = codeOf[v] { return code }
            guard values.count < TextScalars.pageSize else {
                escapedOffsets.append(Int32(truncatingIfNeeded: offset))
                escapedValues.append(v)
                return TextScalars.escape
            }
            let code = UInt8(truncatingIfNeeded: 0x80 + values.count)
            values.append(v)
            codeOf[v] = code
            return code
        }

        var page: Page {
            values.isEmpty ? .ascii : Page(values: values, escapedOffsets: escapedOffsets, escapedValues: escapedValues)
        }
    }

    /// The scalars of a valid UTF-8 text, decoded straight from its bytes.
    init(decodingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        var coder = Coder()
        codes = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
            var i = 0
            var n = 0
            let end = bytes.count
            while i < end {
                // Eight ASCII bytes at once: they are their own codes (most of a news text).
                if i &+ 8 <= end, let from = bytes.baseAddress, let to = out.baseAddress {
                    let x = UnsafeRawPointer(from + i).loadUnaligned(as: UInt64.self)
                    if x & 0x8080_8080_8080_8080 == 0 {
                        UnsafeMutableRawPointer(to + n).storeBytes(of: x, as: UInt64.self)
                        i &+= 8
                        n &+= 8
                        continue
                    }
                }
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 {
                    out[n] = UInt8(truncatingIfNeeded: b0); i += 1; n += 1
                    continue
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                // Not a scalar (the text is valid UTF-8: never).
                if v >= 0xD800 && v < 0xE000 || v > 0x10FFFF { v = 0xFFFD }
                out[n] = coder.code(v, at: n)
                n += 1
            }
            count = n
        }
        page = coder.page
    }

    /// `scalars`, stored one byte each.
    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var coder = Coder()
        codes = []
        codes.reserveCapacity(scalars.underestimatedCount)
        for s in scalars { codes.append(coder.code(s.value, at: codes.count)) }
        page = coder.page
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { codes.count }
    public var count: Int { codes.count }
    public var indices: Range<Int> { 0..<codes.count }
    @inline(__always) public func index(after i: Int) -> Int { i + 1 }
    @inline(__always) public func index(before i: Int) -> Int { i - 1 }

    public subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get {
            let c = codes[i]
            if _slowPath(c >= 0x80) { return nonASCII(c, at: i) }
            return unsafeBitCast(UInt32(c), to: Unicode.Scalar.self)
        }
    }

    func nextCandidate(from: Int, to: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        codes.withUnsafeBufferPointer { CodeScan.next(in: $0, from: from, to: to, a, b, c) }
    }

    @inline(__always)
    func asciiAlphanumericEnd(from: Int, to: Int) -> Int {
        codes.withUnsafeBufferPointer { CodeScan.asciiAlphanumericEnd(in: $0, from: from, to: to) }
    }

    /// The same scalars read without the test for an escaped one, when there is none (most
    /// texts): the scanners that read every scalar take them so.
    var narrow: NarrowScalars? { page.escapedOffsets.isEmpty ? NarrowScalars(codes: codes, table: page.table) : nil }

    /// The non-ASCII scalar of code `c` at offset `i`.
    @inline(never) private func nonASCII(_ c: UInt8, at i: Int) -> Unicode.Scalar {
        unsafeBitCast(value(of: c, at: i), to: Unicode.Scalar.self)
    }

    /// The value of the scalar of code `c` at offset `i`, `table` being the page's.
    @inline(__always) private func value(of c: UInt8, at i: Int, _ table: UnsafeBufferPointer<UInt32>) -> UInt32 {
        _slowPath(c == TextScalars.escape) ? page.escapedValue(at: i) : table[Int(c)]
    }

    /// The value of the scalar of code `c` at offset `i`.
    private func value(of c: UInt8, at i: Int) -> UInt32 {
        page.table.withUnsafeBufferPointer { value(of: c, at: i, $0) }
    }

    /// Makes the scalar at `i` the ASCII scalar `scalar` (a line break made a space).
    mutating func replaceNarrow(at i: Int, with scalar: Unicode.Scalar) {
        // An escaped scalar replaced keeps its entry aside, which is then never read.
        precondition(scalar.isASCII, "only an ASCII scalar replaces another")
        codes[i] = UInt8(truncatingIfNeeded: scalar.value)
    }

    /// The scalars `range` as a string of exactly their UTF-8 length, encoded straight into its
    /// storage (``Document/text(in:)``: statements and names keep these strings).
    func string(_ range: Range<Int>) -> String {
        var length = 0
        forEachUTF8Run(range) { length += $0.count }
        // A long text with other scalars than ASCII (each took one byte when the lengths agree)
        // is encoded aside and made without a check of its bytes, valid UTF-8 as they are made
        // from scalars: the check costs a few instructions a byte after the first non-ASCII one.
        // A short or ASCII text is checked quickly, written in place.
        if length > Self.checkedInPlaceLength, length != range.count {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
                var n = 0
                forEachUTF8Run(range) { run in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[n..<n + run.count]).initialize(fromContentsOf: run)
                    n += run.count
                }
                return String(validUTF8: UnsafeBufferPointer(buffer), isASCII: false)
            }
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            forEachUTF8Run(range) { run in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[n..<n + run.count]).initialize(fromContentsOf: run)
                n += run.count
            }
            return n
        }
    }

    /// The longest text ``string(_:)`` writes straight into the string, checked there, even
    /// when it holds other scalars than ASCII.
    static let checkedInPlaceLength = 64

    /// Hands `body` the UTF-8 of the scalars `range`, in order: each run of ASCII scalars as it is
    /// stored (an ASCII code is its UTF-8 byte), each other scalar as its own 2 to 4 bytes. The text
    /// of a document is written so, with no string of it made (``Document/text``).
    func forEachUTF8Run(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try codes.withUnsafeBufferPointer { u in
            try page.table.withUnsafeBufferPointer { table in
                precondition(range.lowerBound >= 0 && range.upperBound <= u.count, "range outside the text")
                var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                var run = range.lowerBound
                var k = range.lowerBound
                while k < range.upperBound {
                    // Over the ASCII codes eight at a time to the next other scalar.
                    k = CodeScan.next(in: u, from: k, to: range.upperBound, 0x80, 0x80, 0x80)
                    guard k < range.upperBound else { break }
                    let c = u[k]
                    if run < k { try body(UnsafeBufferPointer(rebasing: u[run..<k])) }
                    let v = value(of: c, at: k, table)
                    let count = withUnsafeMutableBytes(of: &encoded) { TextScalars.encode(v, into: $0) }
                    try withUnsafeBytes(of: &encoded) { try body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[0..<count])) }
                    k += 1
                    run = k
                }
                if run < k { try body(UnsafeBufferPointer(rebasing: u[run..<k])) }
            }
        }
    }

    /// Writes the UTF-8 of the non-ASCII scalar value `v` into `out` (room for 4); returns its length.
    @inline(__always) private static func encode(_ v: UInt32, into out: UnsafeMutableRawBufferPointer) -> Int {
        if v < 0x800 {
            out[0] = UInt8(0xC0 | (v >> 6)); out[1] = UInt8(0x80 | (v & 0x3F))
            return 2
        } else if v < 0x10000 {
            out[0] = UInt8(0xE0 | (v >> 12)); out[1] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[2] = UInt8(0x80 | (v & 0x3F))
            return 3
        }
        out[0] = UInt8(0xF0 | (v >> 18)); out[1] = UInt8(0x80 | ((v >> 12) & 0x3F))
        out[2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[3] = UInt8(0x80 | (v & 0x3F))
        return 4
    }

    /// Writes the values of the scalars `range` into `out` (which holds `range.count`).
    func copyValues(_ range: Range<Int>, into out: UnsafeMutablePointer<UInt32>) {
        codes.withUnsafeBufferPointer { u in
            page.table.withUnsafeBufferPointer { table in
                precondition(range.lowerBound >= 0 && range.upperBound <= u.count, "range outside the text")
                // A text with no escaped scalar (most news) reads each value from the table alone:
                // the test for an escape at every scalar was 0.4% of the engine on news.
                if page.escapedOffsets.isEmpty {
                    for k in range { out[k - range.lowerBound] = table[Int(u[k])] }
                } else {
                    for k in range { out[k - range.lowerBound] = value(of: u[k], at: k, table) }
                }
            }
        }
    }
}

/// What the scanners read of a text's scalars, by offset: ``TextScalars``, or for a text with no
/// escaped scalar its ``NarrowScalars``, which need not test for one at each read. A scanner
/// written once for both is compiled for each.
protocol ScalarReader {
    /// How many scalars there are.
    var count: Int { get }
    /// The scalar at offset `i`.
    subscript(i: Int) -> Unicode.Scalar { get }
    /// The first offset in `from..<to` that holds the ASCII scalar of value `a`, `b` or `c`, or
    /// any non-ASCII scalar; `to` when none does (``CodeScan``). A scanner that stops only at
    /// such scalars jumps to the next one instead of testing every scalar.
    func nextCandidate(from: Int, to: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int
    /// A hash of the scalars `a..<b`, the same for the same scalars anywhere in the text.
    func spanHash(_ a: Int, _ b: Int) -> UInt32
    /// Whether the `count` scalars from `a` are those from `c`.
    func sameSpans(_ a: Int, _ c: Int, count: Int) -> Bool
    /// Writes the values of the scalars `range` into `out` (which holds `range.count`).
    func copyValues(_ range: Range<Int>, into out: UnsafeMutablePointer<UInt32>)
    /// The first offset in `from..<to` that holds no ASCII letter or digit, `to` when all do
    /// (``CodeScan/asciiAlphanumericEnd(in:from:to:)``): the tokenizer skips a word's ASCII run so.
    func asciiAlphanumericEnd(from: Int, to: Int) -> Int
}

extension ScalarReader {
    /// FNV-1a over the scalars' values.
    func spanHash(_ a: Int, _ b: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for k in a..<b { h = (h ^ self[k].value) &* 16_777_619 }
        return h
    }

    func sameSpans(_ a: Int, _ c: Int, count: Int) -> Bool {
        for k in 0..<count where self[a + k] != self[c + k] { return false }
        return true
    }
}

/// The scalars of a text with no escaped scalar, each its code's value (``TextScalars/narrow``).
struct NarrowScalars: ScalarReader {
    let codes: [UInt8]
    /// The value of each code, 256 of them.
    let table: [UInt32]

    var count: Int { codes.count }

    subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get {
            let c = codes[i]
            return unsafeBitCast(table.withUnsafeBufferPointer { $0[Int(c)] }, to: Unicode.Scalar.self)
        }
    }

    func nextCandidate(from: Int, to: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        codes.withUnsafeBufferPointer { CodeScan.next(in: $0, from: from, to: to, a, b, c) }
    }

    @inline(__always)
    func asciiAlphanumericEnd(from: Int, to: Int) -> Int {
        codes.withUnsafeBufferPointer { CodeScan.asciiAlphanumericEnd(in: $0, from: from, to: to) }
    }

    /// A hash of the codes (each code is one scalar here).
    @inline(__always)
    func spanHash(_ a: Int, _ b: Int) -> UInt32 {
        codes.withUnsafeBufferPointer { CodeSpans.hash($0, a, b) }
    }

    @inline(__always)
    func sameSpans(_ a: Int, _ c: Int, count: Int) -> Bool {
        codes.withUnsafeBufferPointer { CodeSpans.same($0, a, c, count: count) }
    }

    func copyValues(_ range: Range<Int>, into out: UnsafeMutablePointer<UInt32>) {
        codes.withUnsafeBufferPointer { u in
            table.withUnsafeBufferPointer { table in
                precondition(range.lowerBound >= 0 && range.upperBound <= u.count && table.count > 0xFF, "range outside the text")
                var to = out
                for k in range {
                    to.initialize(to: table[Int(u[k])])
                    to += 1
                }
            }
        }
    }
}
