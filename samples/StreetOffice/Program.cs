using StreetOffice;

await StreetOfficeApp.Build(args).RunAsync();

/// <summary>The entry point, named for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
