using System.Globalization;
using System.Text.RegularExpressions;
using SecureMcp.Trust.Config;

namespace SecureMcp.Trust.Sybil;

/// <summary>Behavioural sybil heuristics: registration bursts, shared source address, key or certificate pattern, lockstep activity.</summary>
internal sealed partial class BehaviouralSybilDetector(SybilOptions options)
{
    private const double BurstWeight = 0.3;
    private const double SharedAddressWeight = 0.3;
    private const double SharedPatternWeight = 0.25;
    private const double SharedKeyWeight = 0.6;
    private const double LockstepWeight = 0.45;
    private const int MinLockstepBuckets = 5;
    private const int MaxBucketFanout = 256;

    public void Analyze(
        IReadOnlyCollection<IdentityRegistration> registrations,
        IReadOnlyDictionary<string, IReadOnlyCollection<long>> activityBuckets,
        SuspicionAccumulator into)
    {
        Bursts(registrations, into);
        Shared(registrations, r => r.SourceAddress, SharedAddressWeight, "source address", into);
        Shared(registrations, r => r.KeyFingerprint, SharedKeyWeight, "public key", into);
        Shared(registrations, r => r.CertificateSubject is { } s ? DigitRun().Replace(s, "#") : null, SharedPatternWeight, "certificate subject pattern", into);
        Lockstep(activityBuckets, into);
    }

    private void Bursts(IReadOnlyCollection<IdentityRegistration> registrations, SuspicionAccumulator into)
    {
        var sorted = registrations.OrderBy(r => r.RegisteredAt).ToArray();
        var window = TimeSpan.FromSeconds(options.RegistrationBurstWindowSeconds);
        var flagged = new HashSet<int>();
        var start = 0;
        for (var end = 0; end < sorted.Length; end++)
        {
            while (sorted[end].RegisteredAt - sorted[start].RegisteredAt > window)
            {
                start++;
            }

            if (end - start + 1 >= options.RegistrationBurstSize)
            {
                for (var i = start; i <= end; i++)
                {
                    flagged.Add(i);
                }
            }
        }

        foreach (var i in flagged)
        {
            into.Add(sorted[i].Identity, BurstWeight, string.Create(
                CultureInfo.InvariantCulture,
                $"registered in a burst of at least {options.RegistrationBurstSize} within {options.RegistrationBurstWindowSeconds}s"));
        }
    }

    private void Shared(
        IReadOnlyCollection<IdentityRegistration> registrations,
        Func<IdentityRegistration, string?> attribute,
        double weight,
        string what,
        SuspicionAccumulator into)
    {
        foreach (var group in registrations.Where(r => attribute(r) is not null).GroupBy(r => attribute(r)!, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            if (members.Length < options.SharedAttributeThreshold)
            {
                continue;
            }

            foreach (var m in members)
            {
                into.Add(m.Identity, weight, string.Create(CultureInfo.InvariantCulture, $"shares its {what} with {members.Length - 1} other identities"));
            }
        }
    }

    private void Lockstep(IReadOnlyDictionary<string, IReadOnlyCollection<long>> buckets, SuspicionAccumulator into)
    {
        // Inverted index bucket -> identities, so only identities active at the same moments are compared.
        var byBucket = new Dictionary<long, List<string>>();
        foreach (var (identity, set) in buckets)
        {
            if (set.Count < MinLockstepBuckets)
            {
                continue;
            }

            foreach (var b in set)
            {
                if (!byBucket.TryGetValue(b, out var list))
                {
                    byBucket[b] = list = [];
                }

                list.Add(identity);
            }
        }

        var shared = new Dictionary<(string, string), int>();
        foreach (var list in byBucket.Values.Where(l => l.Count is > 1 and <= MaxBucketFanout))
        {
            list.Sort(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var key = (list[i], list[j]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((a, b), common) in shared)
        {
            var union = buckets[a].Count + buckets[b].Count - common;
            if ((double)common / union >= options.LockstepSimilarity)
            {
                partners[a] = partners.GetValueOrDefault(a) + 1;
                partners[b] = partners.GetValueOrDefault(b) + 1;
            }
        }

        foreach (var (identity, count) in partners)
        {
            into.Add(identity, LockstepWeight, string.Create(CultureInfo.InvariantCulture, $"acts in lockstep with {count} other identities"));
        }
    }

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DigitRun();
}
