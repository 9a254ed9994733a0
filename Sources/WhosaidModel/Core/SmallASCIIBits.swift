/// A short ASCII string's bytes as the two 64-bit words the string itself is made of.
///
/// On 64-bit platforms a `String` of at most 15 UTF-8 bytes is usually stored in place: its
/// bytes in the first word and the low seven bytes of the second, unused bytes zero, and the top
/// byte of the second word `0xE0 | count` when every byte is ASCII (the standard library's
/// "small string" form; `==` compares these words first). Two such strings are equal exactly when
/// their words are: ASCII text equals only the same bytes. Reading the words costs two loads,
/// where `utf8.withContiguousStorageIfAvailable` copies the bytes out and calls a closure (some
/// 50 instructions a look-up in the word lists asked about nearly every token).
///
/// The layout is checked once, on strings made at run time (``isAvailable``); where it does not
/// hold, ``of(_:)`` answers nil for every string, and callers take their general path. A short
/// string stored otherwise (on the heap, or with a byte outside ASCII) is nil too.
enum SmallASCIIBits {
    /// The two words of `s` when it is stored in place as ASCII, else nil; `tag` is ``tag``
    /// (read once by the caller: a static's every read checks that it is set).
    @inline(__always) static func of(_ s: String, tag: UInt64) -> (UInt64, UInt64)? {
        #if arch(x86_64) || arch(arm64)
        let raw = unsafeBitCast(s, to: (UInt64, UInt64).self)
        return raw.1 >> 60 == tag ? raw : nil
        #else
        return nil
        #endif
    }

    /// The words `of(_:)` gives for the ASCII `bytes` (at most 15), whatever the layout.
    static func words(of bytes: some Collection<UInt8>) -> (UInt64, UInt64) {
        precondition(bytes.count <= 15 && bytes.allSatisfy { $0 < 0x80 }, "at most 15 ASCII bytes")
        var lo: UInt64 = 0
        var hi: UInt64 = (0xE0 | UInt64(bytes.count)) << 56
        for (k, b) in bytes.enumerated() {
            if k < 8 { lo |= UInt64(b) << UInt64(8 * k) } else { hi |= UInt64(b) << UInt64(8 * (k - 8)) }
        }
        return (lo, hi)
    }

    /// The top four bits of the second word of a string stored in place as ASCII: `0xE` where
    /// the layout holds, else 0x10, which no four bits equal.
    static let tag: UInt64 = isAvailable ? 0xE : 0x10

    /// Whether strings made at run time (of 0, 1, 7, 8 and 15 ASCII bytes, and one of other
    /// scalars) have the words ``words(of:)`` gives, and one too long for the form has not.
    static let isAvailable: Bool = {
        #if arch(x86_64) || arch(arm64)
        let probes: [[UInt8]] = [[], [0x61], Array("said-it".utf8), Array("Reuters.".utf8), Array("abcdefghijklmno".utf8)]
        for bytes in probes {
            let s = String(decoding: bytes, as: UTF8.self)
            let raw = unsafeBitCast(s, to: (UInt64, UInt64).self)
            if raw != words(of: bytes) { return false }
        }
        let accented = unsafeBitCast(String(decoding: [0xC3, 0xA9], as: UTF8.self), to: (UInt64, UInt64).self)
        let long = unsafeBitCast(String(decoding: Array("abcdefghijklmnop".utf8), as: UTF8.self), to: (UInt64, UInt64).self)
        return accented.1 >> 60 != 0xE && long.1 >> 60 != 0xE
        #else
        return false
        #endif
    }()
}

/// A set of words of at most 15 ASCII bytes, by ``SmallASCIIBits``: open addressing over the two
/// words, each look-up a multiply, a shift and one or two compares of two words.
struct SmallASCIIWordTable: Sendable {
    /// Two words a slot; (0, 0), which no string's words are (the second's top byte is
    /// `0xE0 | count`), when empty.
    private let slots: [UInt64]
    private let shift: UInt64
    /// ``SmallASCIIBits/tag``.
    private let tag = SmallASCIIBits.tag

    /// The table of the words of `words` that are at most 15 ASCII bytes (others are left out).
    init(_ words: some Sequence<String>) {
        let small = words.compactMap { w -> (UInt64, UInt64)? in
            let bytes = Array(w.utf8)
            return bytes.count <= 15 && bytes.allSatisfy({ $0 < 0x80 }) ? SmallASCIIBits.words(of: bytes) : nil
        }
        var bits: UInt64 = 4
        while 1 << bits < 2 * small.count { bits += 1 }
        shift = 64 - bits
        var slots = [UInt64](repeating: 0, count: 2 << bits)
        let mask = (1 << Int(bits)) - 1
        for w in small {
            var slot = Int(Self.hash(w) >> shift)
            while slots[2 * slot] != 0 || slots[2 * slot + 1] != 0 {
                if slots[2 * slot] == w.0 && slots[2 * slot + 1] == w.1 { break }
                slot = (slot + 1) & mask
            }
            slots[2 * slot] = w.0
            slots[2 * slot + 1] = w.1
        }
        self.slots = slots
    }

    @inline(__always) private static func hash(_ w: (UInt64, UInt64)) -> UInt64 {
        (w.0 ^ (w.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93
    }

    /// Whether `word` is in the table, or nil when it is not stored in place as ASCII
    /// (``SmallASCIIBits/of(_:tag:)``): the caller then asks its general path.
    @inline(__always) func contains(_ word: String) -> Bool? {
        guard let w = SmallASCIIBits.of(word, tag: tag) else { return nil }
        return slots.withUnsafeBufferPointer { s in
            let mask = s.count / 2 - 1
            var slot = Int(truncatingIfNeeded: Self.hash(w) >> shift)
            while true {
                let a = s[2 * slot], b = s[2 * slot + 1]
                if a == w.0 && b == w.1 { return true }
                if b == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }
}
