import CommandLineSupport
import Rulebooks

/// `caseledger rules list|show|check`: inspect the shipped timescale rulebooks and validate rulebook files.
enum RulesCommand {
    /// The command declaration.
    static let command = Command(
        name: "rules", summary: "Inspect the shipped timescale rulebooks and check rulebook files.",
        subcommands: [list, show, check])

    private static let list = Command(
        name: "list", summary: "List every shipped rulebook and its rules (id, family, limit, source).",
        handler: { invocation in
            invocation.output.write(RulebookCatalog.listText(RulebookSet.shipped))
            return .success
        })

    private static let ruleArgument = ArgumentSpecification("RULE-ID", help: "The rule id, e.g. nat.icpc-15.")
    private static let rulebookOption = OptionSpecification.value(
        "rulebook", valueName: "NAME", help: "Show only the rule of this rulebook (e.g. wt2013).")

    private static let show = Command(
        name: "show", summary: "Show one rule: clocks, limit, counting convention, recurrence and source.",
        options: [rulebookOption, OptionSpecification.flag("json", help: "Print the rule's JSON as loaded.")],
        arguments: [ruleArgument],
        handler: { invocation in
            let id = invocation.arguments.value(ruleArgument.name) ?? ""
            let bookName = invocation.arguments.value(rulebookOption.name)
            let matches = RulebookSet.shipped.rules(withID: id).filter {
                bookName == nil || $0.rulebookName == bookName
            }
            guard !matches.isEmpty else {
                throw CommandFailure(.notFound, "no shipped rule has id '\(id)'; 'caseledger rules list' lists them")
            }
            for selected in matches {
                invocation.output.write(
                    invocation.arguments.flag("json")
                        ? RulebookCatalog.showJSON(selected.rule) : RulebookCatalog.showText(selected))
            }
            return .success
        })

    private static let fileArgument = ArgumentSpecification("FILE", help: "A rulebook JSON file ('-' for stdin).")

    private static let check = Command(
        name: "check", summary: "Validate a rulebook file; exit 65 with the JSON path and reason if it is malformed.",
        arguments: [fileArgument],
        handler: { invocation in
            let path = invocation.arguments.value(fileArgument.name) ?? InputFile.standardInputPath
            let bytes = try InputFile.contents(ofPath: path, sizeBytesMax: rulebookSizeBytesMax)
            do {
                invocation.output.write(try RulebookCatalog.checkText(bytes))
            } catch {
                throw CommandFailure(.dataError, "\(path): \(error)")
            }
            return .success
        })

    /// Largest rulebook file accepted (the shipped ones are a few tens of kilobytes).
    private static let rulebookSizeBytesMax = 4 << 20
}
