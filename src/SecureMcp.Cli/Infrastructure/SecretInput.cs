using System.Text;

namespace SecureMcp.Cli.Infrastructure;

/// <summary>Reads a secret (a password) from an environment variable or standard input, never from the command line.</summary>
/// <remarks>Arguments are visible to every user of the machine (<c>ps</c>, shell history); the environment and stdin are not.</remarks>
internal static class SecretInput
{
    /// <summary>The value of <paramref name="variable"/> if set; otherwise one line of stdin, or (at a terminal) a prompt without echo, asked twice.</summary>
    public static string Read(string variable, string what)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? throw new InvalidOperationException($"no {what} on standard input (or set {variable})");
        }

        var first = Prompt($"{what}: ");
        var second = Prompt($"{what} again: ");
        return first == second ? first : throw new InvalidOperationException($"the two {what}s differ");
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return text.ToString();
    }
}
