using System.CommandLine;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp eval …</c>: the evaluation harnesses.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Run evaluation harnesses");
}
