namespace SecureMcp.Cli.Demo;

/// <summary>The messy sales table the demo workflow cleans, analyses, charts and reports.</summary>
internal static class DemoData
{
    public const string SalesCsv = """
        region,month,units,revenue
        North, 2026-01 ,120,2400.50
        South,2026-01,95,1900
        East,2026-01,,1500
        West,2026-01,60,1210.25
        North,2026-02,130,2650
        South,2026-02,88,1760
        East,2026-02,70,1430
        West,2026-02,65,1300
        North,2026-02,130,2650
        South,2026-03,101,2030
        East,2026-03,77,1545.75
        West,2026-03,72,1440
        """;
}
