using System.Text.Json;
using SecureMcp.Policy.Matching;

namespace SecureMcp.Policy.Engine;

/// <summary>The argument is a path at or under an allowed prefix, after normalisation (see <see cref="PathPrefix"/>).</summary>
internal sealed class PathPrefixTest(PathPrefix prefix) : ValueTest
{
    public override bool IsMatch(bool present, JsonElement value) =>
        present && JsonText.TestString(value, prefix, static (p, chars) => p.Check(chars) == PathCheck.Inside);
}
