#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Invented news articles for corpus benchmarks and tests: a town's harbour beat, with people
/// quoted directly and in reported speech, organisations cited, places and an invented
/// vocabulary whose word frequencies fall off as in real text (a few words in most articles,
/// most words in few). Every name and word is made up from syllables; nothing is copied from
/// real news. The same seed and number always give the same article.
///
/// A corpus of `articles` articles has a pool of about `articles / 2` people (up to 61,440:
/// 40 given names × 1,536 surnames), a few quoted often and most rarely, as in a news archive.
public struct SyntheticNews: Sendable {
    /// Given names (invented spellings).
    public static let given = [
        "Ingra", "Tomel", "Annika", "Kwabe", "Lucet", "Oskan", "Mirel", "Dalen", "Ruthe", "Harel",
        "Selka", "Pavro", "Amarel", "Jonte", "Noral", "Elsen", "Femra", "Gretka", "Idral", "Yukel",
        "Bertil", "Casra", "Doriel", "Evka", "Fabren", "Gisla", "Hanno", "Ilsen", "Jarek", "Kalla",
        "Lorna", "Mathen", "Nadja", "Orrin", "Petra", "Quilla", "Ronja", "Sten", "Tilde", "Ulrik",
    ]
    static let surnameHeads = ["Hal", "Brek", "Os", "Lind", "Car", "Pik", "Mor", "Ok", "Sat", "Var", "Cas", "Dun", "Er", "Quay", "Tam", "Rour"]
    static let surnameMiddles = ["vor", "ke", "ei", "qvi", "ver", "a", "reau", "fa", "to", "ga", "tel", "mo"]
    static let surnameTails = ["sen", "ton", "berg", "ley", "ström", "well", "nik", "by"]
    static let placeHeads = ["North", "East", "West", "South", "Upper", "Lower", "Old", "New"]
    static let placeRoots = ["brek", "hal", "mor", "stav", "kel", "tor", "vik", "dun", "ash", "fen", "lun", "gar"]
    static let placeTails = ["haven", "ness", "wick", "by", "stad", "ford", "holm", "mouth"]
    static let roles = [
        "the mayor", "a councillor", "the harbour master", "an engineer at the port authority",
        "a spokeswoman for the ferry company", "the transport minister", "a local shop owner",
        "a fisherman", "the head of the dockworkers' union", "a resident", "the finance director",
    ]
    static let subjects = [
        "the bridge", "ferry fares", "the fish market", "the new crane", "the winter schedule",
        "the harbour budget", "the storm repairs", "the cargo terminal", "the sea wall", "the lighthouse",
        "the dredging contract", "the night ferry", "the pier", "the marina fees", "the container yard",
    ]
    static let predicates = [
        "would cost more than planned", "was finished on time", "needed another review",
        "had the support of the council", "would open in the spring", "was a mistake",
        "should wait until the audit", "was popular with visitors", "would need more staff",
        "could close for a month", "was safer than before", "had been delayed again",
    ]
    static let cues = ["said", "added", "warned", "argued", "noted", "insisted", "explained", "said again"]
    static let syllables = ["ta", "ren", "mo", "ski", "vel", "dra", "nor", "pi", "lu", "gash", "ker", "fo", "bal", "zin", "que", "wem"]

    /// Invented common nouns, most frequent first: word `i` is drawn about `1/(i+1)` as often as the first.
    public static let lexicon: [String] = (0..<2_000).map { i in
        var word = ""
        var n = i
        repeat {
            word += syllables[n % syllables.count]
            n /= syllables.count
        } while n > 0
        return word.count < 4 ? word + "ge" : word
    }

    /// Articles in the corpus this one belongs to (sets the size of the pool of people).
    public let articles: Int
    /// The pool of people quoted.
    public var people: Int { min(Self.given.count * Self.surnameCount, max(200, articles / 2)) }
    static let surnameCount = surnameHeads.count * surnameMiddles.count * surnameTails.count

    /// A generator for a corpus of `articles` articles.
    public init(articles: Int) { self.articles = articles }

    /// Person `i` of the pool: given name and surname, distinct for each `i`.
    public static func person(_ i: Int) -> (given: String, surname: String) {
        let s = i / given.count
        let surname = surnameHeads[s % surnameHeads.count] + surnameMiddles[(s / surnameHeads.count) % surnameMiddles.count]
            + surnameTails[(s / (surnameHeads.count * surnameMiddles.count)) % surnameTails.count]
        return (given[i % given.count], surname)
    }

    /// Place `i` (of 768): "North Brekhaven", "Morness".
    public static func place(_ i: Int) -> String {
        let root = upperFirst(placeRoots[i % placeRoots.count]) + placeTails[(i / placeRoots.count) % placeTails.count]
        let head = (i / (placeRoots.count * placeTails.count)) % (placeHeads.count + 4)
        return head < placeHeads.count ? placeHeads[head] + " " + root : root
    }

    /// `word` with its first letter in upper case.
    static func upperFirst(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// A skewed pick in `0..<n`: small numbers are much more likely (about Zipf's law).
    static func skewed(_ n: Int, _ random: inout SplitMix64) -> Int {
        let u = Double(random.next() >> 11) / Double(1 << 53)
        return min(n - 1, Int(pow(Double(n), u)) - 1)
    }

    /// A clause of invented words: "the tarenmo of skivel".
    static func phrase(_ random: inout SplitMix64) -> String {
        let a = lexicon[skewed(lexicon.count, &random)]
        let b = lexicon[skewed(lexicon.count, &random)]
        return "the \(a) of \(b)"
    }

    /// Article `number`: its id, title, date (YYYY-MM-DD), publisher and text (title, then
    /// paragraphs separated by blank lines).
    public func article(_ number: Int) -> (id: String, title: String, date: String, publisher: String, text: String) {
        var random = SplitMix64(state: 0x5EED_0000 &+ UInt64(number) &* 0x9E37_79B9)
        func pick(_ words: [String]) -> String { words[Int(random.next() % UInt64(words.count))] }
        let place = Self.place(Self.skewed(768, &random))
        let subject = pick(Self.subjects)
        let title = "\(place): \(Self.upperFirst(subject)) \(pick(Self.predicates))"
        var paragraphs = [title, "The harbour commission of \(place) met on Tuesday to discuss \(subject) and \(Self.phrase(&random))."]
        let speakers = 2 + Int(random.next() % 4)
        for _ in 0..<speakers {
            let (given, surname) = Self.person(Self.skewed(people, &random))
            let role = pick(Self.roles)
            let topic = pick(Self.subjects)
            let quote = "\(Self.upperFirst(topic)) \(pick(Self.predicates)), and \(Self.phrase(&random)) is next"
            switch random.next() % 3 {
            case 0: paragraphs.append("“\(quote),” \(pick(Self.cues)) \(given) \(surname), \(role).")
            case 1: paragraphs.append("“\(quote),” \(given) \(surname), \(role), said on \(pick(["Monday", "Wednesday", "Friday"])).")
            default: paragraphs.append("\(given) \(surname), \(role), said that \(topic) \(pick(Self.predicates)).")
            }
            paragraphs.append("\(surname) said that \(Self.phrase(&random)) \(pick(Self.predicates)) and that item \(number % 997) was next.")
            if random.next() % 4 == 0 {
                paragraphs.append("According to the \(Self.place(Self.skewed(768, &random))) Port Authority, \(Self.phrase(&random)) \(pick(Self.predicates)).")
            }
        }
        let day = number % 1_680
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let date = "\(2020 + day / 336)-\(two(1 + (day / 28) % 12))-\(two(1 + day % 28))"
        let publisher = ["The Harbour Gazette", "Coastal Courier", "The Ferry Post"][number % 3]
        return ("synthetic-\(number)", title, date, publisher, paragraphs.joined(separator: "\n\n"))
    }
}
