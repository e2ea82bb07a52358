import ArgumentParser

extension TenorCommand {
    /// The command that `arguments` (the process's, less the program's name) ask for, parsed
    /// and validated, as `parseAsRoot(_:)` gives it.
    ///
    /// Parsing from the root, argument-parser builds the argument sets of `report` (the default
    /// subcommand) and of the subcommand named, by reflection, only to ask whether either takes
    /// every remaining argument, and parses twice more to look for a completion-script request:
    /// about 2 ms of every run on one core, while the other waits (1.5–2% of `vectorize` on a
    /// 25 MB corpus). So when the first argument names a subcommand, that subcommand parses the
    /// rest by itself. Whatever it refuses (an error, `--version`, a completion or help-dump
    /// request) or answers with another command (`--help` gives argument-parser's help
    /// command, which would name the subcommand as the program) is parsed again from the
    /// root, so that messages, help and usage are the root's, word for word; what it accepts
    /// is what the root would give, since the root has no options of its own and hands the
    /// rest to the subcommand named.
    static func parseCommand(_ arguments: [String]) throws -> any ParsableCommand {
        if let name = arguments.first,
           let subcommand = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
           let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
           type(of: command) == subcommand {
            return command
        }
        return try parseAsRoot(arguments)
    }
}
