// The Wenjiang District scenario (温江区): the real division data, governed for four months, printed as a report.
// Everything is deterministic: a fixed seed, fixed instants and a fixed clock, so every run prints the same.
using System.Text;
using Wenjiang.Report;
using Wenjiang.Scenario;

Console.OutputEncoding = Encoding.UTF8;
var result = WenjiangScenario.Run(AppContext.BaseDirectory);
WenjiangReport.Write(result, Console.Out);
