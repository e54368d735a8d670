using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using SecureMcp.Core.Identity;

namespace SecureMcp.Gateway.Operators;

/// <summary>Operator session tokens: random opaque bearer values (<c>smo_</c> + 256 bits), held only as SHA-256, in a bounded in-memory table.</summary>
/// <remarks>
/// <para>A session lasts a fixed time from sign-in. An expired entry is dropped when it is presented or when room is needed.
/// When the table is full of live sessions, the one closest to expiry is dropped: only signed-in operators can add
/// entries, so nobody else can push sessions out.</para>
/// <para>The table lives in the gateway process: a restart signs every operator out.</para>
/// </remarks>
internal sealed class OperatorSessions(int capacity, TimeSpan lifetime, TimeProvider time)
{
    /// <summary>Every session token starts with this, so it is told apart from API keys (<c>smk_</c>) and JWTs.</summary>
    public const string TokenPrefix = "smo_";

    public const string Unknown = "unknown or revoked operator session";
    public const string Expired = "operator session expired";

    private readonly Dictionary<string, OperatorSession> _byHash = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long a new session lasts.</summary>
    public TimeSpan Lifetime => lifetime;

    /// <summary>Sessions held, live or expired but not yet dropped.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byHash.Count;
            }
        }
    }

    /// <summary>Starts a session for <paramref name="principal"/>; the token is returned once and never stored.</summary>
    public (string Token, OperatorSession Session) Create(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var token = TokenPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var hash = Hash(token);
        var session = new OperatorSession(hash[..16], principal, time.GetUtcNow() + lifetime);
        lock (_lock)
        {
            if (_byHash.Count >= capacity)
            {
                MakeRoom();
            }

            _byHash[hash] = session;
        }

        return (token, session);
    }

    /// <summary>The live session of <paramref name="token"/>, or the reason it is refused (with the expired session, when known, for the audit).</summary>
    public (OperatorSession? Session, string? Failure) Find(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var hash = Hash(token);
        lock (_lock)
        {
            if (!_byHash.TryGetValue(hash, out var session))
            {
                return (null, Unknown);
            }

            if (session.ExpiresAt <= time.GetUtcNow())
            {
                _byHash.Remove(hash);
                return (session, Expired);
            }

            return (session, null);
        }
    }

    /// <summary>Ends the session of <paramref name="token"/> at once; null if there was none.</summary>
    public OperatorSession? Revoke(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        lock (_lock)
        {
            return _byHash.Remove(Hash(token), out var session) ? session : null;
        }
    }

    /// <summary>The short audit id of a token, whether or not it is a live session.</summary>
    public static string IdOf(string token) => Hash(token)[..16];

    private void MakeRoom()
    {
        var now = time.GetUtcNow();
        foreach (var (hash, _) in _byHash.Where(p => p.Value.ExpiresAt <= now).ToList())
        {
            _byHash.Remove(hash);
        }

        if (_byHash.Count >= capacity)
        {
            _byHash.Remove(_byHash.MinBy(p => p.Value.ExpiresAt).Key);
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
