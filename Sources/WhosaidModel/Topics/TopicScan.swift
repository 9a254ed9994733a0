/// An article's words as the topic extractor works on them: compact tokens with integer ids,
/// and one analysis per distinct written form (words repeat heavily, so each form is folded,
/// stemmed and classified once).
struct TopicScan {
    /// One word of the article; the compact counterpart of ``TopicToken``, in 16 bytes (a
    /// large document has millions): what is the same for every word of a form (key, capital,
    /// acronym) is read from ``TopicScan/flags`` by ``form``, and the sentence from the block
    /// (``TopicScan/sentence(of:)``).
    struct Word {
        /// Where the word starts, in scalar offsets (``TopicScan/end(of:)`` gives its end).
        var start: Int32
        /// Index into ``TopicScan/forms`` and ``TopicScan/flags``.
        var form: Int32
        var block: Int32
        /// ``opensSentence`` and ``followsSpace`` as bits.
        private var bits: UInt8
        var role: TopicToken.Role

        private static let opensSentenceBit: UInt8 = 1
        private static let followsSpaceBit: UInt8 = 2

        init(start: Int, form: Int32, block: Int32, opensSentence: Bool, followsSpace: Bool, role: TopicToken.Role) {
            self.start = Int32(start)
            self.form = form
            self.block = block
            bits = (opensSentence ? Self.opensSentenceBit : 0) | (followsSpace ? Self.followsSpaceBit : 0)
            self.role = role
        }

        var opensSentence: Bool { bits & Self.opensSentenceBit != 0 }
        /// Whether a single space separates it from the word before.
        var followsSpace: Bool { bits & Self.followsSpaceBit != 0 }
    }

    /// One written form, whatever its position: where its scalars are in ``scalars``
    /// (``surface(of:)`` reads it there); what it says is in ``flags``.
    struct Form {
        var start: Int32
        var end: Int32
    }

    /// The parts of a ``Form`` the hot loops read, without its strings.
    struct FormFlags {
        var key: Int32
        /// Length in scalars.
        var length: Int32
        var isCapitalized: Bool
        var isAcronym: Bool
        /// The role when the word reads as lower case (not capitalised, or opening a sentence).
        var lowerRole: TopicToken.Role
        /// The role when it is capitalised mid-sentence.
        var upperRole: TopicToken.Role
        var isModal: Bool
        var isTo: Bool
        var isDeterminer: Bool
        /// Whether the folded form looks like an adjective (``KeyphraseRanking/looksAdjective(_:)``).
        var looksAdjective: Bool
        /// Whether the form opens with a numeral ("13th").
        var opensWithNumeral: Bool
    }

    var words: [Word] = []
    /// The sentence of each word's block.
    var blockSentences = BlockSentences()
    /// The scalars of the article's forms, each form's once, where ``forms`` point.
    var scalars: [Unicode.Scalar] = []
    var forms: [Form] = []
    /// ``forms`` without their strings, by the same index.
    var flags: [FormFlags] = []
    /// Term keys by id (folded stems joined by spaces).
    var keys: [String] = []
    /// Each key's parts split at spaces (empty parts kept), as ids into ``components``, back to
    /// back in one array (one array per key cost an allocation per distinct key):
    /// ``keyComponents(_:)`` gives a key's.
    private var keyComponentIDs: [Int32] = []
    /// Where each key's parts start in `keyComponentIDs`; the next entry is where they end.
    private var keyComponentStarts: [Int32] = [0]
    /// The stems keys are made of, by text: filled only once forms of two cache epochs met
    /// (`componentsByText`). Until then a part's id is the cache's own id of it
    /// (``FormAnalysis/component``, in the epoch of the first form), not renumbered for the
    /// document: parts are only ever compared with each other, and a map from the cache's ids
    /// to the document's cost two probes for each of a document's keys. The switch renumbers
    /// the parts so far by their text, in key order.
    private var components = SequenceInterner<UInt8>(capacity: 0)
    /// Whether parts are matched by their text (`components`) rather than by the cache's ids.
    private var componentsByText = false
    /// The id of the empty key part, if a key has one.
    private(set) var emptyComponent: Int32? = nil
    /// Local key ids by the cache's key id, for this document's keys of the first form's epoch
    /// (``TopicTokenizer`` lends it a table used before, ``CacheKeyMap/take()``).
    var firstEpochKeys = CacheKeyMap()
    /// Local key ids by the cache's key id and epoch, for this document's keys of later epochs
    /// (the cache started afresh mid-document: rare).
    var keyByCacheKey = PackedMap(capacity: 0)
    /// The cache epoch of the first form; when a later form comes from another, keys are
    /// matched by their text.
    var epoch: Int? = nil
    /// Key ids by their text, made when the first form of another cache epoch comes and kept up
    /// to date after: matching each later form's key by text must not walk all keys (a document of
    /// more distinct words than the cache holds would take quadratic time).
    private var keyByText: [String: Int32]? = nil

    /// The parts of key `key` split at spaces (empty parts kept), as ids into ``components``.
    func keyComponents(_ key: Int32) -> ArraySlice<Int32> {
        keyComponentIDs[Int(keyComponentStarts[Int(key)])..<Int(keyComponentStarts[Int(key) + 1])]
    }

    /// How many parts key `key` has (``keyComponents(_:)``'s count, without making the slice).
    @inline(__always) func keyComponentCount(_ key: Int32) -> Int {
        Int(keyComponentStarts[Int(key) + 1]) - Int(keyComponentStarts[Int(key)])
    }

    /// Calls `body` with each part of key `key` in order, as ``keyComponents(_:)`` gives them,
    /// read in place: a slice per key retained and released the parts' storage, about 80
    /// instructions, for every term of every candidate phrase (PolNeAR train: 218,000 times
    /// in ``KeyphraseCandidates`` alone).
    @inline(__always) func forEachKeyComponent(of key: Int32, _ body: (Int32) -> Void) {
        let start = Int(keyComponentStarts[Int(key)])
        let end = Int(keyComponentStarts[Int(key) + 1])
        keyComponentIDs.withUnsafeBufferPointer { ids in
            for k in start..<end { body(ids[k]) }
        }
    }

    /// The id of key `k`, or nil when no word has it.
    func keyID(_ k: String) -> Int32? { keys.firstIndex(of: k).map { Int32($0) } }

    /// The id of key `k` by ``keyByText`` (made on the first call), or nil when no word has it.
    private mutating func keyIDByText(_ k: String) -> Int32? {
        if keyByText == nil {
            var byText = [String: Int32](minimumCapacity: keys.count)
            for (id, text) in keys.enumerated() where byText[text] == nil { byText[text] = Int32(id) }
            keyByText = byText
        }
        return keyByText?[k]
    }

    /// The scalars of form `form`.
    func scalars(of form: Int32) -> ArraySlice<Unicode.Scalar> {
        let f = forms[Int(form)]
        return scalars[Int(f.start)..<Int(f.end)]
    }

    /// Form `form` as written ("Korea’s", "U.S.").
    func surface(of form: Int32) -> String {
        let f = forms[Int(form)]
        return scalars.withUnsafeBufferPointer { all in
            all.withMemoryRebound(to: UInt32.self) {
                String(scalarValues: UnsafeBufferPointer(rebasing: $0[Int(f.start)..<Int(f.end)]))
            }
        }
    }

    /// Form `form` folded ("koreas", "us").
    func folded(of form: Int32) -> String { String(decoding: TextFolding.bytes(surface(of: form)), as: UTF8.self) }

    /// The term key id of `w` (index into ``keys``): its form's.
    @inline(__always) func key(of w: Word) -> Int32 { flags[Int(w.form)].key }

    /// Whether the first letter of `w` is upper case: its form's.
    func isCapitalized(_ w: Word) -> Bool { flags[Int(w.form)].isCapitalized }

    /// Whether `w` is an acronym ("KCNA", "U.S."): its form's.
    func isAcronym(_ w: Word) -> Bool { flags[Int(w.form)].isAcronym }

    /// The index of the sentence of `w`, from its block (log(sentences) steps; a walk in text
    /// order reads it from a ``BlockSentences/Cursor``).
    func sentence(of w: Word) -> Int32 { blockSentences.sentence(ofBlock: w.block) }

    /// One past the last scalar of `w`.
    func end(of w: Word) -> Int32 { w.start + flags[Int(w.form)].length }

    /// The word `w` as a ``TopicToken``.
    func token(_ w: Word) -> TopicToken {
        TopicToken(
            span: TextSpan(start: Int(w.start), end: Int(end(of: w))), surface: surface(of: w.form), folded: folded(of: w.form),
            key: keys[Int(key(of: w))], sentence: Int(sentence(of: w)), block: Int(w.block),
            opensSentence: w.opensSentence, isCapitalized: isCapitalized(w), isAcronym: isAcronym(w), role: w.role)
    }

    /// Makes room for `count` more forms and as many keys, so that adding them does not regrow
    /// the tables along the way.
    mutating func reserveForms(_ count: Int) {
        forms.reserveCapacity(forms.count + count)
        flags.reserveCapacity(flags.count + count)
        keys.reserveCapacity(keys.count + count)
        keyComponentStarts.reserveCapacity(keyComponentStarts.count + count)
        keyComponentIDs.reserveCapacity(keyComponentIDs.count + count)
    }

    /// Adds the next form of this document, first written at `written` and analysed as `a` by
    /// ``FormAnalysisCache`` in epoch `formEpoch`, the parts of a key of several numbered by
    /// their text; returns its id.
    @discardableResult
    mutating func addForm(_ a: FormAnalysis, epoch formEpoch: Int, written: FormAnalysisCache.Request) -> Int32 {
        withUnsafePointer(to: a) { addForm(at: $0, epoch: formEpoch, written: written, parts: nil) }
    }

    /// Adds the next form of this document, first written at `written` and analysed as `a` by
    /// ``FormAnalysisCache`` in epoch `formEpoch`, its key's parts numbered `parts` there (nil:
    /// not known, the parts of a key of several are then numbered by their text); returns its id.
    /// The analysis is read where the cache keeps it, with the cache locked
    /// (``FormAnalysisCache/forEachAnalysis(of:in:_:)``): this must not call the cache.
    @discardableResult
    mutating func addForm(
        at a: UnsafePointer<FormAnalysis>, epoch formEpoch: Int, written: FormAnalysisCache.Request,
        parts: UnsafeBufferPointer<Int32>?
    ) -> Int32 {
        var formFlags = a.pointee.flags
        if epoch == nil { epoch = formEpoch }
        let cacheKey = UInt64(formEpoch) << 32 | UInt64(UInt32(formFlags.key))
        let next = Int32(keys.count)
        var key: Int32
        if formEpoch == epoch {
            key = firstEpochKeys.get(formFlags.key)
            if key < 0 {
                key = next
                firstEpochKeys.set(formFlags.key, key)
            }
        } else {
            key = keyByCacheKey.get(cacheKey)
            if key < 0, let known = keyIDByText(a.pointee.keyText) {
                key = known
                keyByCacheKey.set(cacheKey, key)
            }
            if key < 0 {
                if !componentsByText { internComponentsByText() }
                key = next
                keyByCacheKey.set(cacheKey, key)
            }
        }
        if key == next {
            // The key text is copied once, into `keys` (a local copy cost a retain and a
            // release per new key); the rare paths read it where it lies.
            keys.append(a.pointee.keyText)
            if keyByText != nil, keyByText![a.pointee.keyText] == nil { keyByText![a.pointee.keyText] = key }
            let component = a.pointee.component
            if !componentsByText, component >= 0 {
                appendComponent(cacheID: component)
                keyComponentStarts.append(Int32(keyComponentIDs.count))
            } else if !componentsByText, let parts {
                for cacheID in parts { appendComponent(cacheID: cacheID) }
                keyComponentStarts.append(Int32(keyComponentIDs.count))
            } else {
                if !componentsByText { internComponentsByText() }
                appendComponents(of: a.pointee.keyText)
            }
        }
        formFlags.key = key
        forms.append(Form(start: written.start, end: written.end))
        flags.append(formFlags)
        return Int32(forms.count - 1)
    }

    /// Calls `body` with each part of `keyText` split at spaces (empty parts kept), in place.
    static func forEachPart(of keyText: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = keyText
        text.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                body(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                start = i + 1
            }
        }
    }

    /// Appends the next part of the new key, which the cache numbers `cacheID` (in the epoch of
    /// the first form): its id here too.
    @inline(__always) private mutating func appendComponent(cacheID: Int32) {
        if cacheID == 0 { emptyComponent = 0 }
        keyComponentIDs.append(cacheID)
    }

    /// Interns the parts of the new key `keyText`, split at spaces (empty parts kept), in place.
    private mutating func appendComponents(of keyText: String) {
        Self.forEachPart(of: keyText) { part in
            let id = components.intern(part).id
            if part.isEmpty { emptyComponent = id }
            keyComponentIDs.append(id)
        }
        keyComponentStarts.append(Int32(keyComponentIDs.count))
    }

    /// Switches to matching parts by text (a form of another cache epoch came, whose part ids
    /// are not this one's): interns the parts of the keys so far, in key order, and gives them
    /// the interner's ids.
    private mutating func internComponentsByText() {
        componentsByText = true
        components = SequenceInterner(capacity: keyComponentIDs.count)
        emptyComponent = nil
        for k in 0..<(keyComponentStarts.count - 1) {
            var next = Int(keyComponentStarts[k])
            Self.forEachPart(of: keys[k]) { part in
                let id = components.intern(part).id
                if part.isEmpty { emptyComponent = id }
                keyComponentIDs[next] = id
                next += 1
            }
        }
    }

    /// The ids of the key parts `parts`: a part some key has gets that key's id of it; a part
    /// no key has gets nil, or (while parts are the cache's ids) the cache's id of it, which no
    /// key's part has either.
    func componentIDs(of parts: [[UInt8]]) -> [Int32?] {
        if componentsByText { return parts.map { components.id(of: $0) } }
        guard let epoch else { return parts.map { _ in nil } }
        if let cacheIDs = FormAnalysisCache.componentIDs(of: parts, epoch: epoch) { return cacheIDs }
        // The cache started afresh since: the parts by text, with the ids the keys gave them.
        var byText = SequenceInterner<UInt8>(capacity: keyComponentIDs.count)
        var ids: [Int32] = []
        for k in 0..<(keyComponentStarts.count - 1) {
            var next = Int(keyComponentStarts[k])
            Self.forEachPart(of: keys[k]) { part in
                if byText.intern(part).isNew { ids.append(keyComponentIDs[next]) }
                next += 1
            }
        }
        return parts.map { part in byText.id(of: part).map { ids[Int($0)] } }
    }

    /// ``analyse(_:values:)`` of the form whose scalar values are `values`, when they are all
    /// ASCII letters and digits (most forms), worked out from the values: such a form folds to
    /// its bytes lower-cased and has no full stop or apostrophe, so no string of it is made and
    /// folded. Nil for any other form.
    static func analyseAlphanumeric(_ values: UnsafeBufferPointer<UInt32>) -> FormAnalysis? {
        guard !values.isEmpty else { return nil }
        // Folded into a buffer on the stack, and made a string once: a short one is kept in
        // place, so most forms make no array and allocate nothing.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: values.count) { folded in
            var letterCount = 0
            var upperCount = 0
            var firstIsUpper = false
            for (k, v) in values.enumerated() {
                let isUpper = v &- 0x41 < 26
                let isLower = v &- 0x61 < 26
                guard isUpper || isLower || v &- 0x30 < 10 else { return nil }
                folded[k] = UInt8(truncatingIfNeeded: isUpper ? v + 0x20 : v)
                guard isUpper || isLower else { continue }
                if letterCount == 0 { firstIsUpper = isUpper }
                letterCount += 1
                if isUpper { upperCount += 1 }
            }
            let bytes = UnsafeBufferPointer(folded)
            let plain = String(decoding: bytes, as: UTF8.self)
            // A form no rule of the stemmer can touch is its own stem (most are): the stemmer's
            // arrays only for the others.
            let keyText = Stemmer.isOwnStem(folded: bytes)
                ? plain : text(of: Stemmer.stem(folded: Array(bytes)), folded: bytes, plain: plain)
            let isAcronym = letterCount >= 2 && upperCount == letterCount
            // As ``TopicTokenizer/roles(surface:scalarCount:plain:hasLetters:isAcronym:)``: no
            // apostrophe, so no possessive.
            let roles: (lower: TopicToken.Role, upper: TopicToken.Role) =
                letterCount == 0 ? (.number, .number)
                : isAcronym ? (.content, .content) : TopicTokenizer.roles(plain: plain, base: plain)
            return FormAnalysis(
                keyText: keyText,
                flags: FormFlags(
                    key: -1, length: Int32(values.count), isCapitalized: firstIsUpper,
                    isAcronym: isAcronym, lowerRole: roles.lower, upperRole: roles.upper,
                    isModal: TopicTokenizer.isModal(plain), isTo: plain == "to",
                    isDeterminer: TermStatistics.determiners.contains(plain),
                    looksAdjective: KeyphraseRanking.looksAdjective(plain),
                    opensWithNumeral: values[0] &- 0x30 < 10))
        }
    }

    /// The text of `stem`: `plain`, the text of `folded`, when they are the same bytes.
    private static func text(of stem: [UInt8], folded: some Sequence<UInt8>, plain: String) -> String {
        stem.elementsEqual(folded) ? plain : String(decoding: stem, as: UTF8.self)
    }

    /// Folds, stems and classifies one written form (the same for every document); `values`,
    /// when given, are the surface's scalar values, read instead of its `unicodeScalars`.
    static func analyse(_ surface: String, values: UnsafeBufferPointer<UInt32>? = nil) -> FormAnalysis {
        let folded = TextFolding.bytes(surface)
        let plain = String(decoding: folded, as: UTF8.self)
        // Most forms fold to one word: its stem, without splitting and joining; most are their
        // own stems, whose text is the folded one, made once.
        let keyText = !folded.isEmpty && !folded.contains(0x20)
            ? Self.text(of: Stemmer.stem(folded: folded), folded: folded, plain: plain)
            : folded.split(separator: 0x20)
                .map { String(decoding: Stemmer.stem(folded: Array($0)), as: UTF8.self) }
                .joined(separator: " ")
        // Letters and their case, with an ASCII fast path (Unicode property lookups are slow).
        // The same walk counts the scalars and finds a full stop and the first scalar.
        var letterCount = 0
        var upperCount = 0
        var firstIsUpper = false
        var length = 0
        var hasFullStop = false
        var first: Unicode.Scalar? = nil
        func visit(_ c: Unicode.Scalar) {
            if length == 0 { first = c }
            length += 1
            if c.value == 0x2E { hasFullStop = true }
            let isLetter: Bool
            let isUpper: Bool
            if c.isASCII {
                let v = c.value
                isUpper = v >= 0x41 && v <= 0x5A
                isLetter = isUpper || (v >= 0x61 && v <= 0x7A)
            } else {
                isLetter = c.properties.isAlphabetic
                isUpper = isLetter && c.properties.isUppercase
            }
            guard isLetter else { return }
            if letterCount == 0 { firstIsUpper = isUpper }
            letterCount += 1
            if isUpper { upperCount += 1 }
        }
        // The values as `String(scalarValues:)` made the surface of them.
        if let values {
            for v in values { visit(Unicode.Scalar(v) ?? "\u{FFFD}") }
        } else {
            for c in surface.unicodeScalars { visit(c) }
        }
        let isAcronym = hasFullStop || (letterCount >= 2 && upperCount == letterCount)
        let roles = TopicTokenizer.roles(
            surface: surface, scalarCount: length, plain: plain, hasLetters: letterCount > 0, isAcronym: isAcronym)
        // An ASCII scalar has a numeric type when it is a digit.
        let opensWithNumeral = first.map { $0.isASCII ? $0.value &- 0x30 < 10 : $0.properties.numericType != nil } ?? false
        return FormAnalysis(
            keyText: keyText,
            flags: FormFlags(
                key: -1, length: Int32(length), isCapitalized: firstIsUpper,
                isAcronym: isAcronym, lowerRole: roles.lower, upperRole: roles.upper,
                isModal: TopicTokenizer.isModal(plain), isTo: plain == "to",
                isDeterminer: TermStatistics.determiners.contains(plain),
                looksAdjective: KeyphraseRanking.looksAdjective(plain),
                opensWithNumeral: opensWithNumeral))
    }
}
