import Testing
@testable import WhosaidModel
@testable import WhosaidSyntax

/// News typography the treebank rarely shows: headlines, capitals, curly quotes, dashes, money.
@Suite struct NewsTaggingTests {
    func tags(_ text: String) -> [String] {
        Engine().tagged(Document(name: "t", text: text)).flatMap { $0.words.map { "\($0.text)/\($0.tag.name)" } }
    }

    @Test func bodySentenceWithCurlyQuotesAndPossessive() {
        let t = tags("“We will rebuild,” said Tom Reyes, Ortiz’s fire chief.")
        #expect(t.contains("“/PUNCT"))
        #expect(t.contains("”/PUNCT"))
        #expect(t.contains("said/VERB"))
        #expect(t.contains("Reyes/PROPN"))
        #expect(t.contains("Ortiz’s/PROPN"))
        #expect(t.contains("chief/NOUN"))
    }

    @Test func titleCaseHeadlineKeepsVerbsAndFunctionWords() {
        let t = tags("Mayor Vows to Rebuild the Old Bridge After Floods\nThe mayor spoke on Monday.")
        #expect(t.contains("Vows/VERB"))
        #expect(t.contains("to/PART"))
        #expect(t.contains("the/DET"))
        #expect(t.contains("After/ADP"))
    }

    @Test func allCapsAcronymsAndAbbreviations() {
        let t = tags("The U.S. and NATO officials met in Brussels.")
        #expect(t.contains("U.S./PROPN"))
        #expect(t.contains("NATO/PROPN"))
        #expect(t.contains("officials/NOUN"))
    }

    @Test func contractionsTakeTheTagOfTheirFirstWord() {
        let t = tags("They don’t know, and it’s late.")
        #expect(t.contains("don’t/AUX"))
        #expect(t.contains("it’s/PRON"))
    }

    @Test func dashesHyphensNumbersAndMoney() {
        let t = tags("The well-known firm paid $5.5 million in 2016 — a record.")
        #expect(t.contains("well-known/ADJ"))
        #expect(t.contains("$/SYM"))
        #expect(t.contains("5.5/NUM"))
        #expect(t.contains("2016/NUM"))
        #expect(t.contains("—/PUNCT"))
    }

    @Test func temporalAndIntroductoryWordsAreNotNames() {
        let t = tags("Later, Apparently nobody came. In Nevada, voters waited.")
        #expect(t.contains("Later/ADV"))
        #expect(t.contains("In/ADP"))
        #expect(t.contains("Nevada/PROPN") || t.contains("Nevada/NOUN"))
    }
}
