/// Character classes the scanners share.
enum Characters {
    /// Double quotation marks that can open a quote.
    static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "\u{201C}", "\u{201E}", "\u{00AB}", "`", "'", "\u{2018}", "\u{201A}", "\u{2039}": return true
        default: return false
        }
    }

    /// Closing quotation marks and brackets that may follow a sentence's final punctuation.
    static func isClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", ")", "]", "}": return true
        default: return false
        }
    }

    /// Opening quotation marks and brackets that may precede a word.
    static func isOpeningPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201C}", "\u{2018}", "\u{201E}", "\u{00AB}", "\u{2039}", "(", "[", "{", "`": return true
        default: return false
        }
    }
}
