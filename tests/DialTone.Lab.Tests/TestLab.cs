using System.Security.Cryptography;
using System.Text;
using DialTone.Lab.Driver;
using DialTone.Lab.Init;

namespace DialTone.Lab.Tests;

/// <summary>A small lab in a temporary folder, built by init with a fixed seed, removed afterwards.</summary>
public sealed class TestLab : IDisposable
{
    private readonly DirectoryInfo _folder;

    public TestLab(InitOptions? options = null)
    {
        _folder = Directory.CreateTempSubdirectory("dialtone-lab-");
        Path = System.IO.Path.Combine(_folder.FullName, "lab.db");
        Clock = new SteppedClock(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var labOptions = new LabOptions { Clock = Clock, Who = "tester@lab" };
        LabInitializer.Initialize(Path, options ?? new InitOptions { Servers = 2, Databases = 4, Mailboxes = 20, Items = 3 },
            labOptions: labOptions);
        Lab = Lab.Open(Path, labOptions);
    }

    public string Path { get; }

    public SteppedClock Clock { get; }

    public Lab Lab { get; }

    public T Read<T>(Func<Execution, T> read) => Lab.Read(read);

    public T Mutate<T>(Func<Execution, T> work) => Lab.Mutate("test", "test", work);

    public void Mutate(Action<Execution> work) => Lab.Mutate("test", "test", execution =>
    {
        work(execution);
        return 0;
    });

    /// <summary>A digest of everything the lab holds but its journal: equal digests, same lab.</summary>
    public string StateDigest() => DigestOf(Lab);

    /// <summary>A digest of everything a lab holds but its journal.</summary>
    public static string DigestOf(Lab lab) => lab.Read(execution =>
    {
        var sql = execution.Sql;
        var text = new StringBuilder();
        var tables = sql.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'journal' ORDER BY name",
            r => r.GetString(0));
        foreach (var table in tables)
        {
            text.Append(table).Append('\n');
            foreach (var row in sql.Query($"SELECT * FROM {table} ORDER BY 1, 2", r =>
                     {
                         var values = new object[r.FieldCount];
                         r.GetValues(values);
                         return string.Join('|', values);
                     }))
            {
                text.Append(row).Append('\n');
            }
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    });

    /// <summary>Asserts that the execution fails with exactly Exchange's text and leaves the lab as it was.</summary>
    public LabException AssertFailsUnchanged(Action<Execution> work, string message)
    {
        var before = StateDigest();
        var error = Assert.Throws<LabException>(() => Mutate(work));
        Assert.Equal(message, error.Message);
        Assert.Equal(before, StateDigest());
        return error;
    }

    public void Dispose()
    {
        Lab.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
