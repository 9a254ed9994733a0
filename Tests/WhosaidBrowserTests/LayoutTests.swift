import Testing
import WhosaidBrowser
@testable import WhosaidModel

@Suite struct LayoutTests {
    @Test func wideTerminalsPutThePanesSideBySide() {
        let layout = Layout(size: Size(width: 120, height: 40))
        #expect(layout.list.y == 0 && layout.statements.y == 0 && layout.source.y == 0)
        #expect(layout.list.x < layout.statements.x && layout.statements.x < layout.source.x)
        #expect(layout.source.x + layout.source.width == 120)
    }

    @Test func eightyColumnsShareTheTopAndGiveTheSourceTheBottom() {
        let layout = Layout(size: Size(width: 80, height: 24))
        #expect(layout.list.y == 0 && layout.statements.y == 0)
        #expect(layout.source.y > layout.list.y + layout.list.height - 1)
        #expect(layout.source.width == 80)
        #expect(layout.statusRow == 22 && layout.footerRow == 23)
    }

    @Test func narrowTallTerminalsStackAllThree() {
        let layout = Layout(size: Size(width: 60, height: 40))
        #expect(!layout.isTooSmall)
        #expect(layout.list.width == 60 && layout.statements.width == 60 && layout.source.width == 60)
        #expect(layout.list.y < layout.statements.y && layout.statements.y < layout.source.y)
        #expect(layout.source.y + layout.source.height == 38)
    }

    @Test func belowTheMinimumItIsTooSmall() {
        #expect(Layout(size: Size(width: 49, height: 30)).isTooSmall)
        #expect(Layout(size: Size(width: 100, height: 13)).isTooSmall)
        #expect(!Layout(size: Layout.minimum).isTooSmall)
    }

    @Test func panesNeverOverlapAtAnySize() {
        for width in stride(from: 50, through: 200, by: 7) {
            for height in stride(from: 14, through: 60, by: 5) {
                let layout = Layout(size: Size(width: width, height: height))
                let rects = Pane.allCases.map(layout.rect(of:))
                for (i, a) in rects.enumerated() {
                    #expect(a.height >= 2, "\(width)x\(height): a pane without content rows")
                    #expect(a.x + a.width <= width && a.y + a.height <= height - 2)
                    for b in rects[(i + 1)...] {
                        let apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
                        #expect(apart, "\(width)x\(height): panes overlap")
                    }
                }
            }
        }
    }

    @Test func wideCharactersInTheArticleTakeTwoColumns() {
        let text = "Headline\n北京的记者说：“你好世界” 👋 and then more words follow here."
        let document = Document(name: "wide.txt", text: text)
        let s = State(analysis: Analysis(document: document, statements: [], actors: []), size: Size(width: 60, height: 20))
        let lines = render(s).lines
        let row = lines.first { $0.contains("北京") } ?? ""
        #expect(row.hasPrefix("  2 北京的记者说：“你好世界” 👋 and then more"))
        // Every row fits the screen by display width.
        for line in lines { #expect(DisplayWidth.of(line) <= 60) }
    }
}
