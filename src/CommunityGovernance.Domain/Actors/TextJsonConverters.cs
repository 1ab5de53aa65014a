using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

internal sealed class PersonNameJsonConverter : TextJsonConverter<PersonName>
{
    protected override PersonName Parse(string text) => new(text);

    protected override string Format(PersonName value) => value.Value;
}

internal sealed class PhoneNumberJsonConverter : TextJsonConverter<PhoneNumber>
{
    protected override PhoneNumber Parse(string text) => new(text);

    protected override string Format(PhoneNumber value) => value.Value;
}

internal sealed class ResidentIdentityNumberJsonConverter : TextJsonConverter<ResidentIdentityNumber>
{
    protected override ResidentIdentityNumber Parse(string text) => ResidentIdentityNumber.Parse(text);

    protected override string Format(ResidentIdentityNumber value) => value.Value;
}
