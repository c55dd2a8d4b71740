using DialTone.Lab.Driver;

// Usage:
//   DialTone.Lab.Driver stress LAB SECONDS NAME     re-home and deliver in a loop; prints "NAME executions=N"
//   DialTone.Lab.Driver procedure LAB [OPTION]      the dial tone procedure, on a clock that starts at a fixed instant
//   DialTone.Lab.Driver merge LAB [OPTION]          its steps 13 and 14 again, after a crash
// OPTION is step 13's AssociatedMessagesCopyOption (Exchange's default when left out).
return args switch
{
    ["stress", var lab, var seconds, var name] => Stress.Run(lab, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), name),
    ["procedure", var lab, .. var option] when option.Length <= 1 => await ProcedureRun.RunAsync(lab, option.FirstOrDefault()),
    ["merge", var lab, .. var option] when option.Length <= 1 => await ProcedureRun.MergeAgainAsync(lab, option.FirstOrDefault()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: DialTone.Lab.Driver stress LAB SECONDS NAME | procedure LAB [OPTION] | merge LAB [OPTION]");
    return 2;
}
