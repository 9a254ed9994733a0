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

extension Characters {
    /// White space, with an ASCII fast path (the Unicode property lookup is slow on hot paths).
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) }
        if isGeneralPunctuation(c) {
            let v = c.value
            // A zero-width space separates words as a space does.
            return v <= 0x200B || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
        }
        // A byte-order mark inside a text (articles pasted together carry them) is read as a space;
        // the text keeps it, so offsets stay true.
        if c.value == 0xFEFF { return true }
        return c.properties.isWhitespace
    }

    /// The General Punctuation block (curly quotes, dashes, ellipsis, special spaces): no letters,
    /// digits or case, and common enough in news to deserve a fast answer.
    @inline(__always) static func isGeneralPunctuation(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x2000 && c.value <= 0x206F
    }

    /// Upper-case letter, with an ASCII fast path.
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
        if isGeneralPunctuation(c) { return false }
        return c.properties.isUppercase
    }

    /// Letter, with an ASCII fast path.
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) }
        if isGeneralPunctuation(c) { return false }
        return c.properties.isAlphabetic
    }

    /// Digit or other numeric character, with an ASCII fast path.
    @inline(__always) static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        if isGeneralPunctuation(c) { return false }
        return c.properties.numericType != nil
    }
}
