using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CommunityGovernance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CommunityGovernance.Analyzers.CodeFixes;

/// <summary>
/// Fixes CGB001 by marking the member (or type) that crosses as a sanctioned crossing,
/// <c>[SanctionedCrossing("")]</c>. The reason is left empty on purpose: CGB006 then asks the author to state
/// it, because only a person can say why the crossing is legitimate.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SanctionedCrossingCodeFix))]
[Shared]
public sealed class SanctionedCrossingCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "MarkSanctionedCrossing";
    private const string BoundariesNamespace = "CommunityGovernance.Boundaries";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(BoundaryRules.BoundaryCrossedId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => MarkAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var member = root is null ? null : CrossingMember(root, context.Diagnostics[0]);
        if (member is null)
        {
            return;
        }

        var title = Resources.Get("FixMarkSanctionedCrossing", NameOf(member)).ToString();
        context.RegisterCodeFix(
            CodeAction.Create(title, token => MarkAsync(context.Document, context.Diagnostics, token)!, EquivalenceKey),
            context.Diagnostics);
    }

    private static async Task<Document?> MarkAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit)
        {
            return document;
        }

        var members = new HashSet<MemberDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (CrossingMember(root, diagnostic) is { } member)
            {
                members.Add(member);
            }
        }

        if (members.Count == 0)
        {
            return document;
        }

        var endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var newLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.EndOfLine("\n");
        var marked = unit.ReplaceNodes(members, (original, _) => AddAttribute(original, newLine));
        return document.WithSyntaxRoot(WithBoundariesImport(marked, newLine));
    }

    /// <summary>The member that encloses the crossing: a local function or lambda is part of its member.</summary>
    private static MemberDeclarationSyntax? CrossingMember(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax:
                case ClassDeclarationSyntax or StructDeclarationSyntax or InterfaceDeclarationSyntax or RecordDeclarationSyntax:
                    return (MemberDeclarationSyntax)ancestor;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static string NameOf(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        EventDeclarationSyntax @event => @event.Identifier.ValueText,
        BaseFieldDeclarationSyntax field => field.Declaration.Variables[0].Identifier.ValueText,
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
        _ => member.Kind().ToString(),
    };

    private static MemberDeclarationSyntax AddAttribute(MemberDeclarationSyntax member, SyntaxTrivia newLine)
    {
        // The member's leading trivia (indentation, doc comment) moves in front of the new attribute, and the
        // member keeps its indentation on the next line.
        var leading = member.GetLeadingTrivia();
        var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
        var attribute = SyntaxFactory.Attribute(
            SyntaxFactory.IdentifierName("SanctionedCrossing"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(string.Empty))))));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(newLine);
        var bare = member.WithLeadingTrivia(indentation);
        return bare.WithAttributeLists(bare.AttributeLists.Insert(0, list));
    }

    private static CompilationUnitSyntax WithBoundariesImport(CompilationUnitSyntax unit, SyntaxTrivia newLine)
    {
        foreach (var existing in unit.Usings)
        {
            if (existing.StaticKeyword.IsKind(SyntaxKind.None) && existing.Alias is null && existing.Name?.ToString() == BoundariesNamespace)
            {
                return unit;
            }
        }

        foreach (var ns in unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>())
        {
            if (ns.Name.ToString() == BoundariesNamespace)
            {
                return unit;
            }
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(BoundariesNamespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(newLine);
        if (unit.Usings.Count == 0)
        {
            // The first line of the file keeps its leading trivia (a header comment) above the new using.
            var first = unit.GetLeadingTrivia();
            var body = unit.WithoutLeadingTrivia();
            return body.WithUsings(body.Usings.Add(directive.WithLeadingTrivia(first).WithTrailingTrivia(newLine, newLine)));
        }

        return unit.WithUsings(unit.Usings.Add(directive));
    }
}
