using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("CommunityGovernance.Analyzers.CodeFixes")]
[assembly: InternalsVisibleTo("CommunityGovernance.Analyzers.Tests")]
[assembly: InternalsVisibleTo("CommunityGovernance.Benchmarks")]
