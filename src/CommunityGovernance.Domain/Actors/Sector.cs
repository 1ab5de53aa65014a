namespace CommunityGovernance.Actors;

/// <summary>The sector an actor belongs to: state (政), market (企), society (社) or the masses (群众).</summary>
public enum Sector
{
    /// <summary>The state (政): party committee and government, departments, street offices.</summary>
    State = 1,

    /// <summary>The market (企): property management companies and other enterprises.</summary>
    Market = 2,

    /// <summary>Society (社): homeowners' committees, social organisations, associations, self-organisations, and the residents' committee as a self-governance body.</summary>
    Society = 3,

    /// <summary>The masses (群众): residents, registered and floating.</summary>
    Masses = 4,
}
