import WhosaidModel

/// What the browser and `export` tell the reader when their corrections decided the reading.
extension CorrectedReading {
    /// One line when the reading of role descriptions asked for was set aside for the one the
    /// corrections were made on (``keptCorrectionsReading``); nil otherwise.
    var note: String? {
        guard keptCorrectionsReading else { return nil }
        return linksRoles
            ? "role descriptions linked, as when this article was corrected: its corrections do not fit the literal reading"
            : "role descriptions kept as written, as when this article was corrected: its corrections do not fit --link-roles"
    }
}
