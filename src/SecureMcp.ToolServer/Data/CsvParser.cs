using System.Text;

namespace SecureMcp.ToolServer.Data;

/// <summary>RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF line ends.</summary>
internal static class CsvParser
{
    public static List<List<string>> Parse(string text, char delimiter)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
            }
            else if (c == delimiter)
            {
                record.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord(records, record, field);
                record = [];
                fieldStarted = false;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (inQuotes)
        {
            throw new FormatException("CSV has an unterminated quoted field.");
        }

        EndRecord(records, record, field);
        return records;
    }

    private static void EndRecord(List<List<string>> records, List<string> record, StringBuilder field)
    {
        record.Add(field.ToString());
        field.Clear();
        if (record.Count > 1 || record[0].Length > 0)
        {
            records.Add(record);
        }
    }
}
