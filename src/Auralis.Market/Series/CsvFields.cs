using System.Text;

namespace Auralis.Market.Series;

/// <summary>Splits one CSV line into fields: commas separate, double quotes enclose, "" inside quotes is a quote.</summary>
internal static class CsvFields
{
    public static List<string> Split(string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new PriceSeriesFormatException(lineNumber, "a quoted field is not closed.");
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
