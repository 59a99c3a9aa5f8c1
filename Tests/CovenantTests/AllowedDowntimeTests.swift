import Covenant
import CovenantFormat
import Testing

@Suite("Allowed downtime, computed and exact")
struct AllowedDowntimeTests {
    @Test(
        "SEED.md's corrected figures and their neighbours, to the digit",
        arguments: [
            ("99.5%", 30, "12960", "216"), ("99.9%", 30, "2592", "43.2"), ("99.95%", 30, "1296", "21.6"),
            ("99.9%", 28, "2419.2", "40.32"), ("99.9%", 31, "2678.4", "44.64"), ("99.95%", 28, "1209.6", "20.16"),
            ("99.99%", 28, "241.92", "4.032"), ("99.99%", 31, "267.84", "4.464"), ("99.5%", 31, "13392", "223.2"),
            ("100%", 31, "0", "0"), ("0%", 30, "2592000", "43200"), ("99.999%", 30, "25.92", "0.432"),
        ])
    func figures(target: String, days: Int, seconds: String, minutes: String) throws {
        let allowed = AllowedDowntime(target: try #require(ScalarReader.percentage(target)), days: days)
        #expect(allowed.seconds.description == seconds)
        #expect(allowed.minutes.description == minutes)
        #expect(allowed.periodSeconds == Int64(days) * 86_400)
    }

    @Test("a target written with trailing zeros allows the same downtime")
    func trailingZeros() throws {
        let a = AllowedDowntime(target: try #require(ScalarReader.percentage("99.90%")), days: 30)
        let b = AllowedDowntime(target: try #require(ScalarReader.percentage("99.9%")), days: 30)
        #expect(a.minutes == b.minutes && a.seconds == b.seconds)
    }

    @Test(
        "targets with as many digits as a percentage can hold are still exact",
        arguments: [
            ("99.9999999999999999%", "0.0000000000026784", "0.00000000000004464"),
            ("0.000000000000000001%", "2678399.999999999999973216", "44639.9999999999999995536"),
        ])
    func manyDigits(target: String, seconds: String, minutes: String) throws {
        let allowed = AllowedDowntime(target: try #require(ScalarReader.percentage(target)), days: 31)
        #expect(allowed.seconds.description == seconds)
        #expect(allowed.minutes.description == minutes)
    }

    @Test("quantities compare by value, and split into whole and fraction digits")
    func quantity() {
        let a = AllowedDowntime.Quantity(significand: 4320, scale: 2)
        #expect(a.description == "43.2" && a.wholePart == 43 && a.fractionDigits == "2")
        #expect(AllowedDowntime.Quantity(significand: 5, scale: 3).fractionDigits == "005")
        #expect(a < AllowedDowntime.Quantity(significand: 44, scale: 0))
    }
}
