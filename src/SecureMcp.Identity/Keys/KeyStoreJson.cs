using System.Text.Json.Serialization;

namespace SecureMcp.Identity.Keys;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(KeyStoreManifest))]
[JsonSerializable(typeof(EncryptedKeyFile))]
internal sealed partial class KeyStoreJson : JsonSerializerContext;
