using DialTone.Lab.Driver;

// Usage:
//   DialTone.Lab.Driver stress LAB SECONDS NAME   re-home and deliver in a loop; prints "NAME executions=N"
//   DialTone.Lab.Driver procedure LAB             the dial tone procedure, on a clock that starts at a fixed instant
return args switch
{
    ["stress", var lab, var seconds, var name] => Stress.Run(lab, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), name),
    ["procedure", var lab] => await ProcedureRun.RunAsync(lab),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: DialTone.Lab.Driver stress LAB SECONDS NAME | procedure LAB");
    return 2;
}
