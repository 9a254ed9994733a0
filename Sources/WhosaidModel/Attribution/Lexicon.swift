/// Word lists the attribution rules share. All entries are lower case.
enum Lexicon {
    /// Reporting verbs in their base form, with irregular past forms listed separately.
    static let reportingBases: [String] = [
        "say", "add", "acknowledge", "admit", "announce", "argue", "assert", "claim", "comment",
        "complain", "concede", "confirm", "contend", "declare", "deny", "describe", "explain", "insist",
        "maintain", "note", "observe", "recall", "remark", "reply", "report", "respond", "stress",
        "suggest", "tell", "testify", "tweet", "urge", "warn", "write", "ask", "predict", "promise",
        "pledge", "vow", "caution", "charge", "allege", "boast", "disclose", "reveal", "emphasize",
        "emphasise", "reiterate", "counter", "retort", "quip", "joke", "concur", "agree", "conclude",
        "estimate", "assure", "demand", "propose", "recount", "wonder", "lament", "mention", "indicate",
        "advise", "inform", "brag", "scoff", "shout", "yell", "whisper", "exclaim", "affirm", "attest",
        "recommend", "hint", "muse", "opine", "clarify", "cite", "echo", "reject", "accuse", "blame",
        "criticize", "criticise", "praise", "dismiss", "defend", "chant", "sing", "scream", "plead",
        "beg", "cry", "decline",
        "blast", "proclaim", "reassure", "confide", "profess", "deride", "laud", "posit", "surmise", "rebut",
        "refute", "implore", "disagree", "speculate", "theorize", "imply",
    ]
    /// Bases that double their last consonant before -ed and -ing: one-syllable verbs ending in a
    /// single vowel and a consonant (brag, beg, quip), and longer ones stressed on that syllable.
    static let doublingBases: WordSet = [
        "brag", "beg", "quip", "snap", "plan", "chat", "jab", "stop", "slam", "grab",
        "admit", "concur", "commit", "regret", "submit", "refer", "prefer", "omit", "compel", "rebut",
        "confer", "deter", "occur", "permit", "transmit", "abhor", "allot", "infer", "aver", "dub",
    ]
    /// Verbs that report speech when a particle follows them ("called for", "warned against").
    static let phrasalReporting: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        for (base, particles) in phrasalReportingBases {
            for form in inflections(base) { table[form, default: []].formUnion(particles) }
        }
        return table
    }()
    /// Verbs that report speech when a particle follows them, by base form ("called for",
    /// "spoke about", "pointed to", "commented on").
    static let phrasalReportingBases: [(String, Set<String>)] = [
        ("call", ["for", "on"]), ("speak", ["about", "of", "out"]),
        ("warn", ["against", "of", "about"]), ("complain", ["about", "of"]), ("testify", ["about", "that"]),
        ("point", ["out", "to"]), ("joke", ["about"]), ("talk", ["about"]),
    ]
    /// Phrasal cues that report only an embedded question (`talked about how the plan failed`),
    /// never a topic (`talked about the weather`).
    static let questionOnlyPhrasals: Set<String> = Set(inflections("talk"))
    /// Verbs whose statement is a prepositional phrase, preposition included ("did not respond
    /// to requests for comment", "responded by citing…", "asked for help").
    static let prepositionalComplements: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        for (base, prepositions) in [("respond", ["to", "by"]), ("reply", ["to", "by"]), ("ask", ["for", "about"])] {
            for form in inflections(base) { table[form] = Set(prepositions) }
        }
        return table
    }()
    /// The verbs of ``prepositionalComplements``, looked up without hashing a `String`: the
    /// table is asked about every reporting verb, and few are among them.
    static let prepositionalComplementVerbs = WordSet(Set(prepositionalComplements.keys))
    /// Reporting verb forms that are not built from a base above ("stated", "stating": "state" is
    /// mostly a noun or an adjective, its past and participle only verbs).
    static let extraReportingForms: [String] = ["stated", "stating"]
    /// Present forms of `state` that cue only as the verb closing a short clause after a quote
    /// (`“…,” the filing states.`): anywhere else they are the noun (`state officials said`).
    static let clauseFinalCueForms: WordSet = ["state", "states"]
    /// Verbs that report speech only when a quotation stands beside them.
    static let quoteOnlyBases: [String] = [
        "believe", "find", "show", "call", "think", "read", "feel", "put", "begin", "continue", "interject", "summarize", "offer", "post", "answer", "dispute",
        // Manners of speaking, cues only beside a quote ("“Go back,” Trump barked").
        "bark", "beam", "snap", "gush", "sneer", "chuckle", "laugh", "sigh", "mutter", "murmur", "growl", "snarl",
        "grumble", "marvel", "fume", "thunder", "bellow", "roar", "gasp", "groan", "hiss", "rage", "shoot", "fire", "retaliate", "press",
        "exhort",
        // Verbs of a stance that report only a that-clause (``Attributor/thatClauseCues``).
        "forecast", "confess",
    ]

    /// Verbs that report speech only with their particle closing the clause, beside a quotation
    /// (`“You know?” Trump went on.`, `and her husband cut in`): elsewhere they move or cut
    /// (`the talks went on for hours`, `cut in half`). Explicit forms, each with its particle.
    static let quoteOnlyPhrasalForms: [(forms: [String], particle: String)] = [
        (["go", "goes", "went"], "on"), (["chime", "chimes", "chimed"], "in"), (["cut", "cuts"], "in"),
        (["break", "breaks", "broke"], "in"), (["pipe", "pipes", "piped"], "up"), (["jump", "jumps", "jumped"], "in"),
    ]
    /// ``quoteOnlyPhrasalForms`` by form: the particle each takes.
    static let quoteOnlyPhrasals: [String: String] = {
        var table: [String: String] = [:]
        for (forms, particle) in quoteOnlyPhrasalForms { for form in forms { table[form] = particle } }
        return table
    }()

    static let irregular: [String: [String]] = [
        "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
        "write": ["wrote", "written", "writes", "writing"], "speak": ["spoke", "spoken", "speaks", "speaking"],
        "think": ["thought", "thinks", "thinking"], "find": ["found", "finds", "finding"],
        "read": ["reads", "reading"], "put": ["puts", "putting"], "feel": ["felt", "feels"],
        "begin": ["began", "begins"], "show": ["showed", "shows", "shown"],
        "sing": ["sang", "sung", "sings", "singing"], "shoot": ["shot", "shoots", "shooting"], "cry": ["cried", "cries", "crying"],
    ]

    /// The base form and its past, third-person and -ing forms: irregular ones from
    /// ``irregular``, doubled consonants for ``doublingBases`` (brag → bragged, bragging).
    static func inflections(_ base: String) -> [String] {
        if let forms = irregular[base] { return [base] + forms }
        var past = base.endsWith("e") ? base + "d" : base + "ed"
        var third = base + "s"
        var ing = base.endsWith("e") && !base.endsWith("ee") ? String(base.dropLast()) + "ing" : base + "ing"
        if base.endsWith("y") && !"aeiou".contains(base.dropLast().last!) {
            past = String(base.dropLast()) + "ied"
            third = String(base.dropLast()) + "ies"
        }
        if ["ss", "sh", "ch", "x"].contains(where: { base.hasSuffix($0) }) { third = base + "es" }
        if doublingBases.contains(base), let last = base.last {
            past = base + String(last) + "ed"
            ing = base + String(last) + "ing"
        }
        return [base, past, third, ing]
    }

    /// Every form of a reporting verb.
    static let reportingVerbs: Set<String> = Set(reportingBases.flatMap(inflections) + extraReportingForms)
    /// Every form of a verb that reports speech only beside a quotation.
    static let quoteOnlyVerbs: Set<String> = Set(quoteOnlyBases.flatMap(inflections))
    /// Irregular past forms and participles (`said`, `told`, `written`): never a base form.
    static let irregularPastForms: WordSet = WordSet(Set(irregular.values.joined().filter { !$0.endsWith("ing") && !$0.endsWith("s") }))
    /// Whether `w` is a past or third-person form (`warned`, `said`, `says`, not `stress`): no
    /// infinitive. Bases ending in -ed (`heed`) read as past forms too.
    static func isInflectedForm(_ w: String) -> Bool {
        w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") || irregularPastForms.contains(w)
    }
    /// Forms that end in -ing: they start participle clauses ("saying"), not finite reports.
    static func isGerund(_ w: String) -> Bool { w.endsWith("ing") }

    /// Nouns for a standard, measure or arrangement that `according to` follows when it tells how
    /// a thing was done (`sorted according to size`), not who says so.
    static let standardNouns: WordSet = [
        "system", "systems", "weight", "weights", "size", "sizes", "scale", "formula", "method", "methods",
        "standard", "standards", "criteria", "criterion", "guideline", "guidelines", "procedure", "procedures",
        "protocol", "protocols", "preference", "preferences", "taste", "tastes", "pattern", "patterns",
        "recipe", "specification", "specifications", "instructions", "category", "categories", "index", "plan",
        "rule", "rules", "schedule", "timetable",
    ]
    /// Prepositions: a noun phrase right after one is no verb's subject ("a list of North Korean demands").
    static let prepositions: WordSet = [
        "of", "to", "for", "with", "about", "from", "by", "on", "in", "at", "into", "over", "against", "among", "between",
    ]
    /// Prepositions of place that put a noun phrase inside a longer one (`Residents near the
    /// plant`, `Shop owners along Elm Street`): written in lower case after a noun, their object
    /// is never the verb's subject. Not a word class: capitalised they open names and adjectives
    /// (`Inside Elections`, `Inside sources said`, `Near Eastern scholars`).
    static let placePrepositions: WordSet = ["near", "along", "across", "around", "outside", "inside", "throughout"]

    /// "I" and its contractions with an auxiliary, one token each ("I'm" is no name).
    static let firstPersonSingular: WordSet = ["i", "i'm", "i've", "i'll", "i'd"]

    static let personalPronouns: Set<String> = Set(["he", "she", "they", "we", "it", "you"]).union(firstPersonSingular)

    static let determiners: WordSet = [
        "a", "an", "the", "some", "many", "other", "several", "one", "another", "two", "three",
        "four", "five", "most", "few", "both", "all", "this", "that", "these", "those", "his", "her",
        "their", "its", "our", "my", "your", "several", "numerous", "various", "each", "any", "no",
    ]
    /// Words allowed inside a described speaker ("a story from the state news agency").
    static let nounPhraseLinks: WordSet = ["of", "from", "for", "at", "in", "with", "on", "'s", "and", "to"]

    /// Words that cannot be part of a speaker's noun phrase.
    static let stopWords: WordSet = [
        "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "what",
        "when", "where", "while", "why", "how", "if", "because", "although", "though", "as",
        "than", "then", "to", "by", "into", "about", "after", "before", "over", "under", "since",
        "until", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
        "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
        "not", "no", "also", "just", "only", "even", "still", "now", "here", "there", "said",
        "says", "say", "told", "it", "he", "she", "they", "we", "i", "you", "me", "him", "them",
        "us", "there", "this", "these", "those", "however", "meanwhile", "instead", "like",
        "against", "through", "during", "without", "within", "upon", "among", "across",
        "per", "via", "yes", "very", "too", "more", "less", "much",
    ]
    /// Words that may stand between a speaker and the reporting verb ("he also said").
    static let verbModifiers: WordSet = [
        "also", "later", "then", "once", "again", "previously", "recently", "earlier", "first",
        "has", "had", "have", "would", "will", "could", "did", "does", "do", "further", "often",
        "repeatedly", "simply", "flatly", "quickly", "never", "always", "reportedly", "publicly",
        "privately", "separately", "subsequently", "initially", "finally", "similarly", "openly",
        "however", "though", "too", "has", "not", "is", "was", "are", "were", "even", "still",
        "specifically", "explicitly", "repeatedly", "frequently", "ultimately", "allegedly",
        "haven't", "hasn't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't",
        "isn't", "wasn't", "aren't", "weren't", "can't", "cannot", "may", "might", "must", "should",
        "can", "shall", "be", "been", "being", "all", "both", "each", "himself", "herself", "themselves",
        "itself",
    ]
    /// Titles before a name; they are dropped from the name's key but kept in its display form.
    static let titles = WordSet(Set([
        "mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "professor", "president", "vice", "sen.",
        "mr", "mrs", "ms", "dr",  // British style, without the full stop
        "prof", "cllr", "cllr.", "sgt", "supt", "supt.", "insp", "insp.", "det", "det.", "capt", "col", "lt", "maj",
        "brig", "brig.", "revd", "rev", "dame",
        "senator", "rep.", "representative", "gov.", "governor", "gen.", "general", "lt.", "col.",
        "capt.", "sgt.", "secretary", "minister", "prime", "chancellor", "mayor",
        "judge", "justice", "rev.", "reverend", "pope", "king", "queen", "prince", "princess",
        "ambassador", "chairman", "chairwoman", "chair", "chairperson", "speaker", "leader", "sir", "lord", "lady",
        "congressman", "congresswoman", "attorney", "chief", "director", "counsel",
        "officer", "candidate", "nominee", "former", "deputy", "acting", "state",
        "gop", "democratic", "republican", "democrat", "house", "senate", "majority", "minority",
        "whip", "leader", "first", "lady", "u.s.", "press", "spokesman", "spokeswoman", "foreign",
        "defense", "treasury", "labor", "justice", "homeland", "security", "supreme", "court",
        "manhattan", "federal", "district", "circuit", "panel", "committee", "ceo", "founder",
        "independent", "sens.", "reps.", "gens.",
        "premier", "coach", "bishop", "treasurer", "inspector", "captain", "commander",
        "executive", "financial", "operating", "managing", "editor",
        // Parliaments' members and British parties before a name ("Labour MP Jane Hill", "Tory MEP Tom Reid").
        "mp", "mep", "msp", "labour", "tory", "conservative", "liberal",
    ]).union(officeTitles))

    /// Titles of local government, the police, the courts and the clergy, which only people
    /// carry (`Councilman Derek Hill`, `Sheriff Ann Lowe`): titles, and evidence of a person.
    static let officeTitles: Set<String> = [
        "councilman", "councilwoman", "councilor", "councillor", "alderman", "alderwoman", "assemblyman",
        "assemblywoman", "sheriff", "commissioner", "superintendent", "magistrate", "detective", "sergeant",
        "lieutenant", "colonel", "admiral", "trooper", "constable", "rabbi", "pastor", "imam", "maj.", "adm.",
    ]
    static let maleTitles: WordSet = [
        "mr.", "mr", "king", "prince", "sir", "lord", "congressman", "chairman", "spokesman", "father", "brother",
        "councilman", "alderman", "assemblyman",
    ]
    static let femaleTitles: WordSet = [
        "mrs.", "ms.", "mrs", "ms", "miss", "queen", "princess", "lady", "congresswoman", "chairwoman", "spokeswoman", "sister", "dame",
        "councilwoman", "alderwoman", "assemblywoman",
    ]

    /// Head nouns of organisations and outlets.
    static let organisationHeads: WordSet = [
        "agency", "department", "ministry", "office", "committee", "council", "association",
        "company", "corporation", "inc.", "corp.", "inc", "corp", "ltd", "ltd.", "plc", "llc", "group", "party", "campaign", "administration",
        "government", "court", "newspaper", "times", "post", "journal", "news", "network",
        "report", "statement", "story", "article", "study", "survey", "poll", "organization",
        "organisation", "university", "institute", "foundation", "center", "centre", "bureau",
        "commission", "service", "board", "union", "federation", "team", "embassy",
        "white", "kremlin", "pentagon", "police", "military", "army", "navy", "reuters", "cnn",
        "press", "magazine", "channel", "bank", "fund", "council", "senate", "house", "congress",
        "parliament", "cabinet", "secretariat", "website", "blog", "paper", "release", "memo",
        "letter", "filing", "complaint", "lawsuit", "ruling", "book", "editorial", "ad",
        // Kinds of firm and institution (`The automaker said`, `the airline said`), and the
        // plural words that end company names (`Harlow Motors`, `Delta Air Lines`).
        // (Not words that also name a person's job or are adjectives: carrier, lender, regulator,
        // broadcaster, club, firm.)
        "automaker", "carmaker", "airline", "retailer", "insurer", "drugmaker", "chipmaker",
        "utility", "league", "hospital", "airport", "manufacturer",
        "watchdog", "conglomerate", "startup", "motors", "airlines", "airways", "industries", "technologies",
        "pharmaceuticals", "holdings", "enterprises", "laboratories", "systems", "foods", "partners", "appliances",
        "solutions", "networks", "brands", "communications", "securities", "therapeutics", "logistics",
        // Words that end sports clubs' names (`Harwick Rovers`, `Dunmore Athletic`, `Ellisford
        // United`): a team, which `he` or `she` never takes. (Not `city`, `town`, `county` or
        // `rangers`, which also name places and people.)
        "rovers", "wanderers", "athletic", "albion", "hotspur", "united", "fc", "afc",
    ]
    /// Heads of speakers known by a description that are groups of people.
    /// Peoples, faiths and parties in the plural, capitalised like names ("Russians", "Catholics").
    static let peoplePlurals: WordSet = [
        "russians", "norwegians", "iranians", "israelis", "palestinians", "mexicans", "europeans", "germans", "britons",
        "syrians", "iraqis", "afghans", "cubans", "ukrainians", "koreans", "indians", "africans", "latinos",
        "hispanics", "evangelicals", "catholics", "muslims", "christians", "jews", "mormons", "libertarians",
        "independents", "canadians", "australians", "saudis", "turks", "kurds", "arabs", "asians", "italians",
        "egyptians", "pakistanis", "nigerians", "brazilians", "venezuelans", "chinese", "japanese", "french",
        "democrats", "republicans", "americans", "socialists", "greens", "tories", "conservatives", "liberals",
    ]
    /// Whether a description's head names a group: a group word or a plural in -s (not -ss).
    static func isGroupHead(_ head: String) -> Bool {
        groupHeads.contains(head) || head.endsWith("s") && !head.endsWith("ss")
    }

    /// The kind of actor a description headed by `head` is: an organisation, a group or one described person.
    static func describedKind(head: String) -> ActorKind {
        organisationHeads.contains(head) ? .organisation : isGroupHead(head) ? .group : .description
    }

    /// People named by their tie to someone (`Friends of Mr. Lee said…`): with `of` and a name
    /// after them they head a group, never a title of the name.
    static let relationalPlurals: WordSet = [
        "friends", "colleagues", "relatives", "associates", "neighbors", "neighbours", "classmates",
        "fans", "followers", "backers", "loyalists", "confidants", "acquaintances", "admirers",
        "detractors", "rivals", "employees", "partners", "children", "sons", "daughters", "parents",
    ]
    static let groupHeads: WordSet = [
        "people", "officials", "experts", "analysts", "critics", "supporters", "participants",
        "voters", "residents", "lawmakers", "democrats", "republicans", "aides", "advisers",
        "advisors", "sources", "diplomats", "observers", "scientists", "economists", "activists",
        "leaders", "members", "watchers", "investigators", "prosecutors", "researchers", "witnesses",
        "authorities", "police", "officers", "protesters", "students", "teachers", "workers",
        "others", "some", "many", "most", "both", "americans", "republicans", "conservatives",
        "liberals", "progressives", "opponents", "allies", "donors", "staffers", "doctors",
    ]
    /// Words that cannot head a speaker: time words, places of reporting, abstract nouns.
    static let nonSpeakerHeads: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "week", "month", "year", "time", "day", "night", "morning",
        "evening", "afternoon", "end", "way", "thing", "things", "fact", "lot", "reason", "idea",
        "point", "love", "hatred", "fear", "anger", "grief", "sorrow", "passion", "beauty", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "what", "which", "this", "that",
    ]
    /// Verb forms that are more often plural nouns ("a list of demands that…"): they report
    /// speech only after a name or a pronoun.
    static let nounLikeForms: WordSet = [
        "demands", "claims", "reports", "promises", "notes", "comments", "charges", "vows", "pledges",
        "estimates", "questions", "complaints", "responses", "replies", "warnings", "remarks", "answers",
        "admits", "insists", "urges", "reveals", "cites", "echoes", "rejects", "blames", "praises", "tweets",
        "posts", "calls", "denials", "accusations", "criticisms", "blasts",
    ]
    /// Forms of ``nounLikeForms`` that are never nouns: after a coordinator they are a second
    /// predicate whatever stands before it (`denied the report and insists that…`).
    static let verbOnlyCueForms: WordSet = ["insists", "admits", "cites"]
    /// Verbs whose reported content may be an infinitive ("pledged to push for…").
    static let infinitiveReporting: Set<String> = Set(
        ["promise", "pledge", "vow", "threaten", "urge", "agree", "decline", "refuse", "offer", "ask", "tell", "warn",
         "demand", "advise", "call", "beg", "plead", "propose", "claim"].flatMap(inflections))
    /// Parenthetical words set off by commas between a subject and its verb (", though,").
    static let discourseAdverbs: WordSet = [
        "though", "however", "too", "meanwhile", "instead", "also", "nevertheless", "moreover", "still",
        "example", "instance", "then", "now", "indeed", "separately", "similarly", "likewise",
        "nonetheless", "furthermore", "additionally", "consequently", "accordingly", "thus", "hence", "besides",
    ]
    /// Time expressions that may stand between a verb and its clause ("said Tuesday that").
    static let timeWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "recently", "earlier", "later", "last", "this", "on", "in", "at",
        "week", "month", "year", "morning", "evening", "afternoon", "night", "privately",
        "publicly", "repeatedly", "again", "flatly", "then", "also", "once", "often",
    ]

    /// Word classes a token can belong to. A form keeps its classes in the low
    /// ``Token/FormInfo/classBits`` bits of a word, so no class takes a bit above them.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        static let reporting = WordClass(rawValue: 1 << 0)
        static let phrasalReporting = WordClass(rawValue: 1 << 1)
        static let quoteOnly = WordClass(rawValue: 1 << 2)
        static let preposition = WordClass(rawValue: 1 << 3)
        static let stopWord = WordClass(rawValue: 1 << 4)
        static let determiner = WordClass(rawValue: 1 << 5)
        static let verbModifier = WordClass(rawValue: 1 << 6)
        static let title = WordClass(rawValue: 1 << 7)
        static let personalPronoun = WordClass(rawValue: 1 << 8)
        static let timeWord = WordClass(rawValue: 1 << 9)
        static let nounPhraseLink = WordClass(rawValue: 1 << 10)
        static let nonSpeakerHead = WordClass(rawValue: 1 << 11)
        static let organisationHead = WordClass(rawValue: 1 << 12)
        /// A verb that may cue a label (``Attributor/labellingVerbs``, the characterising and
        /// criticising verbs): the label sieve, which runs at every verb, hashes only these.
        static let labelCue = WordClass(rawValue: 1 << 13)
        /// A form that may cue an agentless statement (``Attributor/passiveComplements``,
        /// ``Attributor/questionVerbForms``): the agentless sieve, which runs at every word, hashes only these.
        static let agentlessCue = WordClass(rawValue: 1 << 14)
        /// A form of ``quoteOnlyPhrasals`` (`went` of `went on`).
        static let quoteOnlyPhrasal = WordClass(rawValue: 1 << 15)
        /// A noun that may cue a statement (``Attributor/nounCues``: `claim`, `warning`).
        static let nounCue = WordClass(rawValue: 1 << 16)
        /// A form of a light verb with a cue noun (``Attributor/lightVerbs``: `made`, `expressed`).
        static let lightVerb = WordClass(rawValue: 1 << 17)
        /// A verb of thinking or knowing (``Attributor/beliefVerbs``: `think`, `knew`).
        static let beliefVerb = WordClass(rawValue: 1 << 18)
        /// A verb that reports only its that-clause (``Attributor/thatClauseCues``: `found that`).
        static let thatClauseCue = WordClass(rawValue: 1 << 19)
        /// The `according` of `according to`.
        static let accordingTo = WordClass(rawValue: 1 << 20)
        /// A word title case leaves in lower case (``TokenTagging/titleCaseLowerWords``: `of`, `the`).
        static let titleCaseLower = WordClass(rawValue: 1 << 21)
        /// A sound of thinking (``HesitationWords/words``: `um`, `uh`).
        static let hesitation = WordClass(rawValue: 1 << 22)
        /// A verb whose `it` stands for what an `as` clause introduces (``Attributor/mannerItCues``: `put`).
        static let mannerItCue = WordClass(rawValue: 1 << 23)
    }

    /// The classes of every listed word, for one lookup per token.
    static let classes: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        for w in reportingVerbs { table[w, default: []].insert(.reporting) }
        for w in phrasalReporting.keys { table[w, default: []].insert(.phrasalReporting) }
        for w in quoteOnlyVerbs { table[w, default: []].insert(.quoteOnly) }
        for w in quoteOnlyPhrasals.keys { table[w, default: []].insert(.quoteOnlyPhrasal) }
        for w in prepositions.union(["during", "after", "before", "since", "under", "despite", "through", "without", "within", "across",
                                         "amid", "amidst", "alongside", "beyond", "toward", "towards", "unlike", "behind", "beneath",
                                         "upon", "throughout", "besides", "beside", "regarding", "concerning", "amongst", "onto", "via",
                                         "absent", "notwithstanding"]) {
            table[w, default: []].insert(.preposition)
        }
        let lists: [(any Sequence<String>, WordClass)] = [
            (stopWords, .stopWord), (determiners, .determiner), (verbModifiers, .verbModifier), (titles, .title),
            (personalPronouns, .personalPronoun), (timeWords, .timeWord), (nounPhraseLinks, .nounPhraseLink),
            (nonSpeakerHeads, .nonSpeakerHead), (organisationHeads, .organisationHead),
        ]
        for (words, c) in lists { for w in words { table[w, default: []].insert(c) } }
        for w in Attributor.labellingVerbs.union(Attributor.characterisingVerbs).union(Attributor.criticisingVerbs).union(Attributor.comparingVerbs) {
            table[w, default: []].insert(.labelCue)
        }
        for w in Attributor.questionVerbForms.union(Attributor.passiveComplements.keys) { table[w, default: []].insert(.agentlessCue) }
        let cueLists: [(any Sequence<String>, WordClass)] = [
            (Attributor.nounCues.union(Attributor.moreNounCueList), .nounCue), (Attributor.lightVerbs, .lightVerb), (Attributor.beliefVerbs, .beliefVerb),
            (Attributor.thatClauseCues, .thatClauseCue), (["according"] as [String], .accordingTo),
            (TokenTagging.titleCaseLowerWords, .titleCaseLower), (HesitationWords.words, .hesitation),
            (Attributor.mannerItCues, .mannerItCue),
        ]
        for (words, c) in cueLists { for w in words { table[w, default: []].insert(c) } }
        return table
    }()
}
