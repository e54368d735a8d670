using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SecureMcp.Core.Identity;
using SecureMcp.Storage.Identity;

namespace SecureMcp.Gateway.Operators;

/// <summary>Operator session tokens: random opaque bearer values (<c>smo_</c> + 256 bits), held only as SHA-256, in a bounded table.</summary>
/// <remarks>
/// <para>A session lasts a fixed time from sign-in. An expired entry is refused when it is presented and dropped at the
/// next sign-in. When the table is full of live sessions, the one closest to expiry is dropped: only signed-in operators
/// can add entries, so nobody else can push sessions out.</para>
/// <para>The table lives in the operators' SQLite file, so sessions outlive a gateway restart, and every gateway using
/// that file sees the same sessions and the same sign-outs. Each check reads the file (the admin API is low-volume), so
/// a sign-out at one gateway counts at once at all of them.</para>
/// </remarks>
internal sealed class OperatorSessions(SqliteOperatorSessionStore store, int capacity, TimeSpan lifetime, TimeProvider time)
{
    /// <summary>Every session token starts with this, so it is told apart from API keys (<c>smk_</c>) and JWTs.</summary>
    public const string TokenPrefix = "smo_";

    public const string Unknown = "unknown or revoked operator session";
    public const string Expired = "operator session expired";

    /// <summary>How long a new session lasts.</summary>
    public TimeSpan Lifetime => lifetime;

    /// <summary>Sessions held, live or expired but not yet dropped.</summary>
    public int Count => store.Count();

    /// <summary>Starts a session for <paramref name="principal"/>; the token is returned once and never stored.</summary>
    public (string Token, OperatorSession Session) Create(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var token = TokenPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var hash = Hash(token);
        var now = time.GetUtcNow();
        var session = new OperatorSession(hash[..16], principal, now + lifetime);
        store.Insert(new OperatorSessionRecord(hash, principal.Id, StoredPrincipal.Write(principal), session.ExpiresAt), capacity, now);
        return (token, session);
    }

    /// <summary>The live session of <paramref name="token"/>, or the reason it is refused (with the expired session, when known, for the audit).</summary>
    public (OperatorSession? Session, string? Failure) Find(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var hash = Hash(token);
        if (store.Find(hash) is not { } record)
        {
            return (null, Unknown);
        }

        var session = SessionOf(record);
        if (session.ExpiresAt <= time.GetUtcNow())
        {
            store.Delete(hash);
            return (session, Expired);
        }

        return (session, null);
    }

    /// <summary>Ends the session of <paramref name="token"/> at once; null if there was none.</summary>
    public OperatorSession? Revoke(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var hash = Hash(token);
        return store.Find(hash) is { } record && store.Delete(hash) ? SessionOf(record) : null;
    }

    /// <summary>The short audit id of a token, whether or not it is a live session.</summary>
    public static string IdOf(string token) => Hash(token)[..16];

    private static OperatorSession SessionOf(OperatorSessionRecord record) =>
        new(record.TokenHash[..16], StoredPrincipal.Read(record.Username, record.Principal), record.ExpiresAt);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The principal of a session as JSON in the store: scheme, roles and attributes (the id is the row's username).</summary>
    private static class StoredPrincipal
    {
        public static string Write(Principal principal) =>
            JsonSerializer.Serialize(new Shape(principal.Scheme, [.. principal.Roles], new Dictionary<string, string>(principal.Attributes, StringComparer.Ordinal)));

        public static Principal Read(string username, string json)
        {
            var shape = JsonSerializer.Deserialize<Shape>(json) ?? throw new InvalidDataException("a stored operator session has no principal");
            return new Principal(username, shape.Scheme, shape.Roles) { Attributes = shape.Attributes };
        }

        private sealed record Shape(string Scheme, string[] Roles, Dictionary<string, string> Attributes);
    }
}
