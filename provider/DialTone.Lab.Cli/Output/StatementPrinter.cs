using System.Text.Json.Nodes;
using DialTone.Exchange.Json;
using DialTone.Exchange.Results;
using DialTone.Exchange.Scripting;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Values;

namespace DialTone.Lab.Cli.Output;

/// <summary>
/// How <c>dialtone-lab shell</c> prints: each statement's objects as the Exchange Management Shell formats them
/// (a table in the type's default view, or a list), warnings as <c>WARNING:</c> lines, errors as error records on
/// stderr; or, with <c>--json</c>, one JSON document of every statement in the command model's lossless JSON form.
/// </summary>
internal sealed class StatementPrinter(LabCli cli, bool json, bool echo)
{
    private readonly JsonArray _statements = [];

    public void Print(StatementResult result)
    {
        if (json)
        {
            _statements.Add(Json(result));
        }
        else
        {
            if (echo)
            {
                Printer.Line(cli, "PS> " + result.Statement.Text);
            }
            foreach (var warning in result.Warnings)
            {
                Printer.Line(cli, "WARNING: " + warning);
            }
            PrintObjects(result.Objects);
        }
        foreach (var error in result.Errors)
        {
            cli.Error.WriteLine(error.Render());
        }
    }

    /// <summary>
    /// A script that does not parse: where, the line with a marker under the place, and the error record; with
    /// <c>--json</c>, the same document as a run, holding one entry for the line that failed, with no output.
    /// </summary>
    public static void PrintParseError(LabCli cli, ScriptParseException error, string script, bool json)
    {
        // Lines end as the parser counts them: CR LF, LF, or a lone CR.
        var line = script.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')[error.Position.Line - 1];
        if (json)
        {
            Printer.Json(cli, new JsonArray(new JsonObject
            {
                ["line"] = error.Position.Line,
                ["column"] = error.Position.Column,
                ["statement"] = line,
                ["objects"] = new JsonArray(),
                ["warnings"] = new JsonArray(),
                ["errors"] = new JsonArray(Json(new StatementError(error.ToExchangeError(), null))),
                ["roundTrips"] = 0,
            }));
            return;
        }
        cli.Error.WriteLine($"At line:{error.Position.Line} char:{error.Position.Column}");
        cli.Error.WriteLine("+ " + line);
        cli.Error.WriteLine("+ " + new string(' ', error.Position.Column - 1) + "~");
        cli.Error.WriteLine(Exchange.Rendering.ErrorRecordRenderer.Render(error.ToExchangeError(), null));
    }

    /// <summary>With <c>--json</c>, the document of every statement run; nothing otherwise.</summary>
    public void Finish()
    {
        if (json)
        {
            Printer.Json(cli, _statements);
        }
    }

    private void PrintObjects(IReadOnlyList<ExchangeValue> objects)
    {
        var index = 0;
        while (index < objects.Count)
        {
            if (objects[index] is not ObjectValue first)
            {
                if (objects[index] is not NullValue)
                {
                    Printer.Line(cli, objects[index].ToDisplayString());
                }
                index++;
                continue;
            }
            // PowerShell formats a run of objects of one type together, in the first one's view.
            var run = objects.Skip(index).TakeWhile(o => o is ObjectValue obj && obj.Object.TypeName == first.Object.TypeName)
                .Select(o => ((ObjectValue)o).Object).ToList();
            index += run.Count;
            if (DefaultViews.For(first.Object) is { Count: > 0 } columns)
            {
                Printer.Table(cli, columns, run.Select(obj => (IReadOnlyList<object?>)columns.Select(c => (object?)obj[c]?.ToDisplayString()).ToList()));
            }
            else
            {
                run.ForEach(PrintList);
            }
        }
    }

    private void PrintList(ExchangeObject obj)
    {
        var width = obj.Properties.Max(p => p.Name.Length);
        foreach (var property in obj.Properties)
        {
            Printer.Line(cli, $"{property.Name.PadRight(width)} : {property.Value.ToDisplayString()}");
        }
        Printer.Line(cli, "");
    }

    private static JsonObject Json(StatementResult result) => new()
    {
        ["line"] = result.Statement.Position.Line,
        ["statement"] = result.Statement.Text,
        ["objects"] = new JsonArray([.. result.Objects.Select(o => JsonNode.Parse(ExchangeJson.Write(o)))]),
        ["warnings"] = new JsonArray([.. result.Warnings.Select(w => (JsonNode)w)]),
        ["errors"] = new JsonArray([.. result.Errors.Select(Json)]),
        ["roundTrips"] = result.RoundTrips,
    };

    private static JsonNode Json(StatementError error)
    {
        var node = JsonNode.Parse(ExchangeJson.Write(error.Error))!.AsObject();
        node["command"] = error.Command;
        return node;
    }
}
