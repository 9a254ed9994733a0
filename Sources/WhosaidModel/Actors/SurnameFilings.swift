/// The entries of a ``PersonNameIndex`` filed by lower-cased surname: its one full name, all its
/// full names and its titled mentions, kept together so that filing an entry hashes its surname
/// once (three dictionaries, one for each, hashed a full name's surname three times: 0.3% of the
/// engine on news).
struct SurnameFilings {
    /// What is filed under one surname.
    struct Filing {
        /// The entry of the surname's one full name (-1 once it has several differently
        /// written), nil while it has none.
        var unique: Int?
        /// The entries of its full names (two words or more), in text order.
        var full: [Int] = []
        /// The entries of a title and the surname alone ("Ms. Reyes"), in text order.
        var titled: [Int] = []
    }

    /// Each surname's place in `filings`.
    private var places: [String: Int32] = [:]
    private var filings: [Filing] = []

    /// Room for `count` surnames at once, so that the table does not grow step by step from empty.
    mutating func reserveCapacity(_ count: Int) {
        places.reserveCapacity(count)
        filings.reserveCapacity(count)
    }

    /// Runs `body` on the filing of `surname`, made empty when the surname is new.
    mutating func update<R>(_ surname: String, _ body: (inout Filing) -> R) -> R {
        let next = Int32(truncatingIfNeeded: filings.count)
        // One hash: the in-out access inserts the next place when the surname is new.
        let place = Int({ (p: inout Int32) -> Int32 in
            if p < 0 { p = next }
            return p
        }(&places[surname, default: -1]))
        if place == filings.count { filings.append(Filing()) }
        return body(&filings[place])
    }

    /// The filing of `surname`, nil when nothing is filed under it.
    func filing(_ surname: String) -> Filing? {
        guard let place = places[surname] else { return nil }
        return filings[Int(place)]
    }
}
