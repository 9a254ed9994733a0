import Testing
@testable import WhosaidModel

/// The topic scan numbers its key parts by the ids ``FormAnalysisCache`` gives them instead of
/// interning their text per document: the ids must be the ones text interning in key order gives.
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

    @Test func partIDsAreTheTextInternersIDs() {
        for text in Self.texts {
            let scan = TopicTokenizer.scan(Document(name: "t", text: text))
            let (parts, interner) = Self.partsByText(scan)
            for k in scan.keys.indices {
                #expect(Array(scan.keyComponents(Int32(k))) == parts[k], "\(scan.keys[k])")
            }
            #expect(scan.emptyComponent == interner.id(of: [UInt8]()))
            let asked = scan.keys.flatMap { key -> [[UInt8]] in
                var bytes: [[UInt8]] = []
                TopicScan.forEachPart(of: key) { bytes.append(Array($0)) }
                return bytes
            } + [[], Array("zzqx".utf8), Array("talk".utf8), Array("picard".utf8), Array("the".utf8)]
            #expect(scan.componentIDs(of: asked) == asked.map { interner.id(of: $0) })
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
        #expect(scan.emptyComponent == 1)
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
        let (parts, _) = Self.partsByText(scan)
        for k in scan.keys.indices {
            #expect(Array(scan.keyComponents(Int32(k))) == parts[k], "\(scan.keys[k])")
        }
    }
}
