namespace SecureMcp.ConformanceFixture;

/// <summary>The tiny media payloads the conformance scenarios expect in image, audio and blob results.</summary>
internal static class TestMedia
{
    /// <summary>A 1x1 red PNG pixel, base64.</summary>
    public const string PngBase64 =
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    /// <summary>A minimal WAV file (one 16-bit sample), base64.</summary>
    public const string WavBase64 = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    public const string PngMimeType = "image/png";

    public const string WavMimeType = "audio/wav";

    public static byte[] Png => Convert.FromBase64String(PngBase64);

    public static byte[] Wav => Convert.FromBase64String(WavBase64);
}
