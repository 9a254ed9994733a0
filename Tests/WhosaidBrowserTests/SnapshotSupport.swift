import WhosaidBrowser

/// Each cell's attributes under `theme` as one hex digit (bold 1, dim 2, reverse 4, underline 8;
/// "." for none), or, for a colour theme, the first letter of its background colour when it has one.
func attributeLines(_ screen: Screen, theme: Theme) -> String {
    let colorLetters: [Color: Character] = [
        .black: "k", .red: "r", .green: "g", .yellow: "y", .blue: "b", .magenta: "m", .cyan: "c", .white: "w",
    ]
    return (0..<screen.size.height).map { y in
        var row = String((0..<screen.size.width).map { x -> Character in
            let a = theme.attributes(for: screen[x, y].style)
            if theme.usesColor, let bg = a.background { return colorLetters[bg]! }
            let code = (a.bold ? 1 : 0) | (a.dim ? 2 : 0) | (a.reverse ? 4 : 0) | (a.underline ? 8 : 0)
            return code == 0 ? "." : Character(String(code, radix: 16))
        })
        while row.last == "." { row.removeLast() }
        return row
    }.joined(separator: "\n")
}
