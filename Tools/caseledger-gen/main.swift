print("caseledger-gen: not yet implemented")
