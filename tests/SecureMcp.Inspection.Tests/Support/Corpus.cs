using System.Runtime.CompilerServices;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using SecureMcp.Inspection.Scanning;

namespace SecureMcp.Inspection.Tests.Support;

/// <summary>Loads the committed corpora (found next to this source file, so no copy-to-output is needed).</summary>
internal static class Corpus
{
    public static string Directory { get; } = Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "Corpus");

    public static IReadOnlyList<ServerTools> Benign()
    {
        var servers = new List<ServerTools>();
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(Directory, "benign"), "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var tools = doc.RootElement.GetProperty("tools").EnumerateArray().Select(ToTool).ToList();
            servers.Add(new ServerTools(doc.RootElement.GetProperty("server").GetString()!, tools));
        }

        return servers;
    }

    public static JsonElement Attack(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "attack", file)));
        return doc.RootElement.GetProperty("samples").Clone();
    }

    public static Tool ToTool(JsonElement element) => element.Deserialize<Tool>(McpJsonUtilities.DefaultOptions)!;

    public static string[] Expect(JsonElement sample) => sample.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
