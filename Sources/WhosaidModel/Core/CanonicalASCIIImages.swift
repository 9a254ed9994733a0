/// The non-ASCII scalars whose canonical decompositions are ASCII, each a single byte: U+212A
/// KELVIN SIGN (`K`), U+037E GREEK QUESTION MARK (`;`) and U+1FEF GREEK VARIA (`` ` ``). No other
/// non-ASCII scalar decomposes to ASCII alone, so a `String` holding a non-ASCII scalar equals
/// an ASCII string only when its scalars are ASCII or these, and that string is its image.
enum CanonicalASCIIImages {
    /// Each scalar and the byte it is canonically equivalent to.
    static let pairs: [(scalar: Unicode.Scalar, byte: UInt8)] = [
        ("\u{212A}", UInt8(ascii: "K")), ("\u{037E}", UInt8(ascii: ";")), ("\u{1FEF}", UInt8(ascii: "`")),
    ]

    /// The ASCII bytes some non-ASCII scalar is canonically equivalent to.
    static let bytes: [UInt8] = pairs.map(\.byte)

    /// The ASCII string `text` equals, as bytes, or nil when it equals none: its ASCII scalars
    /// with each scalar of ``pairs`` replaced by its byte.
    static func image(of text: String) -> [UInt8]? {
        var image: [UInt8] = []
        for s in text.unicodeScalars {
            if s.isASCII {
                image.append(UInt8(truncatingIfNeeded: s.value))
            } else if let byte = pairs.first(where: { $0.scalar == s })?.byte {
                image.append(byte)
            } else {
                return nil
            }
        }
        return image
    }
}
