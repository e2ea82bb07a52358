import ArgumentParser
import Tenor
import TenorSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `tenor` command: parses the arguments and runs one subcommand. The executable's only job
/// is to call ``main()``.
public struct TenorCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tenor",
        abstract: "Measure text paragraph by paragraph: counts, distinctive terms, readability, tone, similar passages, term matrices.",
        discussion: """
            Input is UTF-8 text: files, folders (their .txt and .md files), or standard input. \
            Paragraphs are blocks separated by a blank line (--split lines: one unit per line).

            Exit status: 0 success, 2 bad arguments or input, 1 internal failure or output not written.
            """,
        version: "0.1.0",
        subcommands: [ReportCommand.self, StatsCommand.self, SimilarCommand.self, ToneCommand.self, LearnCommand.self, VectorizeCommand.self],
        defaultSubcommand: ReportCommand.self)

    public init() {}

    /// argument-parser's multi-line messages folded into one line: a list of choices
    /// (`  - table`) becomes `table, json, …`.
    static func oneLine(_ message: String) -> String {
        var sentence = ""
        var choices: [String] = []
        for line in message.split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("- ") {
                choices.append(String(trimmed.dropFirst(2)))
            } else {
                sentence += (sentence.isEmpty ? "" : " ") + trimmed
            }
        }
        return choices.isEmpty ? sentence : sentence + " " + choices.joined(separator: ", ")
    }

    /// Runs the command, printing one clear line for any error and mapping it to the exit status:
    /// 2 for usage and input errors (argument-parser's included), 1 for internal failures.
    public static func main() {
        // Before any thread starts (see ProcessHeap and OpenBLASCoreType), so from the first
        // argument, as `parseCommand` picks the subcommand.
        let commandName = CommandLineArguments.shared.strings.first
        if commandName == VectorizeCommand.configuration.commandName {
            ProcessHeap.reserve(bytes: VectorizeCommand.heapReservation)
        }
        // The commands that may load BLAS (the rest never do, and need not read /proc/cpuinfo).
        let withoutBLAS = [VectorizeCommand.configuration, ToneCommand.configuration, StatsCommand.configuration].map(\.commandName)
        if !withoutBLAS.contains(commandName) {
            OpenBLASCoreType.chooseUnlessSet()
        }
        StandardStreams.holdClosedOnes()
        // After the hold: libdispatch opens descriptors of its own when it starts a thread, and
        // one must not take the number of a closed standard stream.
        startWorker()
        signal(SIGPIPE, SIG_IGN)
        // A file grown past the size limit (`ulimit -f`) is a write error with a message, not a
        // core dump.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseCommand(CommandLineArguments.shared.strings)
            try command.run()
        } catch let error as CLIError {
            StandardOutput.printError("tenor: \(error.description)")
            exitProcess(error.exitStatus)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                exitProcess(0)
            }
            StandardOutput.printError("tenor: " + oneLine(message(for: error)) + " (see 'tenor --help')")
            exitProcess(code == .failure ? 1 : 2)
        }
    }
}

/// The C library's `exit`, which `ParsableCommand.exit(withError:)` hides inside the command.
private func exitProcess(_ status: Int32) -> Never { exit(status) }
