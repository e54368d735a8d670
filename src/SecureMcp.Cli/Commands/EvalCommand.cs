using System.CommandLine;
using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp eval trust</c>: the trust engine's evaluation scenarios with their targets.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for the CSV and the SVG plot (default: ./eval-trust)" };
        var quick = new Option<bool>("--quick") { Description = "Reduced population sizes (the sizes the tests use)" };
        var seed = new Option<int>("--seed") { Description = "Random seed of the simulated populations", DefaultValueFactory = _ => 42 };
        var trust = new Command("trust", "Run the trust engine scenarios; exit 0 only if every target is met") { output, quick, seed };
        trust.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(output)?.FullName ?? Path.GetFullPath("eval-trust");
            Directory.CreateDirectory(folder);
            return await TrustEvaluation.RunAsync(
                new TrustEvaluationOptions { OutputDirectory = folder, Quick = parse.GetValue(quick), Seed = parse.GetValue(seed) },
                Console.Out,
                ct);
        });
        var allocation = new Command("allocation", "Run the scheduler scenarios (simulated agents, real scheduler and trust engine); exit 0 only if every target is met") { output, quick, seed };
        allocation.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(output)?.FullName ?? Path.GetFullPath("eval-allocation");
            Directory.CreateDirectory(folder);
            return await SecureMcp.Allocation.Evaluation.AllocationEvaluation.RunAsync(
                new SecureMcp.Allocation.Evaluation.AllocationEvaluationOptions { OutputDirectory = folder, Quick = parse.GetValue(quick), Seed = parse.GetValue(seed) },
                Console.Out,
                ct);
        });
        return new Command("eval", "Run evaluation harnesses") { trust, allocation };
    }
}
