/// Dense ids for the key texts of ``FormAnalysisCache``, numbered in the order first met: an ASCII
/// text found by its bytes (no `String` hashing, which normalises and runs SipHash: some 400
/// instructions a look-up, and a table growing from empty to the stream's tens of thousands of
/// keys), any other by a `String` dictionary.
///
/// Exact as the dictionary alone: two ASCII texts are equal exactly when their bytes are, and a
/// text with a non-ASCII scalar equals an ASCII one only when it has an ASCII image
/// (``CanonicalASCIIImages``), by whose bytes it is looked up.
struct KeyTextIDs: Sendable {
    /// The ASCII texts (and ASCII images), by their bytes; each interner id's key id.
    private var ascii = SequenceInterner<UInt8>(capacity: 4096)
    private var asciiIDs: [Int32] = []
    /// The texts equal to no ASCII text.
    private var others: [String: Int32] = [:]
    /// How many texts have ids.
    private(set) var count = 0

    /// The id of `text`, numbering it `count` when new.
    mutating func id(of text: String) -> (id: Int32, isNew: Bool) {
        var text = text
        let next = Int32(truncatingIfNeeded: count)
        let found: (id: Int32, isNew: Bool)? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return asciiID(bytes, next: next)
        }
        let result = found ?? nonASCIIID(text, next: next)
        if result.isNew { count += 1 }
        return result
    }

    /// The id of the ASCII bytes `bytes`, numbered `next` when new.
    private mutating func asciiID(_ bytes: UnsafeBufferPointer<UInt8>, next: Int32) -> (id: Int32, isNew: Bool) {
        let (known, isNew) = ascii.intern(bytes)
        if isNew { asciiIDs.append(next) }
        return (asciiIDs[Int(known)], isNew)
    }

    /// The id of `text`, which holds a non-ASCII scalar, numbered `next` when new.
    private mutating func nonASCIIID(_ text: String, next: Int32) -> (id: Int32, isNew: Bool) {
        if let image = CanonicalASCIIImages.image(of: text) { return image.withUnsafeBufferPointer { asciiID($0, next: next) } }
        if let known = others[text] { return (known, false) }
        others[text] = next
        return (next, true)
    }
}
