extension String {
    /// A string of `utf8`, which must be valid UTF-8 (made from scalars, or checked byte by byte
    /// as it was read), copied without the second check `String(decoding:as:)` and
    /// `String(unsafeUninitializedCapacity:initializingUTF8With:)` make, a few instructions a
    /// byte. `isASCII` must tell whether every byte is below 0x80: a string not known to be ASCII
    /// is stored as one that is not, and an ASCII text would lose its fast paths (lower-casing one
    /// took 14 times the instructions).
    @inline(__always) init(validUTF8 utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        #if os(Linux)
        self = String(copying: UTF8Span(unchecked: utf8.span, isKnownASCII: isASCII))
        #else
        self = String(decoding: utf8, as: UTF8.self)
        #endif
    }
}
