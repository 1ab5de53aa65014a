using CommunityGovernance.Communities;

var community = AdministrativeCommunityId.Parse("510115001001");
var compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));
Console.WriteLine($"community {community} lies in street {community.StreetCode}; {compound}");
