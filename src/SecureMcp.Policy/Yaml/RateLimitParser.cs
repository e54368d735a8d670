using SecureMcp.Policy.Model;
using SecureMcp.Policy.RateLimits;
using YamlDotNet.RepresentationModel;

namespace SecureMcp.Policy.Yaml;

/// <summary>Parses the <c>rateLimits</c> section.</summary>
internal static class RateLimitParser
{
    public static List<RateLimitDefinition> Parse(YamlReader r, YamlNode node)
    {
        var result = new List<RateLimitDefinition>();
        if (r.Sequence(node, "rateLimits") is not { } seq)
        {
            return result;
        }

        foreach (var (item, i) in seq.Children.Select((c, i) => (c, i)))
        {
            var path = $"rateLimits[{i}]";
            if (r.Map(item, path) is not { } body)
            {
                continue;
            }

            string? id = null;
            var per = RateLimitPartitionKind.Principal;
            RateLimitKind? kind = null;
            int limit = 1, tokens = 1;
            var period = TimeSpan.FromSeconds(1);
            var scope = new TargetScope();
            var principals = new List<string>();
            foreach (var (key, v) in r.Entries(body, path, "id", "per", "tools", "servers", "principals", "tokenBucket", "fixedWindow", "concurrency"))
            {
                var p = path + "." + key;
                switch (key)
                {
                    case "id":
                        id = r.Scalar(v, p);
                        break;
                    case "per":
                        per = Per(r, v, p);
                        break;
                    case "tools" or "servers":
                        scope = PolicyParser.Scope(r, key, v, p, scope);
                        break;
                    case "principals":
                        principals = r.Strings(v, p);
                        break;
                    default:
                        if (kind is not null)
                        {
                            r.Error(v, p, "a rate limit has exactly one of tokenBucket, fixedWindow, concurrency");
                        }

                        kind = key switch { "tokenBucket" => RateLimitKind.TokenBucket, "fixedWindow" => RateLimitKind.FixedWindow, _ => RateLimitKind.Concurrency };
                        (limit, tokens, period) = Algorithm(r, v, p, kind.Value);
                        break;
                }
            }

            if (id is null || kind is null)
            {
                r.Error(item, path, "a rate limit needs an id and one of tokenBucket, fixedWindow, concurrency");
            }

            result.Add(new RateLimitDefinition(id ?? path, per, kind ?? RateLimitKind.Concurrency, limit, period, tokens, scope, principals, YamlReader.LineOf(item)));
        }

        return result;
    }

    private static RateLimitPartitionKind Per(YamlReader r, YamlNode v, string path)
    {
        switch (r.Scalar(v, path))
        {
            case "principal": return RateLimitPartitionKind.Principal;
            case "tool": return RateLimitPartitionKind.Tool;
            case "server" or "upstream": return RateLimitPartitionKind.Server;
            case "principal-tool": return RateLimitPartitionKind.PrincipalTool;
            case var other:
                r.Error(v, path, $"'{other}' is not a partition (principal, tool, server, principal-tool)");
                return RateLimitPartitionKind.Principal;
        }
    }

    private static (int Limit, int Tokens, TimeSpan Period) Algorithm(YamlReader r, YamlNode v, string path, RateLimitKind kind)
    {
        int limit = 1, tokens = 0;
        TimeSpan? period = null;
        if (r.Map(v, path) is not { } map)
        {
            return (1, 1, TimeSpan.FromSeconds(1));
        }

        string[] keys = kind switch
        {
            RateLimitKind.TokenBucket => ["limit", "tokensPerPeriod", "period"],
            RateLimitKind.FixedWindow => ["limit", "window"],
            _ => ["limit"],
        };
        foreach (var (key, value) in r.Entries(map, path, keys))
        {
            switch (key)
            {
                case "limit":
                    limit = r.Int(value, path + ".limit", 1);
                    break;
                case "tokensPerPeriod":
                    tokens = r.Int(value, path + ".tokensPerPeriod", 1);
                    break;
                default:
                    period = r.Duration(value, path + "." + key);
                    break;
            }
        }

        if (kind != RateLimitKind.Concurrency && period is null)
        {
            r.Error(v, path, kind == RateLimitKind.TokenBucket ? "a token bucket needs a period" : "a fixed window needs a window");
        }

        return (limit, tokens == 0 ? limit : tokens, period ?? TimeSpan.FromSeconds(1));
    }
}
