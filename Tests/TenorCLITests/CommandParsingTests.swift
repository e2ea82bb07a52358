import ArgumentParser
import Testing
@testable import TenorCLI

/// `TenorCommand.parseCommand` lets a named subcommand parse its arguments alone: what it
/// gives must be what parsing from the root gives, value for value and message for message.
@Suite struct CommandParsingTests {
    /// The parsed command with every stored value (through the property wrappers), or the
    /// error as the user sees it: message, exit code, and whether it is a help or version text.
    static func outcome(_ parse: () throws -> any ParsableCommand) -> String {
        do {
            var text = ""
            dump(try parse(), to: &text)
            return text
        } catch {
            return "\(TenorCommand.exitCode(for: error)) \(TenorCommand.fullMessage(for: error))"
        }
    }

    @Test(arguments: [
        // Accepted: every subcommand, options of each kind, an input named like a subcommand.
        ["vectorize", "in.txt", "--output", "out", "--format", "npz", "--ngram", "1,2", "--min-df", "0.5"],
        ["vectorize", "help", "--output", "out"],
        ["tone", "a.txt", "--engine", "vader", "--format", "tsv"],
        ["stats", "-", "--format", "json", "--split", "lines"],
        ["report", "a.txt", "b.txt", "--format", "tsv"],
        ["similar", "a.txt", "--query", "x", "--top", "3"],
        ["learn", "labels.tsv", "--output", "o.tsv", "--folds", "3"],
        ["tone", "--input", "jsonl", "--text-field", "body", "--id-field", "id", "data.jsonl"],
        // Refused or answered by the root: help, version, completion scripts, errors of
        // every kind (unknown option, bad value, missing value, validation).
        ["vectorize", "--help"],
        ["tone", "-h"],
        ["stats", "--version"],
        ["vectorize", "--generate-completion-script", "bash"],
        ["report", "--experimental-dump-help"],
        ["vectorize", "in.txt", "--output", "out", "--bogus"],
        ["vectorize", "in.txt", "--output", "out", "--norm", "l3"],
        ["vectorize", "in.txt", "--output"],
        ["similar", "a.txt", "--query", "x", "--against", "b.txt"],
        ["learn", "labels.tsv", "--output", "o.tsv", "--folds", "1"],
        // Not a subcommand's name: the root parses (the default subcommand, help, version).
        ["article.txt"],
        ["help", "vectorize"],
        ["--version"],
        [],
    ])
    func aNamedSubcommandParsesAsTheRootWould(arguments: [String]) {
        let direct = Self.outcome { try TenorCommand.parseCommand(arguments) }
        let fromRoot = Self.outcome { try TenorCommand.parseAsRoot(arguments) }
        #expect(direct == fromRoot)
    }

    /// The outcome compared above tells commands apart: a value changed shows.
    @Test func theComparisonSeesValues() {
        let one = Self.outcome { try TenorCommand.parseCommand(["vectorize", "in.txt", "--output", "a"]) }
        let other = Self.outcome { try TenorCommand.parseCommand(["vectorize", "in.txt", "--output", "b"]) }
        #expect(one != other)
        #expect(one.contains("VectorizeCommand"))
    }

    /// Help asked of a subcommand is argument-parser's help command with the root at the head
    /// of its command stack (so that its usage line reads `tenor vectorize`), not one that
    /// takes the subcommand for the program.
    @Test func helpNamesTheProgram() {
        let help = Self.outcome { try TenorCommand.parseCommand(["vectorize", "--help"]) }
        #expect(help.contains("HelpCommand"))
        #expect(help.contains("TenorCLI.TenorCommand"))
    }
}
