/// Words that never stand in a key phrase: function words, pronouns, auxiliaries, reporting
/// verbs, vague quantities and time words. Candidates are split at them, as RAKE and YAKE do.
enum StopWords {
    /// Whether the folded word `w` is a stop word.
    static func contains(_ w: String) -> Bool { wordSet.contains(w) }

    /// Whether `w` is a stop word that, capitalised mid-sentence, is part of a name
    /// ("New York", "First Lady", "Great Britain").
    static func namePart(_ w: String) -> Bool { namePartSet.contains(w) }

    private static let wordSet = WordSet(words)
    private static let namePartSet = WordSet(nameParts)

    static let nameParts: Set<String> = [
        "new", "old", "good", "big", "little", "long", "high", "great", "first", "second", "third", "east",
    ]

    static let words: Set<String> = Set(
        """
        a about above across after afterwards again against ago ahead all almost alone along already also \
        although always am among amongst an and another any anybody anyone anything anyway anywhere are \
        around as aside at away back be became because become becomes becoming been before beforehand \
        behind being below beside besides between beyond both but by can cannot could couldnt did didnt do \
        does doesnt doing done dont down due during each either else elsewhere enough etc even ever every \
        everybody everyone everything everywhere except few for former formerly from further furthermore \
        get gets getting give given gives go goes going gone got gotten had hadnt has hasnt have havent \
        having he hed hell hence her here hereby herein hers herself hes him himself his how however hows \
        i id ill im ive if in inc indeed instead into is isnt it its itself just keep kept last later \
        latter least less let lets like likely many may maybe me meanwhile might mine more moreover most \
        mostly much must my myself namely neither never nevertheless next no nobody none noone nor not \
        nothing now nowhere of off often on once one ones only onto or other others otherwise our ours \
        ourselves out over overall own per perhaps please quite rather really same several shall she shed \
        shes should shouldnt since so some somebody someone something sometime sometimes somewhat \
        somewhere soon still such than that thats the their theirs them themselves then thence there \
        thereafter thereby therefore therein theres these they theyd theyll theyre theyve thing things \
        this those though through throughout thus to together too toward towards under unless unlike \
        until up upon us very via was wasnt we wed well were werent weve what whatever whats when whence \
        whenever where whereas whereby wherever whether which while whither who whoever whole whom whose \
        why will with within without wont would wouldnt yet you youd youll your youre yours yourself \
        yourselves youve \
        say says said saying tell tells told telling add adds added ask asks asked call calls called \
        claim claims claimed note notes noted explain explains explained suggest suggests suggested \
        think thinks thought know knows knew known believe believes believed seem seems seemed see sees \
        saw seen look looks looked want wants wanted make makes made take takes took taken come comes \
        came put puts try tries tried use used uses need needs needed mean means meant show shows showed \
        shown find finds found hold holds held leave leaves left turn turns turned begin began start \
        starts started include includes included remain remains remained become emerge emerged \
        decline declined appear appears appeared continue continues continued \
        according able across actually almost also apparently certain certainly clear quite \
        new old good bad big small large little long short high low great different various \
        first second third many much lot lots way ways kind kinds sort part parts number numbers \
        two three four five six seven eight nine ten hundred thousand million billion \
        year years month months week weeks day days time times today yesterday tomorrow now recent \
        jan feb mar apr jun jul aug sep sept oct nov dec \
        january february march april june july august september october november december \
        arent cant whos heres wheres whats hows ive youve weve theyve id youd wed theyd \
        went gave brought bought felt met ran sat stood wrote spoke heard led paid sent spent won built \
        chose fell fought grew rose sold struck threw understood \
        sen rep gov gen lt col capt sgt st jr sr prof \
        latest last next earlier later current previous \
        dozens hundreds thousands millions billions \
        monday tuesday wednesday thursday friday saturday sunday \
        despite key hard easy true wrong right sure unable possible impossible available important \
        willing unwilling ready allow allows discuss discusses learn accept sit sits raise raises probe \
        spell insist insists understand understands depend depends happen happens else \
        mr mrs ms dr sir per cent percent people person example instance case cases fact end
        """.split(separator: " ").map(String.init))
}
