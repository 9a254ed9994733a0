extension Actor {
    /// The texts a search looks at: the name, then the aliases, then the roles.
    var searchableTexts: [String] { [name] + aliases + roles }

    /// Whether the actor's name, an alias or a role matches `query` (see ``SearchQuery``).
    public func matches(_ query: SearchQuery) -> Bool {
        query.isEmpty || searchableTexts.contains { query.matches($0) }
    }

    /// Whether the actor's name, an alias or a role matches `query` (see ``SearchQuery``).
    public func matches(query: String) -> Bool {
        matches(SearchQuery(query))
    }
}
