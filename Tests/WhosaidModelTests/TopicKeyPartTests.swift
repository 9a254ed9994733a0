import Testing
@testable import WhosaidModel

/// The topic scan gives its key parts the ids ``FormAnalysisCache`` gives them instead of
/// interning their text per document: two parts must have the same id exactly when they have
/// the same text, as text interning would give them.
@Suite struct TopicKeyPartTests {
    static let texts = [
        "The U.S. talks, Korea said. Talks resumed; the U.S. envoy left.\n\nNo talks, no deal. Korea waits.",
        "A well-known co-operative in São Paulo said the e-mail was “state-of-the-art”, Mr. O’Neil's aide said.",
        "Jean-Luc Picard and Zoë Ørsted met in Zürich — the Ørsted-Picard deal — says Picard. 13th-century ½-price.",
        "Katie Lowe, who is chairman of the fund said the fund's funds were funded. LOWE said: 'no'.",
    ]

    /// The parts of each key, numbered by text in key order (as the scan did before).
    static func partsByText(_ scan: TopicScan) -> (parts: [[Int32]], interner: SequenceInterner<UInt8>) {
        var interner = SequenceInterner<UInt8>()
        var parts: [[Int32]] = []
        for key in scan.keys {
            var ids: [Int32] = []
            TopicScan.forEachPart(of: key) { ids.append(interner.intern($0).id) }
            parts.append(ids)
        }
        return (parts, interner)
    }

    /// Each part's id by its text, or nil when two texts share an id or one text has two.
    static func idsByText(_ scan: TopicScan) -> [[UInt8]: Int32]? {
        var byText: [[UInt8]: Int32] = [:]
        var textByID: [Int32: [UInt8]] = [:]
        for k in scan.keys.indices {
            var texts: [[UInt8]] = []
            TopicScan.forEachPart(of: scan.keys[k]) { texts.append(Array($0)) }
            let ids = Array(scan.keyComponents(Int32(k)))
            guard ids.count == texts.count else { return nil }
            for (text, id) in zip(texts, ids) {
                if let known = byText[text], known != id { return nil }
                if let known = textByID[id], known != text { return nil }
                byText[text] = id
                textByID[id] = text
            }
        }
        return byText
    }

    /// Whether `scan.componentIDs(of:)` gives the id of a part some key has, and no key's id to
    /// any other.
    static func asksRight(_ scan: TopicScan, _ byText: [[UInt8]: Int32], extra: [[UInt8]]) -> Bool {
        let asked = Array(byText.keys) + extra
        let keyIDs = Set(byText.values)
        return zip(asked, scan.componentIDs(of: asked)).allSatisfy { text, id in
            if let known = byText[text] { return id == known }
            return id.map { !keyIDs.contains($0) } ?? true
        }
    }

    @Test func partIDsMatchExactlyWhenTheTextsDo() {
        for text in Self.texts {
            let scan = TopicTokenizer.scan(Document(name: "t", text: text))
            let byText = Self.idsByText(scan)
            #expect(byText != nil, "\(text)")
            guard let byText else { continue }
            #expect(scan.emptyComponent == byText[[]])
            let extra = [[], Array("zzqx".utf8), Array("talk".utf8), Array("picard".utf8), Array("the".utf8)]
            #expect(Self.asksRight(scan, byText, extra: extra))
        }
    }

    /// The in-place readers of a key's parts give what its slice gives, for keys of one part,
    /// of several and with empty parts.
    @Test func keyPartsReadInPlaceAreTheSlices() {
        let text = Self.texts.joined(separator: "\n\n") + " Katie Lowe-Smith’s co-operative e-mail."
        let scan = TopicTokenizer.scan(Document(name: "t", text: text))
        var severalParts = 0
        for k in scan.keys.indices {
            var inPlace: [Int32] = []
            scan.forEachKeyComponent(of: Int32(k)) { inPlace.append($0) }
            #expect(inPlace == Array(scan.keyComponents(Int32(k))), "\(scan.keys[k])")
            #expect(scan.keyComponentCount(Int32(k)) == scan.keyComponents(Int32(k)).count, "\(scan.keys[k])")
            if inPlace.count > 1 { severalParts += 1 }
        }
        #expect(severalParts > 0)
    }

    @Test func anEmptyDocumentHasNoParts() {
        let scan = TopicTokenizer.scan(Document(name: "t", text: ""))
        #expect(scan.componentIDs(of: [Array("talk".utf8), []]) == [nil, nil])
        #expect(scan.emptyComponent == nil)
    }

    /// Forms of a second cache epoch (the cache started afresh mid-document) switch the scan to
    /// numbering parts by text, keeping the ids the parts already had.
    @Test func aSecondEpochNumbersPartsByText() {
        var scan = TopicScan()
        scan.reserveForms(8)
        let written = FormAnalysisCache.Request(start: 0, end: 0, packed: 0)
        func form(_ key: String, _ part: Int32, id: Int32) -> FormAnalysis {
            var a = TopicScan.analyse("x")
            a.keyText = key
            a.component = part
            a.flags.key = id
            return a
        }
        scan.addForm(form("a", 5, id: 0), epoch: 3, written: written)
        scan.addForm(form("", 0, id: 1), epoch: 3, written: written)
        scan.addForm(form("b", 6, id: 2), epoch: 3, written: written)
        scan.addForm(form("c", 7, id: 3), epoch: 3, written: written)
        scan.addForm(form("a", 5, id: 0), epoch: 3, written: written)
        // The cache's ids, as they are.
        #expect((0..<4).map { Array(scan.keyComponents(Int32($0))) } == [[5], [0], [6], [7]])
        #expect(scan.emptyComponent == 0)
        // Epoch 4 numbers its parts otherwise; "b" is a key already, "c b" a new one.
        scan.addForm(form("b", 7, id: 0), epoch: 4, written: written)
        scan.addForm(form("c b", -1, id: 1), epoch: 4, written: written)
        scan.addForm(form("d", 6, id: 2), epoch: 4, written: written)
        scan.addForm(form(" e", -1, id: 3), epoch: 4, written: written)
        #expect(scan.keys == ["a", "", "b", "c", "c b", "d", " e"])
        let (parts, interner) = Self.partsByText(scan)
        for k in scan.keys.indices {
            #expect(Array(scan.keyComponents(Int32(k))) == parts[k], "\(scan.keys[k])")
        }
        #expect(parts == [[0], [1], [2], [3], [3, 2], [4], [1, 5]])
        #expect(scan.emptyComponent == 1)
        let asked: [[UInt8]] = [Array("c".utf8), [], Array("d".utf8), Array("f".utf8)]
        #expect(scan.componentIDs(of: asked) == asked.map { interner.id(of: $0) })
    }

    /// A key of several parts, in the cache's epoch, takes their ids from the cache.
    @Test func aKeyOfSeveralPartsTakesTheCachesIDs() {
        let text = "Katie Lowe-Smith said the co-operative's e-mail was state-of-the-art."
        let scan = TopicTokenizer.scan(Document(name: "t", text: text))
        #expect(Self.idsByText(scan) != nil)
        #expect(scan.keys.indices.contains { scan.keyComponentCount(Int32($0)) > 1 })
    }
}
