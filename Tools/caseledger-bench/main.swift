print("caseledger-bench: not yet implemented")
