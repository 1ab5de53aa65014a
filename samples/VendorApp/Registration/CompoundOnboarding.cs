using CommunityGovernance.Communities;
using VendorApp.Residents.Registration;
using VendorApp.StreetOffice.Registration;

namespace VendorApp.Registration;

/// <summary>
/// The side-less orchestration: the application service that wires one registration end to end. It has no side of
/// its own (no attribute, no pattern), so it may call both halves; each half stays on its side, and what passes
/// between them is the order and the receipt.
/// </summary>
public sealed class CompoundOnboarding
{
    private readonly RegistrationDesk _desk;
    private readonly CompoundRegistry _registry;

    public CompoundOnboarding(RegistrationDesk desk, CompoundRegistry registry)
    {
        _desk = desk;
        _registry = registry;
    }

    public RegistrationReceipt Onboard(LivingCommunityId compound, string name, int households, string headPhone)
    {
        var order = _desk.Order(compound, name);
        var receipt = _registry.Register(order, households, headPhone);
        _desk.Record(receipt);
        return receipt;
    }
}
