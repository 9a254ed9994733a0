/// Capitalised one-word names that, standing alone, name a place or an organisation more often
/// than a person: countries, states, cities and regions ("Russia warned…", "Beijing denied…"),
/// and companies, outlets and groups known by one word ("Google said…"). A bare capitalised
/// subject outside these lists may be a person the text names by surname alone
/// (``PersonNameIndex``); one of these is not taken for one ("Jordan" may still be Jim Jordan
/// when the text names him in full). Data, lower case, each word once (checked by a test).
enum NonPersonNames {
    /// Countries, US states, capitals and large cities, continents and regions, as one word.
    static let placeList: [String] = [
        // Countries.
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
        "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
        "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burundi", "cambodia",
        "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus",
        "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia", "eswatini",
        "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "germany", "ghana", "greece", "grenada",
        "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia",
        "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
        "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
        "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
        "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
        "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands",
        "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama",
        "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
        "samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain",
        "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand",
        "togo", "tonga", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay",
        "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "britain", "england",
        "scotland", "wales", "america", "holland", "tibet", "crimea", "chechnya", "kurdistan", "gaza",
        // US states known by one word.
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
        "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
        "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming",
        // Capitals and large cities whose name stands for a government or a team.
        "moscow", "beijing", "tehran", "baghdad", "damascus", "kabul", "kyiv", "kiev", "ankara", "cairo",
        "riyadh", "pyongyang", "seoul", "tokyo", "taipei", "hanoi", "manila", "jakarta", "delhi", "islamabad",
        "berlin", "paris", "london", "rome", "madrid", "brussels", "vienna", "warsaw", "budapest", "athens",
        "ottawa", "havana", "caracas", "jerusalem", "beirut", "amman", "doha", "dubai", "tripoli", "khartoum",
        "nairobi", "lagos", "pretoria", "canberra", "sydney", "toronto", "montreal", "chicago", "boston",
        "philadelphia", "detroit", "houston", "dallas", "atlanta", "miami", "seattle", "denver", "phoenix",
        "baltimore", "cleveland", "pittsburgh", "charlotte", "sacramento", "albany", "brooklyn", "manhattan",
        "hollywood", "annapolis", "richmond", "austin", "nashville", "milwaukee", "minneapolis", "geneva",
        "strasbourg", "westminster", "whitehall", "tallahassee", "harrisburg", "springfield", "trenton",
        // Continents and regions.
        "europe", "asia", "africa", "antarctica", "oceania", "scandinavia", "siberia", "balkans", "caucasus",
        "appalachia",
    ]

    /// Companies, outlets and groups known by one capitalised word.
    static let organisationList: [String] = [
        "google", "facebook", "twitter", "amazon", "microsoft", "netflix", "uber", "lyft", "youtube",
        "instagram", "snapchat", "tiktok", "wikileaks", "wikipedia", "yahoo", "walmart", "exxon", "chevron",
        "boeing", "tesla", "toyota", "volkswagen", "samsung", "huawei", "alibaba", "disney", "comcast",
        "verizon", "pfizer", "moderna", "monsanto", "starbucks", "mcdonald", "politico", "breitbart", "axios",
        "gallup", "quinnipiac", "rasmussen", "bloomberg", "vox", "slate", "salon", "buzzfeed", "mediaite",
        "gawker", "hamas", "hezbollah", "taliban", "fatah", "nato", "interpol", "greenpeace", "moveon",
        "politifact", "snopes", "factcheck", "ipsos", "pew", "marist", "monmouth", "emerson", "suffolk",
        "goldman", "citigroup", "blackrock", "deloitte", "kremlin", "pentagon", "vatican",
    ]

    /// Places named by two words ("West Virginia", "North Korea"): standing as a speaker they
    /// are a government, never a person "he" or "she" may refer to.
    static let twoWordPlaceList: [String] = [
        "west virginia", "north carolina", "south carolina", "north dakota", "south dakota", "new york",
        "new jersey", "new hampshire", "new mexico", "rhode island", "north korea", "south korea",
        "saudi arabia", "south africa", "new zealand", "united states", "united kingdom", "sri lanka",
        "costa rica", "el salvador", "puerto rico", "hong kong", "los angeles", "san francisco",
        "las vegas", "new orleans", "new delhi", "south sudan", "east timor", "san diego", "san antonio",
        "ann arbor", "chapel hill", "college park", "santa barbara", "santa cruz", "baton rouge",
    ]
    /// ``twoWordPlaceList`` as a set.
    static let twoWordPlaces: Set<String> = Set(twoWordPlaceList)
    /// First words of ``twoWordPlaceList``, asked before the pair is joined.
    static let twoWordPlaceFirsts = WordSet(Set(twoWordPlaceList.map { String($0.split(separator: " ")[0]) }))

    /// Whether the lower-cased words `first` and `second` name a place of two words.
    static func isTwoWordPlace(_ first: String, _ second: String) -> Bool {
        twoWordPlaceFirsts.contains(first) && twoWordPlaces.contains(first + " " + second)
    }

    /// ``placeList`` as a set.
    static let places = WordSet(Set(placeList))
    /// ``organisationList`` as a set.
    static let organisations = WordSet(Set(organisationList))

    /// Whether the lower-cased word names a place or an organisation, never a person.
    static func contains(_ word: String) -> Bool { places.contains(word) || organisations.contains(word) }
}
