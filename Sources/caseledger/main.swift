print("caseledger: under construction")
