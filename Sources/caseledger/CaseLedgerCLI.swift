import CommandLineSupport

/// The `caseledger` command tree: every command is one file in `Commands/`, registered here once.
enum CaseLedgerCLI {
    /// Printed by `caseledger --version`.
    static let version = "caseledger 0.1.0"

    /// Every command, in the order `caseledger --help` lists them.
    static let commands: [Command] = [
        InitCommand.command,
        AppendCommand.command,
        ImportCommand.command,
        ReadCommand.command,
        VerifyCommand.command,
        InfoCommand.command,
        RulesCommand.command,
        ComplianceCommand.command,
        ReportCommand.command,
        ChronologyCommand.command,
        ExportCommand.command,
        ProjectionsCommand.command,
        KeyCommand.command,
        CheckpointCommand.command,
        BundleCommand.command,
        VerifyBundleCommand.command,
        AccessLogCommand.command,
        RedactCommand.command,
        ActionsCommand.command,
        ReviewCommand.command,
        DemoCommand.command,
    ]

    /// The root command.
    static let root = Command(
        name: "caseledger",
        summary: "A tamper-evident, event-sourced ledger for children's social care in England.",
        subcommands: commands, version: version)
}
