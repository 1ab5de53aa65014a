using System.Runtime.CompilerServices;

// The sample's tests run the scenario in-process and render the report into a string.
[assembly: InternalsVisibleTo("CommunityGovernance.Samples.Tests")]

// The street office's desk (samples/StreetOffice) opens on this scenario's district: it stores the scenario on its
// first run and reads the names, plans and ids back through the scenario's own types.
[assembly: InternalsVisibleTo("StreetOffice")]
