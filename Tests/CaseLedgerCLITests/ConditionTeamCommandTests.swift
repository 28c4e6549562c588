import Testing

/// `compliance --authority Oldham` refuses a Family Connect / Positive Steps team id that no allocation of the
/// ledger carries (the rules would never start: an empty answer with exit 0), and takes the configured one.
@Test func complianceRefusesATeamIdSettingNoAllocationCarriesAndTakesTheConfiguredOne() throws {
    let ledger = try LedgerFixture()
    let allocation = """
        {"actor":{"recordedBy":"sw-x"},"childId":"C1","data":{"teamId":"FC-01"},"eventId":"E1",\
        "occurredOn":"2024-03-04","recordedAt":"2024-03-04T12:00:00Z","schemaVersion":1,\
        "type":"TargetedEarlyHelpReferralAllocated"}
        """
    try ledger.append(stream: "child-C1", type: "TargetedEarlyHelpReferralAllocated", payload: allocation)
    let window = ["--from", "2024-03-01", "--to", "2024-06-30", "--authority", "Oldham", "--format", "csv"]
    let refused = try ledger.run("compliance", window)
    #expect(refused.exitStatus == 64)
    #expect(refused.errorOutput.contains("oldham.familyConnectTeam=familyConnect"))
    #expect(refused.errorOutput.contains("FC-01"))
    #expect(refused.output.isEmpty)
    let configured = try ledger.run(
        "compliance",
        window + ["--setting", "oldham.familyConnectTeam=FC-01", "--setting", "oldham.positiveStepsTeam=FC-01"])
    #expect(configured.exitStatus == 0, "\(configured.errorOutput)")
    #expect(configured.output.contains("old.fc-first-visit"))
}
