using System.Text.Json.Nodes;
using SecureMcp.Agents.Tasks;

namespace SecureMcp.Cli.Bench;

/// <summary>The task every hosted agent repeats: clean a small table (dropping a duplicate row), then analyse the result.</summary>
internal static class AgentPlan
{
    /// <summary>Tool calls per plan.</summary>
    public const int CallsPerPlan = 2;

    public static AgentTask Create(string agentId) => new()
    {
        Id = "bench-" + agentId,
        DeadlineSeconds = 30,
        Steps =
        [
            new TaskStep("clean", "toolserver__data_processor", new JsonObject
            {
                ["rows"] = new JsonArray(Row(1, 2), Row(2, 4), Row(2, 4), Row(3, 6)),
            }),
            new TaskStep("stats", "toolserver__analyzer", new JsonObject { ["rows"] = "${clean.rows}" }),
        ],
        Checks =
        [
            new TaskCheck("clean", "rows", CheckKind.Count, 3),
            new TaskCheck("stats", "columns.0.mean", CheckKind.Equals, 2),
        ],
    };

    private static JsonObject Row(int x, int y) => new() { ["x"] = x, ["y"] = y };
}
