import CovenantFormat
import Foundation
import Testing

/// Inputs the libFuzzer harnesses (Tests/Fuzz) found slow or crashing, kept
/// with what they must do now. Each reproducer is also a seed of its harness
/// (Tests/Fuzz/*/regressions).
@Suite("Fuzzing reproducers")
struct FuzzRegressionTests {
    /// `document`, timeout-0a2b93c6: a 12.9 KB line holding a flow sequence of
    /// 750 odd plain scalars, each read as every typed scalar: about 10,000
    /// diagnostics, each echoing a window of the non-ASCII line. Rendering went
    /// through a string per Unicode scalar and took 1.4 s under the address
    /// sanitizer; it works on bytes now.
    static let longFlowLine = """
        IC0gW2EsLWEsLdmdLS0sLS0tLC1hLC0tLS0sLWEsLS0tLSwtZnJpLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVVVVVVVVVVVVVVVn
        Z2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2ksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVV
        LFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2duLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tZ2c6Z2dyaSxzdW4t
        ZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVU1VVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVn
        Z2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNtatZ2dnZ2dnZ2dnZ2dnLGk6cmZmcmks
        c3VuLWZyZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0s
        LS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZyoqKioq
        KioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq
        KioqKioqKioqKioqKioqMC4qZyBnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tfGdnOmdncmksc3VuLWZy
        aSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnLGk6cmZmcmksc3VuLWZy
        Z2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0t
        LS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2cgZ2dnZ2dnZ2dn
        MNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLXxnZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0t
        Z2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnOmZyaSxmcmks
        c3VuLWZyaSxmcmdnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNNat
        Z2dnZ2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFsc2EsLS0tLSwtLS1BLS0tLS1n
        ZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2dVVVVVbW9uVVVVVVVVVVVVVVVVVVVVVVVVVVVnZ2dn
        Z2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2ksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLGdnLS0tZ2duVVVVVVUs
        VVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxm
        cmdnZ2dnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFsc2EsLS0tLSwtLS1BLS0tLS1nZzpnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dn
        aSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVV
        VVVVVVVVVWdnZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2cyZ2dnZ2dnZ2cs
        aTpyZmZyaSxzdW4tZnJnZ2dnZ2dnZ2dnZ2ksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVUs
        VVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxm
        cmdnZyBnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tfGdnOmdncmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dn
        Z2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dn
        Z2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVV
        VVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZyxpOnJmZnJpLHN1bi1m
        cmdnZ2dnZ2dnZ2dnaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEt
        LS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2dnIGdnZ2dnZ2dn
        ZzDWrWdnZy0tLSwtZmFsc2EsLS0tLSwtLS1BLS0tLS18Z2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0t
        LWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJp
        LHN1bi1mcmksZnJnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzTW
        rWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0t
        Z2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnVVVVVW1vblVVVVVVVVVVVVVVVVVVVVVVVVVVZ2dn
        Z2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZyxnZy0tLWdnblVVVVVV
        LFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmks
        ZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tZ2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dn
        Z2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dn
        Z2dnZyxpOnJmZnJpLHN1bi1mcmdnZ2dnZ2dnZ2dnaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25V
        VVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4t
        ZnJpLGZyZ2dnZ2dnZ2dnZ2dnMNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLWdnOmdncmksc3VuLWZyaSxmcmdnZ2dnZ2dn
        Z2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVNVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnblVVVVVVLFVVVS0t
        LS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzbWrWdnZ2dnZ2dnZ2dnZyxpOnJmZnJpLHN1bi1mcmdnZ2dnZ2dn
        Z2dnaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVt
        b25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2cqKioqKioqKioqKioqKioqKioq
        KioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq
        KjAuKmcgZ2dnZ2dnZ2dnMNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLXxnZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dn
        Z2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZyxpOnJmZnJpLHN1bi1mcmdnZ2dnZ2dnZ2dnaSxm
        cmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVV
        VVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2dnIGdnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFs
        c2EsLS0tLSwtLS1BLS0tLS18Z2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0t
        LS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dn
        Z2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzTWrWdnZ2dnZ2dnZ2dnZzpm
        cmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tZ2c6Z2dyaSxzdW4tZnJp
        LGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnVVVVVW1vblVVVVVVVVVVVVVVVVVVVVVVVVVVZ2dnZ2dnZ2dnZ2dnZ2dnZ2dn
        Z2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZyxnZy0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0t
        LS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2cw
        1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tZ2c6Z2dnPWdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2ksZnJpLHN1bi1mcmks
        ZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2duVVVV
        VVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnLGk6cmZmcmksc3VuLWZy
        Z2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0t
        LS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2cgZ2dnZ2dnZ2dn
        MNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLXxnZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0t
        Z2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnZzpmcmksZnJp
        LHN1bi1mcmksZnJnZyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq
        KioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqMC4qZyBnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0t
        LS0tfGdnOmdncmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dn
        Z2dnLGk6cmZmcmksc3VuLWZyZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVV
        VVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1m
        cmksZnJnZ2cgZ2dnZ2dnZ2dnMNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLXxnZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dn
        Z2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dn
        Z2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVV
        VVVVVVVVVWdnZ2dnZ2dnNNatZ2dnZ2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFs
        c2EsLS0tLSwtLS1BLS0tLS1nZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2dVVVVVbW9uVVVVVVVV
        VVVVVVVVVVVVVVVVVVVnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2ksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dn
        Z2dnLGdnLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dn
        OmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFsc2EsLS0tLSwtLS1BLS0tLS1nZzpnZ2dnZ2dnZ2dn
        Z2dnZ2dnZ2dnZ2dnZ2dnZ2dnaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwt
        LS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dn
        Z2c11q1nZ2cyZ2dnZ2dnZ2csaTpyZmZyaSxzdW4tZnJnZ2dnZ2dnZ2dnZ2ksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dn
        Z2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dn
        OmZyaSxmcmksc3VuLWZyaSxmcmdnZyBnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tfGdnOmdncmksc3Vu
        LWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVV
        Z2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEt
        LS0tVVVVVVVtb25VVVVVVVVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dn
        Z2dnZyxpOnJmZnJpLHN1bi1mcmdnZ2dnZ2dnZ2dnaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25V
        VVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4t
        ZnJpLGZyZ2dnIGdnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFsc2EsLS0tLSwtLS1BLS0tLS18Z2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dn
        Z2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdn
        Z2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVV
        VVVVVVVVVVVnZ2dnZ2dnZzTWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZh
        bHNhLC0tLS0sLS0tQS0tLS0tZ2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnVVVVVW1vblVVVVVV
        VVVVVVVVVVVVVVVVVVVVZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dn
        Z2dnZyxnZy0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dn
        ZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tZ2c6Z2dyaSxzdW4t
        ZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVn
        Z2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZyxpOnJmZnJpLHN1bi1mcmdnZ2dnZ2dnZ2dnaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dn
        Z2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dn
        Z2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnMNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLWdnOmdncmks
        c3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVNVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVV
        VVVVZ2dnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzbWrWdnZ2dnZ2dnZ2dnZyxpOnJm
        ZnJpLHN1bi1mcmdnZ2dnZ2dnZ2dnaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUt
        LS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2cq
        KioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq
        KioqKioqKioqKioqKioqKioqKjAuKmcgZ2dnZ2dnZ2dnMNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLXxnZzpnZ3JpLHN1
        bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZyxpOnJmZnJpLHN1
        bi1mcmdnZ2dnZ2dnZ2dnaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0t
        LUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2dnIGdnZ2dn
        Z2dnZzDWrWdnZy0tLSwtZmFsc2EsLS0tLSwtLS1BLS0tLS18Z2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dn
        LC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmks
        ZnJpLHN1bi1mcmksZnJnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dn
        ZzTWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0t
        LS0tZ2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnVVVVVW1vblVVVVVVVVVVVVVVVVVVVVVVVVVV
        Z2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZyxnZy0tLWdnblVV
        VVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1m
        cmksZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tZ2c6Z2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dn
        Z2dnZ2ksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1v
        blVVVVVVVVVVVVVnZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dn
        Z2dnLGk6cmZmcmksc3VuLWZyZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVV
        VVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1m
        cmksZnJnZ2cgZ2dnZ2dnZ2dnMNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLXxnZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dn
        Z2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dn
        Z2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVV
        VVVVVVVVVWdnZ2dnZ2dnNNatZ2dnZ2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFs
        c2EsLS0tLSwtLS1BLS0tLS1nZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2dVVVVVbW9uVVVVVVVV
        VVVVVVVVVVVVVVVVVVVnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2ksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dn
        Z2dnLGdnLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dn
        OmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFsc2EsLS0tLSwtLS1BLS0tLS1nZzpnZ3JpLHN1bi1m
        cmksZmdnZ2dyZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdn
        Z2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnLGk6cmZmcmksc3VuLWZyZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dn
        Z2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dn
        Z2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tZ2c6Z2dyaSxz
        dW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVU1VVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVV
        VVVnZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNtatZ2dnZ2dnZ2dnZ2dnLGk6cmZm
        cmksc3VuLWZyZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0t
        LS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZyoq
        KioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq
        KioqKioqKioqKioqKioqKioqMC4qZyBnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0tLS0sLS0tQS0tLS0tfGdnOmdncmksc3Vu
        LWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnLGk6cmZmcmksc3Vu
        LWZyZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0t
        QS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2cgZ2dnZ2dn
        Z2dnMNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLXxnZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2cs
        LS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnOmZyaSxm
        cmksc3VuLWZyaSxmcmdnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dn
        ZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dn
        Z2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnMNatZ2dnLS0tLGZyZ2dnZ2dnZ2dnZ2dnMNat
        Z2dnLS0tLC1mYWdpZ2dnZ2dnZ2dnMNatZ2pnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2csLS0tZ2duVVVVVVUsVVVV
        LS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNNatZ2dnZ2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdn
        Z2dnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFsc2EsLS0tLSwtLS1BLS0tLS1nZzpnZ3JpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dn
        Z2dnZ2csLS0tZ2dVVVVVbW9uVVVVVVVVVVVVVVVVVVVVVVVVVVVnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2ksZnJpLHN1
        bi1mcmksZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLGdnLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVV
        VWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZzDWrWdnZy0tLSwtZmFsc2EsLS0t
        LSwtLS1BLS0tLS1nZzpnZ3JpLHN1bi1mcmksZmdnZ2dyZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1B
        LS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dnZ2dnNdatZ2dnZ2dnZ2dnZ2dnLGk6cmZmcmksc3VuLWZyZ2dnZ2dnZ2dnZ2dpLGZy
        aSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVV
        VVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmksZnJpLHN1bi1mcmksZnJnZ2dnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNh
        LC0tLS0sLS0tQS0tLS0tZ2c6Z2dyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnLC0tLWdnblVVU1VVLFVVVS0tLS0s
        LS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dn
        Z2dnNtatZ2dnZ2dnZ2dnZ2dnLGk6cmZmcmksc3VuLWZyZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dn
        Z2dnZ2dnLC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dn
        ZzpmcmksZnJpLHN1bi1mcmksZnJnZyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq
        KioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqMC4qZyBnZ2dnZ2dnZ2cw1q1nZ2ctLS0sLWZhbHNhLC0t
        LS0sLS0tQS0tLS0tfGdnOmdncmksc3VuLWZyaSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVWdnZ2dnZ2dnNdat
        Z2dnZ2dnZ2dnZ2dnLGk6cmZmcmksc3VuLWZyZ2dnZ2dnZ2dnZ2dpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dn
        LC0tLWdnblVVVVVVLFVVVS0tLS0sLS0tQS0tLS1VVVVVVW1vblVVVVVVVVVVVVVnZ2dnZ2dnZzXWrWdnZ2dnZ2dnZ2dnZzpmcmks
        ZnJpLHN1bi1mcmksZnJnZ2cgZ2dnZ2dnZ2dnMNatZ2dnLS0tLC1mYWxzYSwtLS0tLC0tLUEtLS0tLXxnZzpnZ3JpLHN1bi1mcmks
        ZnJnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtLS1BLS0tLVVVVVVVbW9uVVVVVVVVVVVVVWdnZ2dn
        Z2dnNdatZ2dnZ2dnZ2dnZ2dnOmZyaSxmcmksc3VuLWZyaSxmcmdnZ2dnZ2csLS0tZ2duVVVVVVUsVVVVLS0tLSwtcmksc3VuLWZy
        aSxmcmdnZ2dnZ2dnZ2dnZ2dnZ2dnZ2dnZywtLS1nZ25VVVVVVSxVVVUtLS0tLC0tLUEtLS0tVVVVVSxVVVUtLS0tLC0tLUEtLS0t
        VVVVVVVtb25VVVVVVVVVVVVVZ2dnZ2dnZ2c11q1nZ2dnZ2dnZ2dnZ2c6ZnJpLGZyaSxzdW4tZnJpLGZyZ2dnZ2dnZ2dnZ2dnMNat
        Z2dnLS0tLGZyZ2dnZ2dnZ2dnZ2dnMNatZ2dnLS0tLC1mYWdpZ2dnZ2dnZ2dnMNatZ2pnZ2dnZzDWrWdd
        """

    @Test("a long non-ASCII line with thousands of diagnostics is read and rendered quickly")
    func longFlowLineDiagnostics() throws {
        let bytes = try #require(Data(base64Encoded: Self.longFlowLine, options: .ignoreUnknownCharacters))
        #expect(bytes.count == 12_885)
        let file = SourceFile(path: "fuzz.yaml", bytes: [UInt8](bytes))
        let clock = ContinuousClock()
        let start = clock.now
        var rendered = 0
        var reader = SchemaReader(file: file)
        do {
            let document = try DocumentParser.parse(file)
            var stack = [document.root]
            while let node = stack.popLast() {
                stack += node.items ?? []
                stack += (node.entries ?? []).map(\.value)
                guard node.scalar != nil else { continue }
                _ = reader.read(node, .text)
                _ = reader.read(node, .decimal)
                _ = reader.read(node, .duration)
                _ = reader.read(node, .businessDuration)
                _ = reader.read(node, .date)
                _ = reader.read(node, .instant)
                _ = reader.read(node, .daySet)
            }
        } catch {
            rendered += error.diagnostic.rendered.utf8.count
        }
        for diagnostic in reader.diagnostics { rendered += diagnostic.rendered.utf8.count }
        #expect(reader.diagnostics.count > 1000)
        #expect(rendered > 0)
        // Every echoed line is a window of at most 240 bytes (and the cut marks).
        #expect(reader.diagnostics.allSatisfy { $0.rendered.split(separator: "\n")[1].utf8.count <= 2 + 240 + 16 })
        #expect(clock.now - start < .seconds(10))
    }

    @Test("control characters in a long echoed line are shown as their codes, and the caret stays in place")
    func controlsInWindow() {
        let line = String(repeating: "é", count: 200) + "\u{1B}[31m\u{85}X" + String(repeating: "ü", count: 200)
        let file = SourceFile(path: "f.yaml", bytes: Array(("a: " + line + "\n").utf8))
        let offset = 3 + 400 + 7
        let rendered = Diagnostic.error("bad", in: file, .at(offset)).rendered
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "f.yaml:1:210: error: bad")
        #expect(lines[1].hasPrefix("  …é"))
        #expect(lines[1].contains(#"\u{1B}[31m\u{85}X"#))
        #expect(!lines[1].unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        // The caret sits under the X: as many places before it in the echo as in the padding.
        let echo = Array(lines[1].unicodeScalars)
        let pad = Array(lines[2].unicodeScalars)
        #expect(pad.last == "^")
        #expect(echo[pad.count - 1] == "X")
    }
}
