extension ExportFile {
    /// The default export file name for an article: `<basename without extension>-statements.md`
    /// (`seeds/000_5f.txt` → `000_5f-statements.md`; `article-statements.md` when nothing is left).
    static func defaultName(forArticle name: String) -> String {
        var base = name.split(separator: "/").last.map(String.init) ?? ""
        if let dot = base.lastIndex(of: "."), dot != base.startIndex {
            base = String(base[..<dot])
        }
        base = String(base.drop(while: { $0 == "." || $0.isWhitespace }))
        return (base.isEmpty ? "article" : base) + "-statements.md"
    }

    /// ``defaultName(forArticle:)`` inside `directory` (an empty directory means the current one).
    public static func defaultPath(forArticle name: String, in directory: String) -> String {
        let file = defaultName(forArticle: name)
        if directory.isEmpty { return file }
        return directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}
