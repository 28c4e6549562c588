// Generated once with Python's zoneinfo (IANA tz database, Europe/London), not at build or test time:
//
//   python3: scan every hour from 2009-01-01T00:00Z to 2038-01-01T00:00Z, bisect each offset change to the
//   second, print (first UTC second of the new offset, new offset in seconds).
//
// The end year is 2037 inclusive: the table says nothing about 2038 or later.

/// The UTC offset of Europe/London at 2009-01-01T00:00Z, in seconds.
let europeLondonOffsetSecondsAtTableStart = 0
/// 2009-01-01T00:00Z and 2038-01-01T00:00Z: the span the table covers, in seconds since the epoch.
let europeLondonTableSpan: Range<Int64> = 1230768000..<2145916800

/// Every Europe/London offset change in the span: its first second (UTC) and the new offset in seconds.
let europeLondonTransitions: [(secondsSinceEpoch: Int64, offsetSeconds: Int)] = [
    (1238288400, 3600),
    (1256432400, 0),
    (1269738000, 3600),
    (1288486800, 0),
    (1301187600, 3600),
    (1319936400, 0),
    (1332637200, 3600),
    (1351386000, 0),
    (1364691600, 3600),
    (1382835600, 0),
    (1396141200, 3600),
    (1414285200, 0),
    (1427590800, 3600),
    (1445734800, 0),
    (1459040400, 3600),
    (1477789200, 0),
    (1490490000, 3600),
    (1509238800, 0),
    (1521939600, 3600),
    (1540688400, 0),
    (1553994000, 3600),
    (1572138000, 0),
    (1585443600, 3600),
    (1603587600, 0),
    (1616893200, 3600),
    (1635642000, 0),
    (1648342800, 3600),
    (1667091600, 0),
    (1679792400, 3600),
    (1698541200, 0),
    (1711846800, 3600),
    (1729990800, 0),
    (1743296400, 3600),
    (1761440400, 0),
    (1774746000, 3600),
    (1792890000, 0),
    (1806195600, 3600),
    (1824944400, 0),
    (1837645200, 3600),
    (1856394000, 0),
    (1869094800, 3600),
    (1887843600, 0),
    (1901149200, 3600),
    (1919293200, 0),
    (1932598800, 3600),
    (1950742800, 0),
    (1964048400, 3600),
    (1982797200, 0),
    (1995498000, 3600),
    (2014246800, 0),
    (2026947600, 3600),
    (2045696400, 0),
    (2058397200, 3600),
    (2077146000, 0),
    (2090451600, 3600),
    (2108595600, 0),
    (2121901200, 3600),
    (2140045200, 0),
]
