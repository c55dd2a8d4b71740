using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace DialTone.Lab.Cli.Output;

/// <summary>How verbs print: a table on the console, or JSON written as is, and errors on stderr.</summary>
internal static class Printer
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Json(LabCli cli, object value) => cli.Output.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public static void Table(LabCli cli, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)) { NoWrap = true });
        }
        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(Format(cell))).ToArray());
        }
        cli.Console.Write(table);
    }

    public static void Line(LabCli cli, string text) => cli.Console.WriteLine(text);

    public static void Error(LabCli cli, string message) => cli.Error.WriteLine($"dialtone-lab: {message}");

    private static string Format(object? cell) => cell switch
    {
        null => "",
        DateTimeOffset time => time.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
        bool flag => flag ? "True" : "False",
        _ => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
