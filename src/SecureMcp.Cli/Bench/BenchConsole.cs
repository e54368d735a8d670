using Spectre.Console;

namespace SecureMcp.Cli.Bench;

/// <summary>The console the benchmark tables go to; wide enough for them when stdout is redirected to a file.</summary>
internal static class BenchConsole
{
    private const int RedirectedWidth = 200;

    public static IAnsiConsole Create()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, RedirectedWidth);
        }

        return console;
    }
}
