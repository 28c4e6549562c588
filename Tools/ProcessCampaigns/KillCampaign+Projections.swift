import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension KillCampaign {
    /// After the imports and kills so far: a `projections rebuild` SIGKILLed at a seeded moment never leaves a
    /// checkpoint that fails `projections verify` (its write is atomic); the rebuild that follows (catching up
    /// from whatever checkpoint is there) gives the same position and state hash as a full rebuild into a
    /// fresh checkpoint file.
    mutating func checkProjections(after moment: String) throws {
        let rebuild = ["projections", "rebuild", "--ledger", ledger]
        let child = try CampaignProcess(binary: binary, arguments: rebuild, directory: directory)
        usleep(UInt32(random.unitInterval() * 1.2 * fullRebuildSeconds * 1_000_000))
        child.kill()
        let killed = child.wait()
        if killed.wasSignalled && killed.status == SIGKILL {
            figures.rebuildKills += 1
        } else if !killed.exited(0) {
            figures.violations.append("after \(moment): projections rebuild ended \(describe(killed))")
        }
        let verify = try caseledger(["projections", "verify", "--ledger", ledger])
        if !verify.exited(0) && !verify.exited(66) {
            figures.violations.append(
                "after \(moment) and a killed rebuild: projections verify ended \(describe(verify))")
        }
        let caughtUp = try caseledger(rebuild)
        let started = Date()
        let fresh = try caseledger(rebuild + ["--full", "--checkpoint", "fresh-checkpoint.json"])
        fullRebuildSeconds = Date().timeIntervalSince(started)
        try? FileManager.default.removeItem(at: directory.appendingPathComponent("fresh-checkpoint.json"))
        figures.projectionChecks += 1
        guard caughtUp.exited(0), fresh.exited(0) else {
            figures.violations.append(
                "after \(moment): rebuilds ended \(describe(caughtUp)) and \(describe(fresh))")
            return
        }
        let summary = { (output: String) in
            output.split(separator: "\n").filter { $0.hasPrefix("position") || $0.hasPrefix("state hash") }
        }
        if summary(caughtUp.output) != summary(fresh.output) || summary(fresh.output).count != 2 {
            figures.violations.append(
                "after \(moment): the rebuild gave \(summary(caughtUp.output)), a fresh one \(summary(fresh.output))")
        }
    }
}
