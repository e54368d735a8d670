namespace SecureMcp.Identity.Http;

/// <summary>A framework-free HTTP answer: the host maps it onto its response (status, headers, JSON body).</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Headers">Headers to set, including Content-Type.</param>
internal sealed record EndpointResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public static EndpointResponse Json(int status, string body, bool noStore = false)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (noStore)
        {
            headers["Cache-Control"] = "no-store";
            headers["Pragma"] = "no-cache";
        }

        return new EndpointResponse(status, body, headers);
    }
}
