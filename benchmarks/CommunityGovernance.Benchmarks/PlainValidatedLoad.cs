using CommunityGovernance.Benchmarks.Rights;
using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// What a vendor writes without the library to load the same divisions and rights with the same validation, keeping
/// no events and no index: every code parsed and checked against its parent (which must exist, one level up), every
/// holder checked against the given set of registered organisations (as the library checks its directory), no unit
/// twice, no empty name; the district governments granted all powers, each street office and residents' committee
/// delegated its powers from its parent's holder with the narrowing checked (powers a subset, scope within, term
/// within, the parent's right standing); the same revocations; and the same audit, read from its own dictionaries.
/// </summary>
public static class PlainValidatedLoad
{
    public static int Run(List<DivisionRow> rows, IReadOnlySet<string> registered, int revokeEvery = 0)
    {
        var units = new Dictionary<string, (AreaCode Code, string Name)>(rows.Count, StringComparer.Ordinal);
        var rights = new Dictionary<string, Right>(rows.Count, StringComparer.Ordinal);
        var byHolder = new Dictionary<string, List<Right>>(rows.Count, StringComparer.Ordinal);
        var term = RightsWorkload.Term;
        foreach (var row in rows)
        {
            var level = row.Level switch
            {
                "district" => AdministrativeLevel.District,
                "street" => AdministrativeLevel.Street,
                "community" => AdministrativeLevel.Community,
                _ => throw new InvalidOperationException($"unknown level {row.Level}"),
            };
            var code = AreaCode.Parse(row.Code, level);
            if (string.IsNullOrWhiteSpace(row.Name) || !units.TryAdd(row.Code, (code, row.Name)))
            {
                throw new InvalidOperationException($"{row.Code}: empty name or established twice");
            }

            // The holder (the unit's government, street office or committee, whose id is the unit's code) is registered.
            if (!registered.Contains(row.Code))
            {
                throw new InvalidOperationException($"{row.Code}: the holder is not registered");
            }

            Right right;
            if (level == AdministrativeLevel.District)
            {
                right = new Right(row.Code, null, GovernancePowers.All.Bits, code, term.Start, term.End);
            }
            else
            {
                if (!units.TryGetValue(row.ParentCode, out var parentUnit) || parentUnit.Code.Level != level - 1 || code.Parent != parentUnit.Code)
                {
                    throw new InvalidOperationException($"{row.Code}: its parent {row.ParentCode} is not the unit above it");
                }

                var parent = rights[row.ParentCode];
                var powers = (level == AdministrativeLevel.Street ? RightsWorkload.StreetPowers : RightsWorkload.CommunityPowers).Bits;
                if ((powers & ~parent.Powers) != 0 || !code.IsWithin(parent.Scope) || term.Start < parent.From || term.End > parent.Until || parent.RevokedAt is not null)
                {
                    throw new InvalidOperationException($"{row.Code}: the delegation does not narrow {parent.Id}");
                }

                right = new Right(row.Code, parent, powers, code, term.Start, term.End);
            }

            rights.Add(row.Code, right);
            (byHolder.TryGetValue(right.Id, out var held) ? held : byHolder[right.Id] = []).Add(right);
        }

        if (revokeEvery > 0)
        {
            // As the library does: a revocation takes every standing right delegated from the revoked one with it.
            var children = rights.Values.Where(r => r.Parent is not null).ToLookup(r => r.Parent!.Id, StringComparer.Ordinal);
            var revokedAt = term.Start + Duration.FromDays(913);
            var n = 0;
            foreach (var row in rows)
            {
                if (row.Level != "district" && ++n % revokeEvery == 0 && rights[row.Code].RevokedAt is null)
                {
                    Revoke(rights[row.Code], revokedAt, children);
                }
            }
        }

        // The audit: every community in its street and district; no right exceeds its parent or outlives its revocation;
        // every committee holds exactly its community's powers over its community, one per community.
        var problems = 0;
        var during = term.Start + Duration.FromDays(100);
        var committees = 0;
        foreach (var (code, unit) in units)
        {
            if (unit.Code.Level == AdministrativeLevel.Community)
            {
                problems += units.ContainsKey(code[..9]) && units.ContainsKey(code[..6]) && unit.Code.IsWithin(units[code[..6]].Code) ? 0 : 1;
            }
        }

        foreach (var right in rights.Values)
        {
            if (right.Parent is { } parent)
            {
                problems += (right.Powers & ~parent.Powers) == 0 && right.Scope.IsWithin(parent.Scope) && right.From >= parent.From && right.Until <= parent.Until ? 0 : 1;
                problems += parent.RevokedAt is { } revoked && (right.RevokedAt is null || right.RevokedAt > revoked) ? 1 : 0;
            }

            if (right.Scope.Level == AdministrativeLevel.Community)
            {
                committees++;
                var powers = 0;
                foreach (var held in byHolder[right.Id])
                {
                    if (held.From <= during && during < held.Until && (held.RevokedAt is null || during < held.RevokedAt) && right.Scope.IsWithin(held.Scope))
                    {
                        powers |= held.Powers;
                    }
                }

                problems += powers == RightsWorkload.CommunityPowers.Bits ? 0 : 1;
            }
        }

        return problems + (committees == rows.Count(r => r.Level == "community") ? 0 : 1);
    }

    private static void Revoke(Right right, Instant at, ILookup<string, Right> children)
    {
        right.RevokedAt = at;
        foreach (var child in children[right.Id])
        {
            if (child.RevokedAt is null)
            {
                Revoke(child, at, children);
            }
        }
    }

    private sealed class Right(string id, Right? parent, byte powers, AreaCode scope, Instant from, Instant until)
    {
        public string Id { get; } = id;

        public Right? Parent { get; } = parent;

        public byte Powers { get; } = powers;

        public AreaCode Scope { get; } = scope;

        public Instant From { get; } = from;

        public Instant Until { get; } = until;

        public Instant? RevokedAt { get; set; }
    }
}
