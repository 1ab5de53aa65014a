using System.Runtime.CompilerServices;

// The sample's tests run the scenario in-process and render the report into a string.
[assembly: InternalsVisibleTo("CommunityGovernance.Samples.Tests")]
