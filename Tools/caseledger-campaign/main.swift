import CommandLineSupport

CommandRunner(root: CampaignCommand.root, mapper: CampaignCommand.errorReport(for:)).main()
