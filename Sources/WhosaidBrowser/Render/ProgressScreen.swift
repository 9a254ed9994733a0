/// The screen shown while an article is analysed: its name and size, the time so far, and how to
/// quit, centred and wrapped to the terminal.
public func renderProgress(name: String, characters: Int, seconds: Int, size: Size) -> Screen {
    var screen = Screen(size: size)
    let amount = characters >= 1_000_000
        ? "\(characters / 1_000_000).\(characters / 100_000 % 10) million characters"
        : characters >= 1_000 ? "\(characters / 1_000) thousand characters" : "\(characters) characters"
    let lines = [
        (TextWrap.wrap("Analysing \(name)…", width: size.width), Style.bold),
        (TextWrap.wrap("\(amount), \(seconds) s so far", width: size.width), Style.normal),
        ([""], Style.normal),
        (TextWrap.wrap("q or Ctrl-C quits", width: size.width), Style.dim),
    ].flatMap { wrapped, style in wrapped.map { ($0, style) } }
    putCentred(lines, into: &screen)
    return screen
}

/// Writes `lines` centred on `screen`, each line in its style.
func putCentred(_ lines: [(String, Style)], into screen: inout Screen) {
    let size = screen.size
    let top = max(0, (size.height - lines.count) / 2)
    for (i, (line, style)) in lines.enumerated() {
        screen.put(line, x: max(0, (size.width - DisplayWidth.of(line)) / 2), y: top + i, style: style)
    }
}
