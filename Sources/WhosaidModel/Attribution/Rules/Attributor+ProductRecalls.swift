import WhosaidSyntax

/// `Harmon recalled 200,000 vehicles.`, `Automaker recalls 4,000 cars over brake defect`: `recall`
/// whose object opens with a counted quantity in digits takes goods back; it reports nothing.
/// A memory keeps its statement (`Ruiz recalled the day the plant closed`, `recalled two
/// conversations`, `recalled that…`, `recalled 1998 as the worst year`, `recalled 30 years at the plant`).
extension Attributor {
    /// The forms of `recall`.
    static let recallForms = WordSet(Set(Lexicon.inflections("recall")))
    /// Words of scale after a number (`1.1 million vehicles`).
    static let numberScaleWords: WordSet = ["hundred", "thousand", "million", "billion"]

    /// Whether the verb at `v` is `recall` with an object that opens with a quantity in digits,
    /// perhaps after a word of approximation (`recalled about 200,000`, `nearly 1.1 million`).
    /// A year (four digits from 1900 to 2099) is no quantity.
    func isProductRecall(verb v: Int, last: Int) -> Bool {
        guard Self.recallForms.contains(tokens[v].lower) else { return false }
        var k = v + 1
        while k <= last, k - v <= 2, MentionFinder.quantityAdverbs.contains(tokens[k].lower) || tokens[k].lower == "some" { k += 1 }
        guard k <= last, tokens[k].kind == .number, tokens[k].quote == nil else { return false }
        let digits = tokens[k].lower
        let year = digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20")) && digits.allSatisfy(\.isNumber)
        let scaled = k + 1 <= last && Self.numberScaleWords.contains(tokens[k + 1].lower)
        // "recalled 30 years at the plant": a span of time remembered.
        let unit = scaled ? k + 2 : k + 1
        let time = unit <= last && Self.timeUnitNouns.contains(tokens[unit].lower)
        return !year && !time && (digits.count >= 2 || scaled)
    }
}
