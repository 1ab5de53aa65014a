// The Wenjiang District scenario (温江区): the real division data, governed for four months, stored in an embedded
// SQLite file and printed as a report. Everything is deterministic: a fixed seed, fixed instants and a fixed clock, so
// every run prints the same; a second run rebuilds every aggregate from the stored events and prints the same report.
using System.Text;
using Wenjiang.Storage;

Console.OutputEncoding = Encoding.UTF8;
return await WenjiangProgram.RunAsync(args, Console.Out, AppContext.BaseDirectory);
