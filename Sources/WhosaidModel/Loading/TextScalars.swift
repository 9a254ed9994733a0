/// A text's Unicode scalars, in two bytes each: all offsets of the engine index them.
///
/// Nearly every scalar of news is below U+10000 and is stored as its value. One above it (an
/// emoji, a rare letter) is stored as a surrogate code unit, which no scalar is, and its value is
/// kept aside by offset: reading it takes a search of those few. The document's text was held as
/// 4-byte scalars before (issue 12: 4 bytes a byte of news, the second largest array of a large
/// document after its tokens).
public struct TextScalars: RandomAccessCollection, ScalarReader, Sendable {
    public typealias Index = Int
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<TextScalars>

    /// Each scalar's value, or a surrogate code unit for one above U+FFFF.
    private var units: [UInt16]
    /// The scalars above U+FFFF, nil when there are none (most texts): one reference besides
    /// the units, so that handing the scalars to a function costs little.
    private var wide: Wide?

    /// The offsets of the scalars above U+FFFF, ascending, and their values.
    private final class Wide: Sendable {
        let offsets: [Int32]
        let values: [UInt32]

        init(offsets: [Int32], values: [UInt32]) {
            self.offsets = offsets
            self.values = values
        }

        /// The value of the scalar above U+FFFF at offset `i`.
        func value(at i: Int) -> UInt32 {
            let k = offsets.partitioningIndex { Int($0) >= i }
            precondition(k < offsets.count && Int(offsets[k]) == i, "no wide scalar at \(i)")
            return values[k]
        }
    }

    /// The scalars of a valid UTF-8 text, decoded straight from its bytes.
    init(decodingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        var wideOffsets: [Int32] = []
        var wideValues: [UInt32] = []
        units = [UInt16](unsafeUninitializedCapacity: bytes.count) { out, count in
            var i = 0
            var n = 0
            let end = bytes.count
            while i < end {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 {
                    v = b0; i += 1
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                if v >= 0xD800 && v < 0xE000 { v = 0xFFFD }  // not a scalar (the text is valid UTF-8: never)
                if v > 0xFFFF {
                    wideOffsets.append(Int32(truncatingIfNeeded: n))
                    wideValues.append(v <= 0x10FFFF ? v : 0xFFFD)
                    out[n] = 0xD800
                } else {
                    out[n] = UInt16(truncatingIfNeeded: v)
                }
                n += 1
            }
            count = n
        }
        wide = wideOffsets.isEmpty ? nil : Wide(offsets: wideOffsets, values: wideValues)
    }

    /// `scalars`, stored two bytes each.
    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var wideOffsets: [Int32] = []
        var wideValues: [UInt32] = []
        units = []
        units.reserveCapacity(scalars.underestimatedCount)
        for s in scalars {
            if s.value > 0xFFFF {
                wideOffsets.append(Int32(truncatingIfNeeded: units.count))
                wideValues.append(s.value)
                units.append(0xD800)
            } else {
                units.append(UInt16(truncatingIfNeeded: s.value))
            }
        }
        wide = wideOffsets.isEmpty ? nil : Wide(offsets: wideOffsets, values: wideValues)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { units.count }
    public var count: Int { units.count }
    public var indices: Range<Int> { 0..<units.count }
    @inline(__always) public func index(after i: Int) -> Int { i + 1 }
    @inline(__always) public func index(before i: Int) -> Int { i - 1 }

    public subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get {
            let u = units[i]
            if _slowPath(u & 0xF800 == 0xD800) { return wide(at: i) }
            return unsafeBitCast(UInt32(u), to: Unicode.Scalar.self)
        }
    }

    /// The same scalars read without the test for one above U+FFFF, when there is none (most
    /// texts): the scanners that read every scalar take them so.
    var narrow: NarrowScalars? { wide == nil ? NarrowScalars(units: units) : nil }

    /// The scalar above U+FFFF at offset `i`.
    @inline(never) private func wide(at i: Int) -> Unicode.Scalar {
        Unicode.Scalar(wide?.value(at: i) ?? 0xFFFD) ?? "\u{FFFD}"
    }

    /// Makes the scalar at `i`, below U+10000, `scalar`, which is also below U+10000.
    mutating func replaceNarrow(at i: Int, with scalar: Unicode.Scalar) {
        precondition(scalar.value <= 0xFFFF && units[i] & 0xF800 != 0xD800, "only a scalar below U+10000 is replaced")
        units[i] = UInt16(truncatingIfNeeded: scalar.value)
    }

    /// The scalars `range` as a string of exactly their UTF-8 length, encoded straight into its
    /// storage (``Document/text(in:)``: statements and names keep these strings).
    func string(_ range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { u in
            precondition(range.lowerBound >= 0 && range.upperBound <= u.count, "range outside the text")
            var length = 0
            for k in range {
                let v = u[k]
                length += v < 0x80 ? 1 : v < 0x800 ? 2 : v & 0xF800 == 0xD800 ? 4 : 3
            }
            return String(unsafeUninitializedCapacity: length) { buffer in
                var n = 0
                for k in range {
                    let unit = u[k]
                    if unit < 0x80 {
                        buffer[n] = UInt8(unit); n += 1
                        continue
                    }
                    let v = unit & 0xF800 == 0xD800 ? wide(at: k).value : UInt32(unit)
                    if v < 0x800 {
                        buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                    } else if v < 0x10000 {
                        buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                    } else {
                        buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                        buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                    }
                }
                return n
            }
        }
    }

    /// Writes the values of the scalars `range` into `out` (which holds `range.count`).
    func copyValues(_ range: Range<Int>, into out: UnsafeMutablePointer<UInt32>) {
        units.withUnsafeBufferPointer { u in
            precondition(range.lowerBound >= 0 && range.upperBound <= u.count, "range outside the text")
            guard wide != nil else {
                // Every unit is its scalar's value: a plain widening copy.
                let from = u.baseAddress! + range.lowerBound
                for j in 0..<range.count { out[j] = UInt32(from[j]) }
                return
            }
            for k in range {
                let v = u[k]
                out[k - range.lowerBound] = _slowPath(v & 0xF800 == 0xD800) ? wide(at: k).value : UInt32(v)
            }
        }
    }
}

/// What the scanners read of a text's scalars, by offset: ``TextScalars``, or for a text with no
/// scalar above U+FFFF its ``NarrowScalars``, which need not test for one at each read. A scanner
/// written once for both is compiled for each.
protocol ScalarReader {
    /// How many scalars there are.
    var count: Int { get }
    /// The scalar at offset `i`.
    subscript(i: Int) -> Unicode.Scalar { get }
}

/// The scalars of a text with none above U+FFFF, each its 16-bit value (``TextScalars/narrow``).
struct NarrowScalars: ScalarReader {
    let units: [UInt16]

    var count: Int { units.count }

    subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get { unsafeBitCast(UInt32(units[i]), to: Unicode.Scalar.self) }
    }
}
