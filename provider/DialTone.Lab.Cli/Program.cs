using System.CommandLine;

var root = new RootCommand("dialtone-lab: an emulated Exchange organization for rehearsing dial tone recoveries.");
return root.Parse(args).Invoke();
