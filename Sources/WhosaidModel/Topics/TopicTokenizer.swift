/// Splits an article into ``TopicToken``s: words with their sentence, block, casing and role.
///
/// A word is a run of letters and digits; an apostrophe or a hyphen between two such characters
/// and the full stops of an acronym ("U.S.") stay inside it. Any other mark between two words
/// starts a new block.
enum TopicTokenizer {
    static func tokens(of document: Document) -> [TopicToken] {
        let scan = self.scan(document)
        return scan.words.map(scan.token)
    }

    /// The words of `document`, each written form analysed once.
    static func scan(_ document: Document) -> TopicScan {
        // The scanner's tables are freed on return from `scanned(_:)`: no empty scanner (a
        // scan, a scalar class cache and a form map) is made to replace them.
        var (scan, afterTo) = scanned(document)
        // A word after "to" is a verb ("to achieve justice") unless it also turns up elsewhere
        // ("lead back to official negotiations" next to "official talks").
        // Read in place: through `scan`, each step reread its lists.
        var elsewhere = [Bool](repeatElement(false, count: scan.keys.count))
        scan.words.withUnsafeBufferPointer { words in
            scan.flags.withUnsafeBufferPointer { flags in
                elsewhere.withUnsafeMutableBufferPointer { elsewhere in
                    var next = 0
                    for k in words.indices {
                        if next < afterTo.count, afterTo[next] == k {
                            next += 1
                        } else if words[k].role != .stop {
                            elsewhere[Int(flags[Int(words[k].form)].key)] = true
                        }
                    }
                }
            }
        }
        for k in afterTo where !elsewhere[Int(scan.key(of: scan.words[k]))] { scan.words[k].role = .stop }
        return scan
    }

    /// About how many scalars of news bring one new form (PolNeAR train: 4,558 scalars and 365
    /// forms an article): the form tables are first made for that many, so that an article's
    /// tables are not made for half its forms and then grown (rehashed) once.
    static let scalarsPerForm = 12

    /// The words of `document` with their forms analysed and roles assigned, all but the
    /// words right after "to" (their indexes, given too, are settled by ``scan(_:)``).
    private static func scanned(_ document: Document) -> (scan: TopicScan, afterTo: [Int]) {
        var scanner = Scanner(formCapacity: min(4096, max(64, document.scalars.count / Self.scalarsPerForm)))
        defer { scanner.formValues.deallocate() }
        scanner.scan.words.reserveCapacity(document.scalars.count / 6)
        scanner.run(document)
        // The forms are looked up all together, in order of first sight, then the words
        // read their roles from them.
        scanner.scan.firstEpochKeys = CacheKeyMap.take()
        scanner.scan.reserveForms(scanner.newForms.count)
        let values = UnsafeBufferPointer(rebasing: scanner.formValues[0..<scanner.formValueCount])
        let requests = scanner.newForms
        FormAnalysisCache.forEachAnalysis(of: requests, in: values) { analysis, epoch, parts, written in
            scanner.scan.addForm(at: analysis, epoch: epoch, written: written, parts: parts)
        }
        CacheKeyMap.putBack(scanner.scan.firstEpochKeys)
        scanner.scan.firstEpochKeys = CacheKeyMap()
        scanner.assignRoles()
        var scan = scanner.scan
        // Copied by `Array(_:)`, specialised: `init(unsafeUninitializedCapacity:)` allocates
        // through the standard library's generic path, which looks the storage type up at run time.
        scan.scalars = values.withMemoryRebound(to: Unicode.Scalar.self) { Array($0) }
        return (scan, scanner.afterTo)
    }

    /// The state of one pass over an article's scalars.
    private struct Scanner {
        var scan = TopicScan()
        var classes = ScalarClasses()
        /// Words right after "to", by index.
        var afterTo: [Int] = []
        /// Forms of short ASCII words by their packed scalars; of the others, by the interner's id.
        var shortForms: PackedMap<Int32>
        var longForms = SequenceInterner<UInt32>(capacity: 64)
        var longFormIDs: [Int32] = []
        /// Each form's scalar values, by form id, as ``newForms`` point at them: the first
        /// ``formValueCount``; the rest is room, so that a new form's values are written in
        /// place (appended, they cost a generic append per form). Allocated by the scanner, freed
        /// by ``TopicTokenizer/scanned(_:)``: an array's room was zeroed for every article, and
        /// checked for uniqueness at every form.
        var formValues: UnsafeMutableBufferPointer<UInt32>
        var formValueCount = 0
        /// Each form where first seen, by form id: what ``FormAnalysisCache`` is asked for, its
        /// scalars in ``formValues``.
        var newForms: [FormAnalysisCache.Request] = []

        /// Room first made for each form's values (it doubles past it).
        static let initialValueRoomPerForm = 8

        init(formCapacity: Int) {
            shortForms = PackedMap(capacity: formCapacity)
            formValues = .allocate(capacity: max(1, formCapacity * Self.initialValueRoomPerForm))
            // As many requests as the form table is made for (grown from empty, the list was
            // copied at every doubling in every article).
            newForms.reserveCapacity(formCapacity)
        }

        /// Finds the words and their forms; their form flags, keys and roles wait for
        /// ``assignRoles()``, once the forms are analysed.
        mutating func run(_ document: Document) {
            let headline = document.headline != nil ? document.paragraphs.first : nil
            var block: Int32 = 0
            var previousEnd: Int? = nil
            // Most texts are read in place through their one-byte codes.
            if let narrow = document.scalars.narrow {
                narrow.codes.withUnsafeBufferPointer { codes in
                    narrow.table.withUnsafeBufferPointer { table in
                        guard let codeBase = codes.baseAddress, let tableBase = table.baseAddress else { return }
                        precondition(table.count > 0xFF, "a code without a value")
                        let window = CodeWindow(codes: codeBase, table: tableBase)
                        for sentence in document.sentences {
                            precondition(sentence.start >= 0 && sentence.end <= codes.count, "sentence outside the text")
                            run(sentence: sentence, window, inHeadline: headline?.contains(sentence.start) ?? false,
                                block: &block, previousEnd: &previousEnd)
                        }
                    }
                }
                return
            }
            // Each sentence's scalar values, with the one before it, copied out of the text's
            // codes into one reused buffer.
            var buffer: [UInt32] = []
            for sentence in document.sentences {
                let origin = max(0, sentence.start - 1)
                if buffer.count < sentence.end - origin { buffer = Array(repeatElement(0, count: max(sentence.end - origin, 2 * buffer.count))) }
                buffer.withUnsafeMutableBufferPointer { document.scalars.copyValues(origin..<sentence.end, into: $0.baseAddress!) }
                buffer.withUnsafeBufferPointer { run(sentence: sentence, ValueWindow(base: $0.baseAddress!, origin: origin),
                                                     inHeadline: headline?.contains(sentence.start) ?? false,
                                                     block: &block, previousEnd: &previousEnd) }
            }
        }

        /// Finds the words of the next sentence, `sentence`, whose scalars `values` holds.
        private mutating func run(sentence: TextSpan, _ values: some TopicScalarWindow, inHeadline: Bool,
                                  block: inout Int32, previousEnd: inout Int?) {
            block += 1
            scan.blockSentences.openSentence(atBlock: block)
            var i = sentence.start
            var firstInSentence = true
            while i < sentence.end {
                let c = classes.of(values[i])
                guard c & ScalarClasses.word != 0 else {
                    if c & ScalarClasses.space == 0 { block += 1 }
                    i += 1
                    continue
                }
                let (end, packed) = wordEnd(values, from: i, limit: sentence.end, classes: &classes)
                let formID = self.formID(values, i..<end, packed: packed)
                let followsSpace = previousEnd.map { $0 + 1 == i && values[i - 1] == 0x20 } ?? false
                scan.words.append(
                    TopicScan.Word(
                        start: i, form: formID, block: block, opensSentence: firstInSentence || inHeadline,
                        followsSpace: followsSpace, role: .stop))
                previousEnd = end
                firstInSentence = false
                i = end
            }
        }

        /// Gives every word its role, from its form's; modals and "to" before a word of the same
        /// block mark it as a verb.
        mutating func assignRoles() {
            // The words and form flags read and written in place: through `scan`, each word's
            // steps checked the lists' bounds and uniqueness again.
            scan.flags.withUnsafeBufferPointer { flags in
                scan.words.withUnsafeMutableBufferPointer { words in
                    var previous: (form: Int32, block: Int32)? = nil
                    for k in words.indices {
                        let w = words[k]
                        let form = flags[Int(w.form)]
                        let opens = w.opensSentence
                        var role = !form.isCapitalized || opens ? form.lowerRole : form.upperRole
                        if let previous, previous.block == w.block, !form.isCapitalized || opens,
                            role == .content || role == .weak
                        {
                            let p = flags[Int(previous.form)]
                            if p.isModal {
                                role = .stop  // "would cut parking": a verb.
                            } else if p.isTo {
                                afterTo.append(k)
                            }
                        }
                        words[k].role = role
                        previous = (w.form, w.block)
                    }
                }
            }
        }

        /// The form of the word `values[range]`, added to ``newForms`` when new.
        private mutating func formID(_ values: some TopicScalarWindow, _ range: Range<Int>, packed: UInt64) -> Int32 {
            if packed != 0 {
                // A new form is stored in the slot where its look-up ended (a look-up, then a
                // store, probed the table twice for each of a document's forms).
                let (known, slot) = shortForms.find(packed)
                if known >= 0 { return known }
                let id = addForm(values, range, packed: packed)
                shortForms.insert(packed, id, at: slot)
                return id
            }
            let (id, isNew) = values.withValues(range) { longForms.intern($0) }
            if isNew { longFormIDs.append(addForm(values, range, packed: 0)) }
            return longFormIDs[Int(id)]
        }

        private mutating func addForm(_ values: some TopicScalarWindow, _ range: Range<Int>, packed: UInt64) -> Int32 {
            let start = formValueCount
            let end = start + range.count
            if formValues.count < end {
                let larger = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(2 * formValues.count, end))
                larger.baseAddress!.initialize(from: formValues.baseAddress!, count: start)
                formValues.deallocate()
                formValues = larger
            }
            precondition(end <= formValues.count, "no room for the form")
            values.copy(range, into: formValues.baseAddress! + start)
            formValueCount = end
            newForms.append(FormAnalysisCache.Request(start: Int32(start), end: Int32(end), packed: packed))
            return Int32(newForms.count - 1)
        }
    }

    /// Words after which a lower-case word is a verb: the modals.
    static func isModal(_ folded: String) -> Bool { modals.contains(folded) }

    private static let modals = WordSet([
        "will", "would", "can", "could", "should", "must", "may", "might", "shall", "did", "does",
        "do", "cannot", "wont", "dont", "didnt", "doesnt", "wouldnt", "couldnt", "shouldnt", "cant",
    ])

    /// One past the end of the word starting at `start`, and the word's scalars packed 6 bits
    /// each (digits 1-10, capitals 11-36, small letters 37-62, hyphen 63) when it has at most 10,
    /// all of them ASCII letters, digits or hyphens (else 0).
    private static func wordEnd(
        _ scalars: some TopicScalarWindow, from start: Int, limit: Int, classes: inout ScalarClasses
    ) -> (end: Int, packed: UInt64) {
        var j = start
        var packed: UInt64 = 0
        var packable = true
        while j < limit {
            let s = scalars[j]
            // Letters, digits and hyphens have codes 1...63 (6 bits); 0 stops packing. The
            // offsets are taken once and added without overflow checks, and only the rare
            // scalars that stop packing say so: the test of every code was a sixth of the loop.
            let lower = s &- 0x61, upper = s &- 0x41, digit = s &- 0x30
            let code: UInt32
            if lower < 26 {
                code = lower &+ 37
            } else if upper < 26 {
                code = upper &+ 11
            } else if digit < 10 {
                code = digit &+ 1
            } else if s >= 0x80 && classes.of(s) & ScalarClasses.word != 0 {
                code = 0
                packable = false
            } else if isJoiner(s), j + 1 < limit, classes.of(scalars[j + 1]) & ScalarClasses.word != 0, j > start {
                code = s == 0x2D ? 63 : 0
                if code == 0 { packable = false }
            } else if s == 0x2E, isAcronymStop(scalars, at: j, start: start, limit: limit, classes: &classes) {
                code = 0
                packable = false
            } else {
                break
            }
            packed = packed << 6 | UInt64(code)
            j &+= 1
        }
        return (j, packable && j - start <= 10 ? packed : 0)
    }

    private static func isJoiner(_ s: UInt32) -> Bool {
        s == 0x2D || s == 0x2010 || s == 0x2011 || s == 0x27 || s == 0x2019 || s == 0x02BC
    }

    /// A full stop right after a single letter that is itself the first letter of the word or
    /// follows another such stop, and is followed by a letter or ends an acronym ("U.S.").
    private static func isAcronymStop(
        _ scalars: some TopicScalarWindow, at j: Int, start: Int, limit: Int, classes: inout ScalarClasses
    ) -> Bool {
        guard j - 1 >= start, classes.of(scalars[j - 1]) & ScalarClasses.upper != 0 else { return false }
        let singleLetter = j - 1 == start || scalars[j - 2] == 0x2E
        guard singleLetter else { return false }
        let nextIsLetter = j + 1 < limit && classes.of(scalars[j + 1]) & ScalarClasses.upper != 0
        let closesAcronym = j - 2 > start && scalars[j - 2] == 0x2E
        return nextIsLetter || closesAcronym
    }

    /// The roles of a form when it reads as lower case and when it is capitalised mid-sentence,
    /// from one look-up of each word list; `scalarCount` is the surface's length in scalars.
    static func roles(
        surface: String, scalarCount: Int, plain: String, hasLetters: Bool, isAcronym: Bool
    ) -> (lower: TopicToken.Role, upper: TopicToken.Role) {
        if !hasLetters { return (.number, .number) }
        if isAcronym { return (.content, .content) }
        // "Monday’s" is as much a stop word as "Monday".
        // The scalar before the last, stepped back to (`dropLast().last` made a slice of the view).
        let scalars = surface.unicodeScalars
        let possessive = scalarCount > 2 && surface.endsWith("s")
            && TextFolding.isApostrophe(scalars[scalars.index(scalars.endIndex, offsetBy: -2)])
        return roles(plain: plain, base: possessive ? String(plain.dropLast()) : plain)
    }

    /// The roles of a form with letters that is no acronym, folded `plain`, looked up in the
    /// word lists as `base` (`plain` without a possessive's `s`).
    static func roles(plain: String, base: String) -> (lower: TopicToken.Role, upper: TopicToken.Role) {
        let stop = StopWords.contains(base) || isAdverb(plain)
        let lower: TopicToken.Role =
            stop || isPastForm(plain) ? .stop : plain.endsWith("ing") && plain.wordLength > 5 ? .weak : .content
        // "New York", "First Lady"
        let upper: TopicToken.Role = StopWords.namePart(base) ? .content : stop ? .stop : .content
        return (lower, upper)
    }

    /// `-ly` adverbs ("regularly", "officially"), short of the nouns that end so.
    private static func isAdverb(_ w: String) -> Bool {
        w.endsWith("ly") && w.wordLength > 4 && !lyNouns.contains(w)
    }

    private static let lyNouns = WordSet([
        "family", "italy", "supply", "rally", "july", "assembly", "ally", "anomaly", "monopoly",
        "reply", "bully", "jelly", "belly", "folly", "lily", "melly", "sally", "kelly", "emily",
    ])

    /// Lower-case `-ed` forms, which are mostly verbs or participles in news text.
    private static func isPastForm(_ w: String) -> Bool {
        w.endsWith("ed") && w.wordLength > 4 && !w.endsWith("eed")
    }
}
