// Keeps the CovenantCLITests target buildable until its first real source file lands; delete it then.
