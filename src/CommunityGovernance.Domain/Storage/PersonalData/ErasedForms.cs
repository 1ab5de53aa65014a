using System.Reflection;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage.PersonalData;

/// <summary>What a personal datum reads as once erased: one answer for the eraser and for a destroyed key.</summary>
internal static class ErasedForms
{
    public static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null ||
        new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;

    /// <summary>The erased value of a personal member; <see langword="null"/> for an optional one.</summary>
    public static object? Of(Type owner, PropertyInfo property)
    {
        if (IsNullable(property))
        {
            return null;
        }

        var type = property.PropertyType;
        return type == typeof(string) ? PersonalDataEraser.ErasedText
            : type == typeof(PersonName) ? PersonalDataEraser.ErasedName
            : type == typeof(ResidentIdentityNumber) ? PersonalDataEraser.ErasedIdentityNumber
            : type == typeof(BallotChoice) ? PersonalDataEraser.ErasedBallotChoice
            : throw new DomainRuleViolationException(StorageRules.PersonalDataIsErasable, $"'{owner.Name}.{property.Name}' holds personal data of type '{type.Name}', which has no erased form.");
    }
}
