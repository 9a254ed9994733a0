import Foundation
import Testing

/// What a command-line user expects: `-` for standard input, `--version`, counts in good English.
@Suite struct CommandLineConventionsTests {
    @Test func aDashReadsStandardInput() throws {
        let run = try whosaid(["extract", "-"], input: Data("The hall was full.\n“Yes,” said Ann Lee.\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# stdin: 1 statement, 1 speaker\n"))
        #expect(run.stdout.contains("Ann Lee"))
    }

    @Test func versionIsPrinted() throws {
        let run = try whosaid(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: ".").count == 3)
    }

    @Test func countsArePluralOnlyWhenMoreThanOne() throws {
        let run = try whosaid(["extract"])
        #expect(run.stdout.contains("statements, 8 speakers"))
    }
}
